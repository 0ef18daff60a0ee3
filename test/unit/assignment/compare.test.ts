import { describe, expect, it } from "vitest";
import { compareRuns } from "@/lib/assignment/compare";

const papers = [
  { id: "p1", number: 1, title: "One" },
  { id: "p2", number: 2, title: "Two" },
  { id: "p3", number: 3, title: "Three" },
];
const names = new Map([["a", "Ada"], ["b", "Ben"], ["c", "Cleo"]]);

describe("compareRuns", () => {
  it("totals each run, counts changed pairs, and lists differing papers with the largest drop first", () => {
    const a = { objective: "SUM" as const, pairs: [
      { submissionId: "p1", userId: "a", score: 0.9 }, { submissionId: "p1", userId: "b", score: 0.5 },
      { submissionId: "p2", userId: "a", score: 0.4 }, { submissionId: "p2", userId: "c", score: 0.3 },
      { submissionId: "p3", userId: "b", score: 0.6 }, { submissionId: "p3", userId: "c", score: 0.2 },
    ] };
    const b = { objective: "FAIR" as const, pairs: [
      { submissionId: "p1", userId: "a", score: 0.9 }, { submissionId: "p1", userId: "c", score: 0.1 },
      { submissionId: "p2", userId: "a", score: 0.4 }, { submissionId: "p2", userId: "c", score: 0.3 },
      { submissionId: "p3", userId: "b", score: 0.6 }, { submissionId: "p3", userId: "a", score: 0.7 },
    ] };
    const c = compareRuns(a, b, papers, names);
    expect(c.a).toMatchObject({ objective: "Highest total score", assigned: 6, papersWithoutReviewers: 0 });
    expect(c.a.totalScore).toBeCloseTo(2.9, 12);
    expect(c.a.lowestPaperScore).toBeCloseTo(0.7, 12);
    expect(c.b.totalScore).toBeCloseTo(3.0, 12);
    expect(c.b.lowestPaperScore).toBeCloseTo(0.7, 12);
    expect(c.pairs).toEqual({ onlyA: 2, onlyB: 2, both: 4 });
    expect(c.papersChanged).toBe(2);
    // p1 drops by 0.4, p3 rises by 0.5: p1 first.
    expect(c.papers.map((p) => p.number)).toEqual([1, 3]);
    expect(c.papers[0]).toMatchObject({ removed: [{ name: "Ben", score: 0.5 }], added: [{ name: "Cleo", score: 0.1 }], kept: [{ name: "Ada" }] });
  });

  it("counts a paper left without reviewers at 0", () => {
    const c = compareRuns({ objective: "SUM", pairs: [{ submissionId: "p1", userId: "a", score: 1 }] }, { objective: "SUM", pairs: [] }, papers.slice(0, 1), names);
    expect(c.b).toMatchObject({ assigned: 0, totalScore: 0, lowestPaperScore: 0, papersWithoutReviewers: 1 });
    expect(c.papers[0]!.removed).toEqual([{ name: "Ada", score: 1 }]);
  });
});
