import { describe, expect, it } from "vitest";
import { detectConflicts, type ConflictReviewer, type ConflictSubmission } from "@/lib/engines/conflicts";

const reviewer = (over: Partial<ConflictReviewer> & { id: string }): ConflictReviewer => ({
  name: "Rev Iewer",
  email: `${over.id}@example.org`,
  extraDomains: [],
  institutions: [],
  publications: [],
  ...over,
});

const paper: ConflictSubmission = {
  id: "P1",
  authors: [
    { name: "Alice B. Smith", email: "asmith@cs.mit.edu", institutions: [{ name: "Massachusetts Institute of Technology", domain: "mit.edu", startYear: 2019, endYear: null }] },
    { name: "Wei Zhang", email: "wei.zhang@gmail.com", institutions: [{ name: "Univ. of Toronto", startYear: 2015, endYear: 2019 }, { name: "ETH Zürich", startYear: 2023, endYear: null }] },
  ],
};

const run = (reviewers: ConflictReviewer[]) => detectConflicts([paper], reviewers, { currentYear: 2025 });
const kinds = (reviewers: ConflictReviewer[]) => run(reviewers).map((c) => [c.reviewerId, c.reasons.map((r) => r.kind)]);

describe("detectConflicts", () => {
  it("flags a shared registrable email domain, with the author named", () => {
    const out = run([reviewer({ id: "r1", email: "bob@csail.mit.edu" })]);
    expect(out).toEqual([{ paperId: "P1", reviewerId: "r1", reasons: [{ kind: "email-domain", detail: "shares domain mit.edu with author Alice B. Smith" }] }]);
  });

  it("uses the reviewer's extra domains", () => {
    expect(kinds([reviewer({ id: "r2", email: "r2@google.com", extraDomains: ["eecs.mit.edu"] })])).toEqual([["r2", ["email-domain"]]]);
  });

  it("ignores webmail domains", () => {
    expect(run([reviewer({ id: "r3", email: "someone.else@gmail.com" })])).toEqual([]);
    expect(run([reviewer({ id: "r3b", email: "x@qq.com", extraDomains: ["gmail.com"] })])).toEqual([]);
  });

  it("still flags a reviewer who is the author, even on webmail", () => {
    expect(kinds([reviewer({ id: "r4", email: "Wei.Zhang@gmail.com" })])).toEqual([["r4", ["email-domain"]]]);
  });

  it("flags recent shared institutions by normalised name or by domain", () => {
    const out = run([
      reviewer({ id: "r5", institutions: [{ name: "ETH Zurich", startYear: 2010, endYear: null }] }),
      reviewer({ id: "r6", institutions: [{ name: "MIT CSAIL", domain: "csail.mit.edu", startYear: 2020, endYear: 2023 }] }),
    ]);
    expect(out.map((c) => [c.reviewerId, c.reasons[0]!.kind])).toEqual([
      ["r5", "institution"],
      ["r6", "institution"],
    ]);
    expect(out[1]!.reasons[0]!.detail).toMatch(/mit\.edu/);
  });

  it("ignores institutions outside the window on either side", () => {
    // Author left Toronto in 2019; window for 2025 with 3 years is 2022-2025.
    expect(run([reviewer({ id: "r7", institutions: [{ name: "University of Toronto", startYear: 2010, endYear: null }] })])).toEqual([]);
    // Reviewer left ETH in 2020.
    expect(run([reviewer({ id: "r8", institutions: [{ name: "ETH Zürich", startYear: 2012, endYear: 2020 }] })])).toEqual([]);
    // A longer window catches the Toronto overlap.
    expect(
      detectConflicts([paper], [reviewer({ id: "r7", institutions: [{ name: "University of Toronto", startYear: 2010, endYear: null }] })], { currentYear: 2025, institutionYears: 6 }),
    ).toHaveLength(1);
  });

  it("flags recent co-authors with compatible initials only", () => {
    const out = run([
      reviewer({ id: "r9", publications: [{ coAuthors: ["A. B. Smith", "Q. Other"], year: 2023 }] }),
      reviewer({ id: "r10", publications: [{ coAuthors: ["A. C. Smith"], year: 2023 }] }),
      reviewer({ id: "r11", publications: [{ coAuthors: ["Zhang, W."], year: 2024 }] }),
      reviewer({ id: "r12", publications: [{ coAuthors: ["Alice B. Smith"], year: 2015 }] }),
      reviewer({ id: "r13", publications: [{ coAuthors: ["Bob Smith"], year: 2024 }] }),
    ]);
    expect(out.map((c) => c.reviewerId)).toEqual(["r9", "r11"]);
    expect(out[0]!.reasons).toEqual([{ kind: "co-author", detail: "co-authored with A. B. Smith (matches author Alice B. Smith) within the last 5 years" }]);
  });

  it("counts undated publications unless told to ignore them", () => {
    const r = [reviewer({ id: "r14", publications: [{ coAuthors: ["Wei Zhang"] }] })];
    expect(detectConflicts([paper], r, { currentYear: 2025 })).toHaveLength(1);
    expect(detectConflicts([paper], r, { currentYear: 2025, undatedPublications: "ignore" })).toHaveLength(0);
  });

  it("lists every reason for one pair once", () => {
    const out = run([
      reviewer({
        id: "r15",
        email: "r15@mit.edu",
        institutions: [{ name: "Massachusetts Institute of Technology", startYear: 2000, endYear: null }],
        publications: [{ coAuthors: ["Alice Smith", "Alice Smith"], year: 2024 }, { coAuthors: ["A. Smith"], year: 2022 }],
      }),
    ]);
    expect(out).toHaveLength(1);
    expect(out[0]!.reasons.map((r) => r.kind)).toEqual(["email-domain", "institution", "co-author", "co-author"]);
  });

  // Generous bounds: the machine is shared; an all-pairs implementation would take minutes.
  it("scales by lookups: 15k × 15k in well under a minute", { timeout: 60_000 }, () => {
    const names = ["Li", "Wang", "Smith", "Garcia", "Müller", "Kim", "Nguyen", "Rossi"];
    // Distinct family names: "Wang" + a letter suffix from the number.
    const family = (k: number, n: number) => names[k % 8]! + [...String(n)].map((d) => "abcdefghij"[Number(d)]).join("");
    const subs: ConflictSubmission[] = Array.from({ length: 15000 }, (_, i) => ({
      id: `P${i}`,
      authors: [0, 1, 2].map((k) => ({ name: `${String.fromCharCode(65 + ((i + k) % 26))}. ${family(i * 7 + k, (i * 31 + k) % 3000)}`, email: `a${i}_${k}@u${(i + k) % 2000}.edu` })),
    }));
    const revs: ConflictReviewer[] = Array.from({ length: 15000 }, (_, i) =>
      reviewer({
        id: `R${i}`,
        email: `r${i}@u${i % 2000}.edu`,
        institutions: [{ name: `University ${i % 1500}`, startYear: 2018, endYear: null }],
        publications: Array.from({ length: 5 }, (_, j) => ({ coAuthors: [`${String.fromCharCode(65 + ((i + j) % 26))}. ${family(i + j, (i * 13 + j) % 3000)}`], year: 2022 })),
      }),
    );
    const t0 = performance.now();
    const out = detectConflicts(subs, revs, { currentYear: 2025 });
    expect(performance.now() - t0).toBeLessThan(30_000);
    expect(out.length).toBeGreaterThan(15000);
    expect(out.length).toBeLessThan(15000 * 100);
  });
});
