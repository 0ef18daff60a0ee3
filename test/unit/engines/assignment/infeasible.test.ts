// Every kind of infeasibility comes back as a sentence naming the binding constraint.
import { describe, expect, it } from "vitest";
import { solveAssignment, type AssignmentProblem, type ScoreEntry } from "@/lib/engines/assignment";

/** Complete bipartite scores with distinct values. */
function complete(papers: number, reviewers: number): ScoreEntry[] {
  const out: ScoreEntry[] = [];
  for (let p = 0; p < papers; p++) for (let r = 0; r < reviewers; r++) out.push({ paper: `p${p}`, reviewer: `r${r}`, score: ((p * 7 + r * 3) % 11) / 10 });
  return out;
}

async function explain(problem: AssignmentProblem): Promise<string[]> {
  const result = await solveAssignment(problem);
  expect(result.status).toBe("infeasible");
  expect(result.assignments).toEqual([]);
  expect(result.explanations.length).toBeGreaterThan(0);
  return result.explanations;
}

describe("infeasibility explanations", () => {
  it("names total demand against total capacity", async () => {
    const ex = await explain({ scores: complete(400, 100), reviewersPerPaper: 3, maxLoadDefault: 11 });
    expect(ex).toContain("demand 1,200 exceeds capacity 1,100: 400 papers need 1,200 reviews, 100 reviewers can take at most 1,100");
  });

  it("names a paper with too few eligible reviewers and counts its conflicts", async () => {
    const conflicts = [0, 1, 2, 3, 4].map((r) => ({ paper: "p17", reviewer: `r${r}` }));
    const ex = await explain({ scores: complete(20, 7), reviewersPerPaper: 3, maxLoadDefault: 20, conflicts });
    expect(ex).toEqual(['paper "p17" needs 3 reviewers but has only 2 eligible reviewers: 5 are conflicted and 0 have no score for it']);
  });

  it("names minimum loads that exceed the demand", async () => {
    const ex = await explain({ scores: complete(4, 5), reviewersPerPaper: 2, maxLoadDefault: 4, minLoadDefault: 2 });
    expect(ex).toEqual(["minimum loads add up to 10 but the papers need only 8 reviews in total"]);
  });

  it("names a reviewer whose minimum load exceeds its eligible papers", async () => {
    const scores = complete(6, 4).filter((s) => s.reviewer !== "r3" || s.paper === "p0");
    const ex = await explain({ scores, reviewersPerPaper: 2, maxLoadDefault: 6, minLoad: { r3: 2 } });
    expect(ex).toEqual(['reviewer "r3" has minimum load 2 but only 1 eligible paper']);
  });

  it("names forced pairs that break a reviewer's cap", async () => {
    const forced = ["p0", "p1", "p2"].map((paper) => ({ paper, reviewer: "r1" }));
    const ex = await explain({ scores: complete(6, 4), reviewersPerPaper: 1, maxLoadDefault: 3, maxLoad: { r1: 2 }, forced });
    expect(ex).toEqual(['forced and existing pairs give reviewer "r1" 3 papers, above its maximum load of 2']);
  });

  it("names a forced pair that is also a conflict, and too many fixed reviewers on a paper", async () => {
    const ex = await explain({
      scores: complete(3, 4),
      reviewersPerPaper: 1,
      maxLoadDefault: 3,
      forced: [{ paper: "p0", reviewer: "r0" }, { paper: "p1", reviewer: "r1" }],
      existing: [{ paper: "p1", reviewer: "r2" }],
      conflicts: [{ paper: "p0", reviewer: "r0" }],
    });
    expect(ex).toContain('forced pair ("p0", "r0") is also a conflict');
    expect(ex).toContain('paper "p1" needs 1 reviewer but has 2 forced or existing reviewers');
  });

  it("finds a Hall deficiency: a group of papers whose only reviewers are too few", async () => {
    // p0..p3 need 2 reviews each and can only use r0, r1, r2: 3 + 3 + 1 = 7 slots < 8 reviews.
    // Every count check passes: each paper has 3 eligible reviewers and capacity is ample overall.
    const scores: ScoreEntry[] = [];
    for (let p = 0; p < 4; p++) for (const r of ["r0", "r1", "r2"]) scores.push({ paper: `p${p}`, reviewer: r, score: 0.5 });
    for (let p = 4; p < 10; p++) for (let r = 2; r < 8; r++) scores.push({ paper: `p${p}`, reviewer: `r${r}`, score: 0.3 });
    const ex = await explain({ scores, reviewersPerPaper: 2, maxLoadDefault: 6, maxLoad: { r0: 3, r1: 3, r2: 1 } });
    expect(ex).toEqual([
      'Hall deficiency: 4 papers ("p0", "p1", "p2", "p3") need 8 reviews, but their eligible reviewers are only 3 reviewers ("r0", "r1", "r2") with 7 free slots: short by 1',
    ]);
  });

  it("finds a group of reviewers whose minimum loads their papers cannot fill", async () => {
    // r0, r1 must take 2 papers each but only p0, p1, p2 (one reviewer each) score them.
    const scores: ScoreEntry[] = [];
    for (let p = 0; p < 3; p++) for (const r of ["r0", "r1", "r2"]) scores.push({ paper: `p${p}`, reviewer: r, score: 0.2 + p / 10 });
    for (let p = 3; p < 8; p++) for (const r of ["r2", "r3", "r4"]) scores.push({ paper: `p${p}`, reviewer: r, score: 0.9 });
    const ex = await explain({ scores, reviewersPerPaper: 1, maxLoadDefault: 5, minLoad: { r0: 2, r1: 2 } });
    expect(ex).toHaveLength(1);
    expect(ex[0]).toMatch(/^minimum loads cannot be met: 2 reviewers \("r0", "r1"\) must take at least 4 papers, but only 3 papers \("p0", "p1", "p2"\) can give them at most 3 reviews/);
  });
});
