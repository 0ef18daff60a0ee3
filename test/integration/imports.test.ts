import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { importCsv } from "@/lib/imports/import-csv";
import { db, makeUser, makeVenue } from "./factories";

const fixture = (name: string) => new Uint8Array(readFileSync(`test/fixtures/imports/${name}`));
const text = (s: string) => new TextEncoder().encode(s);

async function setup() {
  const venue = await makeVenue();
  const chair = await makeUser();
  const run = (kind: "submissions" | "reviewers", bytes: Uint8Array, skipBadRows = false, fileName = "file.csv") =>
    importCsv({ kind, venueId: venue.id, actorId: chair.id, fileName, bytes, skipBadRows });
  return { venue, chair, run };
}

describe("submissions import", () => {
  it("creates papers with authors, and a re-import updates them in place", async () => {
    const { venue, run } = await setup();
    const first = await run("submissions", fixture("submissions-good.csv"));
    expect(first).toMatchObject({ imported: true, created: 3, updated: 0, skipped: 0, errors: [] });
    const again = await run("submissions", fixture("submissions-good.csv"));
    expect(again).toMatchObject({ imported: true, created: 0, updated: 3 });
    const papers = await db.submission.findMany({ where: { venueId: venue.id }, orderBy: { number: "asc" }, include: { authors: { orderBy: { position: "asc" } } } });
    expect(papers.map((p) => [p.number, p.externalId])).toEqual([[1, "IMP-1"], [2, "IMP-2"], [3, "IMP-3"]]);
    expect(papers[0]!.authors.map((a) => a.email)).toEqual(["ada@kernels.example", "ben@bounds.example"]);
    expect(papers[2]!.abstract).toContain("\nwith random matrix theory");
    expect(await db.auditLog.count({ where: { venueId: venue.id, action: "import-submissions" } })).toBe(2);
  });

  it("imports the same papers from JSON (Tangent records or OpenReview notes), updating by id", async () => {
    const { venue, run } = await setup();
    const records = [
      { number: 1, id: "IMP-1", title: "Lazy training", abstract: "A.", keywords: ["ntk"], authors: [{ name: "Ada Lovelace", email: "ada@kernels.example" }] },
      { id: "IMP-2", number: 2, content: { title: { value: "Edge of stability" }, abstract: { value: "B." }, authors: { value: ["Ben Bounds"] }, authorids: { value: ["ben@bounds.example"] } } },
    ];
    const first = await run("submissions", text(JSON.stringify(records, null, 2)), false, "subs.json");
    expect(first).toMatchObject({ imported: true, created: 2, updated: 0, errors: [] });
    records[0]!.title = "Lazy training, revised";
    const again = await run("submissions", text(JSON.stringify(records)), false, "subs.json");
    expect(again).toMatchObject({ imported: true, created: 0, updated: 2 });
    const papers = await db.submission.findMany({ where: { venueId: venue.id }, orderBy: { number: "asc" }, include: { authors: true } });
    expect(papers.map((p) => [p.number, p.externalId, p.title])).toEqual([[1, "IMP-1", "Lazy training, revised"], [2, "IMP-2", "Edge of stability"]]);
    expect(papers[1]!.authors[0]).toMatchObject({ name: "Ben Bounds", email: "ben@bounds.example" });
    const bad = await run("submissions", text('[\n{"number": 3, "title": "x", "authors": []}\n]'), false, "bad.json");
    expect(bad).toMatchObject({ imported: false, errors: [{ line: 2, reason: expect.stringMatching(/authors is empty/) }] });
  });

  it("reports every bad row by line and imports nothing, unless asked to skip them", async () => {
    const { venue, run } = await setup();
    const refused = await run("submissions", fixture("submissions-bad.csv"));
    expect(refused.imported).toBe(false);
    expect(refused.errors.map((e) => e.line)).toEqual([3, 4, 5, 6, 7]);
    expect(refused.errors.find((e) => e.line === 6)?.reason).toMatch(/duplicate of line 2/);
    expect(refused.errors.find((e) => e.line === 7)?.reason).toMatch(/expected 6 columns, found 4/);
    expect(await db.submission.count({ where: { venueId: venue.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { venueId: venue.id } })).toBe(0);

    const skipped = await run("submissions", fixture("submissions-bad.csv"), true);
    expect(skipped).toMatchObject({ imported: true, created: 2, skipped: 5 });
    expect(await db.submission.count({ where: { venueId: venue.id } })).toBe(2);
  });

  it("refuses an id that already belongs to another paper number, and numbers id-only papers after the others", async () => {
    const { venue, run } = await setup();
    await run("submissions", fixture("submissions-good.csv"));
    const clash = await run("submissions", text("number,id,title,abstract,keywords,authors\n5,IMP-1,Moved,x,,A B <a@b.example>\n"));
    expect(clash.imported).toBe(false);
    expect(clash.errors).toEqual([{ line: 2, reason: "id IMP-1 is paper #1 in this venue, not #5" }]);
    const idOnly = await run("submissions", text("id,title,abstract,authors\nNEW-9,Fresh,x,A B <a@b.example>\n"));
    expect(idOnly.created).toBe(1);
    expect((await db.submission.findFirstOrThrow({ where: { venueId: venue.id, externalId: "NEW-9" } })).number).toBe(4);
  });

  it("links authors who have an account and gives them the author console", async () => {
    const { venue, run } = await setup();
    const author = await makeUser();
    await run("submissions", text(`number,title,abstract,authors\n1,T,A,Someone <${author.email.toUpperCase()}>\n`));
    const row = await db.submissionAuthor.findFirstOrThrow({ where: { submission: { venueId: venue.id } } });
    expect(row.userId).toBe(author.id);
    expect(await db.membership.count({ where: { venueId: venue.id, userId: author.id, role: "AUTHOR" } })).toBe(1);
  });
});

describe("reviewers import", () => {
  it("creates reviewers by lower-cased email with institutions and loads; a re-import never duplicates", async () => {
    const { venue, run } = await setup();
    expect(await run("reviewers", fixture("reviewers-good.csv"))).toMatchObject({ imported: true, created: 3, updated: 0 });
    expect(await run("reviewers", fixture("reviewers-good.csv"))).toMatchObject({ imported: true, created: 0, updated: 3 });
    const rita = await db.user.findUniqueOrThrow({ where: { email: "rita.kernel@kernels.example" }, include: { reviewerProfile: { include: { institutions: { orderBy: { startYear: "asc" } } } } } });
    expect(rita.reviewerProfile?.seniority).toBe("SENIOR");
    expect(rita.reviewerProfile?.institutions.map((i) => [i.name, i.startYear, i.endYear])).toEqual([["Stanford", 2014, 2019], ["MIT", 2019, null]]);
    const members = await db.membership.findMany({ where: { venueId: venue.id, role: "REVIEWER" }, orderBy: { maxLoad: "asc" } });
    expect(members.map((m) => m.maxLoad)).toEqual([2, 3, 4]);
    expect(await db.institutionHistory.count({ where: { profileId: rita.reviewerProfile!.id } })).toBe(2);
  });

  it("names each bad row: negative and fractional loads, bad emails, duplicates, missing years, unknown seniority, broken quotes", async () => {
    const { venue, run } = await setup();
    const r = await run("reviewers", fixture("reviewers-bad.csv"));
    expect(r.imported).toBe(false);
    expect(r.errors).toEqual([
      { line: 3, reason: "max load cannot be negative" },
      { line: 4, reason: "max load must be a whole number (no fractions)" },
      { line: 5, reason: "email is not a valid address" },
      { line: 6, reason: "duplicate of line 2 (same email rita.kernel@kernels.example)" },
      { line: 7, reason: expect.stringMatching(/needs its years/) },
      { line: 8, reason: expect.stringMatching(/seniority "professor"/) },
      { line: 9, reason: expect.stringMatching(/malformed quotes/) },
    ]);
    expect(await db.membership.count({ where: { venueId: venue.id } })).toBe(0);
    const skipped = await run("reviewers", fixture("reviewers-bad.csv"), true);
    expect(skipped).toMatchObject({ imported: true, created: 1, skipped: 7 });
  });

  it("refuses files of the wrong format as a whole", async () => {
    const { venue, run } = await setup();
    expect((await run("reviewers", fixture("reviewers-wrong-columns.csv"))).fileError).toMatch(/missing columns name, email, max load/);
    expect((await run("reviewers", fixture("not-a-csv.xlsx"))).fileError).toMatch(/not a text file/);
    expect((await run("reviewers", new Uint8Array([0xff, 0xfe, 0x41])))).toMatchObject({ imported: false, fileError: expect.stringMatching(/UTF-8/) });
    expect((await run("submissions", fixture("reviewers-good.csv"))).fileError).toMatch(/does not look like a submissions CSV/);
    expect(await db.membership.count({ where: { venueId: venue.id } })).toBe(0);
  });
});

describe("command-line import", () => {
  it("imports by venue slug and reports bad rows by line", async () => {
    const { main } = await import("@/lib/imports/cli");
    const venue = await makeVenue();
    const log: string[] = [];
    const spy = vi.spyOn(console, "log").mockImplementation((s: string) => void log.push(s));
    try {
      expect(await main(["reviewers", venue.slug, "test/fixtures/imports/reviewers-bad.csv"])).toBe(1);
      expect(log.at(-1)).toMatch(/nothing imported, 7 bad row\(s\)[\s\S]*line 3: max load cannot be negative/);
      expect(await main(["reviewers", venue.slug, "test/fixtures/imports/reviewers-bad.csv", "--skip-bad-rows"])).toBe(0);
      expect(log.at(-1)).toMatch(/1 created, 0 updated, 7 skipped/);
    } finally {
      spy.mockRestore();
    }
    expect(await main(["reviewers", "no-such-venue", "x.csv"])).toBe(2);
  });
});
