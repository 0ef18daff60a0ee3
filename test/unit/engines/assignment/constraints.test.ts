// Forced pairs, existing assignments, per-reviewer loads, alternates, determinism, cancellation.
import { describe, expect, it } from "vitest";
import { generateInstance, loadHighs, seededRandom, solveAssignment, type AssignmentProblem, type ScoreEntry } from "@/lib/engines/assignment";
import { entries, maxSumLp, violations } from "./helpers";

function small(seed: number, papers = 60, reviewers = 40): AssignmentProblem & { scores: ScoreEntry[] } {
  const g = generateInstance({ papers, reviewers, candidatesPerPaper: 25, reviewersPerPaper: 3, maxLoad: 6, reducedCapShare: 0.3, conflictRate: 0.03, seed });
  return { ...g, scores: entries(g) };
}

async function lpOptimum(problem: AssignmentProblem): Promise<number> {
  const highs = await loadHighs();
  const lp = highs.solve(maxSumLp(problem), { output_flag: false });
  expect(lp.Status).toBe("Optimal");
  return lp.ObjectiveValue;
}

describe("hard constraints", () => {
  it("keeps forced pairs, even poor ones, and stays optimal among assignments that contain them", async () => {
    const problem = small(1);
    const worst = [...problem.scores].sort((a, b) => a.score - b.score).slice(0, 5);
    const forced = worst.map(({ paper, reviewer }) => ({ paper, reviewer }));
    const withForced = { ...problem, forced };
    const result = await solveAssignment(withForced);
    expect(result.status).toBe("optimal");
    expect(violations(withForced, result)).toEqual([]);
    for (const f of forced) expect(result.assignments).toContainEqual(expect.objectContaining({ ...f, source: "forced" }));
    expect(result.totalScore).toBeCloseTo(await lpOptimum(withForced), 9);
  });

  it("keeps existing assignments and only fills the gaps (late papers, an emergency reviewer)", async () => {
    const problem = small(2);
    const first = await solveAssignment(problem);
    // A late paper arrives and an emergency reviewer joins; earlier pairs stay put.
    const late: ScoreEntry[] = ["r00", "r01", "r02", "r03", "r04"].map((reviewer, i) => ({ paper: "p_late", reviewer, score: 0.9 - i / 10 }));
    const emergency: ScoreEntry[] = ["p00", "p01", "p_late"].map((paper) => ({ paper, reviewer: "r_emergency", score: 1 }));
    const existing = first.assignments.map(({ paper, reviewer }) => ({ paper, reviewer }));
    const next = { ...problem, scores: [...problem.scores, ...late, ...emergency], existing, maxLoad: { ...problem.maxLoad, r00: 10, r01: 10, r02: 10, r03: 10, r04: 10 } };
    const second = await solveAssignment(next);
    expect(second.status).toBe("optimal");
    expect(violations(next, second)).toEqual([]);
    const kept = second.assignments.filter((a) => a.source === "existing");
    expect(kept).toHaveLength(existing.length);
    const added = second.assignments.filter((a) => a.source === "solver");
    expect(added.every((a) => a.paper === "p_late")).toBe(true);
    expect(added).toHaveLength(3);
    expect(added.some((a) => a.reviewer === "r_emergency")).toBe(true);
  });

  it("honours per-reviewer minimum and maximum loads and per-paper demand", async () => {
    const problem = small(3);
    const withLoads: AssignmentProblem = {
      ...problem,
      maxLoad: { ...problem.maxLoad, r00: 1, r01: 0, r02: 2, r10: 6, r11: 6, r12: 6 },
      minLoad: { r10: 5, r11: 4, r12: 6 },
      demand: { p00: 1, p01: 5 },
    };
    const result = await solveAssignment(withLoads);
    expect(result.status).toBe("optimal");
    expect(violations(withLoads, result)).toEqual([]);
    expect(result.totalScore).toBeCloseTo(await lpOptimum(withLoads), 9);
  });

  it("lists the next-best unassigned eligible reviewers as alternates", async () => {
    const problem = small(4);
    const result = await solveAssignment(problem, { alternates: 2 });
    const conflicts = new Set((problem.conflicts ?? []).map((c) => `${c.paper}/${c.reviewer}`));
    const assigned = new Set(result.assignments.map((a) => `${a.paper}/${a.reviewer}`));
    for (const paper of new Set(problem.scores.map((s) => s.paper))) {
      const alts = result.alternates.filter((a) => a.paper === paper);
      const expected = problem.scores
        .filter((s) => s.paper === paper && !conflicts.has(`${paper}/${s.reviewer}`) && !assigned.has(`${paper}/${s.reviewer}`))
        .sort((a, b) => b.score - a.score || (a.reviewer < b.reviewer ? -1 : 1))
        .slice(0, 2);
      expect(alts).toEqual(expected.map(({ paper: p, reviewer, score }) => ({ paper: p, reviewer, score })));
    }
  });

  it("returns the same assignment whatever the order of the input rows", async () => {
    // Few distinct score values, so many optima tie and only the tie-breaking decides.
    const problem = small(5, 80, 50);
    const coarse = problem.scores.map((s) => ({ ...s, score: Math.round(s.score * 4) / 4 }));
    const rnd = seededRandom(99);
    const shuffled = [...coarse].map((s) => [rnd(), s] as const).sort((a, b) => a[0] - b[0]).map(([, s]) => s);
    const a = await solveAssignment({ ...problem, scores: coarse }, { alternates: 3 });
    const b = await solveAssignment({ ...problem, scores: shuffled, conflicts: [...(problem.conflicts ?? [])].reverse() }, { alternates: 3 });
    expect(b.assignments).toEqual(a.assignments);
    expect(b.alternates).toEqual(a.alternates);
    expect(b.totalScore).toBe(a.totalScore);
  });
});

describe("progress and cancellation", () => {
  const big = () => generateInstance({ papers: 3000, reviewers: 3000, candidatesPerPaper: 100, reviewersPerPaper: 4, maxLoad: 6, reducedCapShare: 0.3, conflictRate: 0.01, seed: 7 });

  it("reports monotone progress that ends at 1", async () => {
    const seen: number[] = [];
    const result = await solveAssignment(big(), { onProgress: (p) => seen.push(p.fraction) });
    expect(result.status).toBe("optimal");
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.every((f, i) => i === 0 || f >= seen[i - 1]!)).toBe(true);
    expect(seen.at(-1)).toBe(1);
  }, 30_000);

  it("stops with an AbortError when the signal fires mid-solve", async () => {
    const controller = new AbortController();
    let augmenting = false;
    const run = solveAssignment(big(), {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.phase === "augment" && !augmenting) {
          augmenting = true;
          setTimeout(() => controller.abort(), 0);
        }
      },
    });
    await expect(run).rejects.toMatchObject({ name: "AbortError" });
    expect(augmenting).toBe(true);
  }, 30_000);

  it("rejects at once when the signal is already aborted", async () => {
    await expect(solveAssignment(big(), { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: "AbortError" });
  });
});
