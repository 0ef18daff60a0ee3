// Fair objective: max-min first, then the total; exact on small instances, a proven gap otherwise.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateInstance, seededRandom, solveAssignment, type AssignmentProblem, type ScoreEntry } from "@/lib/engines/assignment";
import { readMatcherInput } from "@/lib/engines/assignment/matcher-files";
import { bruteForceFair, datasetRoot, violations } from "./helpers";

function tiny(seed: number): AssignmentProblem {
  const rnd = seededRandom(seed);
  const scores: ScoreEntry[] = [];
  for (let p = 0; p < 5; p++) for (let r = 0; r < 5; r++) if (rnd() < 0.85) scores.push({ paper: `p${p}`, reviewer: `r${r}`, score: Math.round(rnd() * 100) / 100 });
  return { scores, reviewersPerPaper: 2, maxLoadDefault: 2, maxLoad: { r0: 3, r1: 3 }, minLoad: { r4: 1 } };
}

describe("fair objective", () => {
  it("equals the brute-force max-min, then the brute-force best total, on small instances", async () => {
    let checked = 0;
    for (let seed = 1; checked < 6; seed++) {
      const problem = tiny(seed);
      const brute = bruteForceFair(problem);
      const result = await solveAssignment(problem, { objective: "fair" });
      if (!brute) {
        expect(result.status).toBe("infeasible");
        continue;
      }
      checked++;
      expect(result.status).toBe("optimal");
      expect(violations(problem, result)).toEqual([]);
      expect(result.lowestPaperScore).toBeCloseTo(brute.lowest, 9);
      expect(result.totalScore).toBeCloseTo(brute.total, 9);
      expect(result.fairness).toMatchObject({ proven: true, totalProven: true });
    }
  }, 30_000);

  it("never lowers the weakest paper below the max-sum solution and reports a valid bound (heuristic path)", async () => {
    const problem = generateInstance({ papers: 400, reviewers: 300, candidatesPerPaper: 40, reviewersPerPaper: 3, maxLoad: 5, reducedCapShare: 0.3, conflictRate: 0.01, seed: 11 });
    const sum = await solveAssignment(problem);
    const fair = await solveAssignment(problem, { objective: "fair", fair: { mipMaxPairs: 0, lpMaxPairs: 0, rounds: 4 } });
    expect(violations(problem, fair)).toEqual([]);
    const f = fair.fairness!;
    expect(f.sumSolutionLowest).toBeCloseTo(sum.lowestPaperScore, 12);
    expect(fair.lowestPaperScore).toBeGreaterThan(sum.lowestPaperScore);
    expect(f.upperBound).toBeGreaterThanOrEqual(fair.lowestPaperScore - 1e-9);
    expect(f.gap).toBeCloseTo(Math.max(0, f.upperBound - fair.lowestPaperScore), 12);
    expect(fair.totalScore).toBeLessThanOrEqual(sum.totalScore + 1e-9);
    expect(["lagrangian", "best-reviewers"]).toContain(f.boundSource);
    expect(fair.status).toBe(f.proven ? "optimal" : "feasible");
  }, 30_000);

  it("handles the MIDL variant with minimum loads, with proven bounds on both objectives", async () => {
    const dir = path.join(datasetRoot(), "midl");
    const { problem } = await readMatcherInput({
      scores: [path.join(dir, "scores.csv")],
      weights: [1],
      minPapers: path.join(dir, "min_papers.csv"),
      numReviewers: 3,
      minPapersDefault: 0,
      maxPapersDefault: 4,
    });
    const result = await solveAssignment(problem, { objective: "fair", fair: { mipMaxPairs: 0, rounds: 4 } });
    expect(violations(problem, result)).toEqual([]);
    const f = result.fairness!;
    expect(["lp", "best-reviewers"]).toContain(f.boundSource);
    expect(f.totalUpperBound).toBeGreaterThanOrEqual(result.totalScore);
    expect(f.totalUpperBound).toBeLessThanOrEqual(f.sumSolutionTotal + 1e-6);
    expect(result.lowestPaperScore).toBeGreaterThanOrEqual(f.sumSolutionLowest);
    expect(f.upperBound).toBeGreaterThanOrEqual(result.lowestPaperScore - 1e-6);
  }, 60_000);
});
