// Fair objective: maximise the lowest paper score, then the total subject to that.
//
// Max-min with per-paper demands is NP-hard in general, so the engine is exact where it can afford
// to be and otherwise reports a proven gap:
//  - small instances (≤ mipMaxPairs free pairs): two HiGHS MIPs, max t then max total s.t. every
//    paper ≥ t*, both to zero gap;
//  - otherwise: exponentiated-gradient reweighting of papers, each round an exact max-sum solve of
//    Σ_p w_p·score_p. Each round is also a Lagrangian upper bound on the max-min (for λ = w/Σw,
//    min_p S_p(x) ≤ Σ λ_p S_p(x) ≤ max_x Σ λ_p S_p(x)); the LP relaxation (HiGHS, when it fits)
//    and "each paper gets its best reviewers" bound it too. Candidates are improved by local moves,
//    then the total is raised with papers below the floor frozen at the incumbent's reviewers.
import type { CompiledProblem } from "./compile";
import { Cooperation } from "./cooperate";
import { loadHighs, solveAssignmentWithHighs } from "./highs-model";
import { raiseLowest } from "./local-search";
import { solveMaxSum } from "./max-sum";
import { buildNetwork, fairerThan, paperScores, summarize, type ScoreSummary } from "./network";
import type { FairnessReport, FairOptions } from "./types";

export const FAIR_DEFAULTS: Required<FairOptions> = {
  mipMaxPairs: 20_000,
  mipTimeLimitSeconds: 60,
  lpMaxPairs: 400_000,
  rounds: 8,
};

export interface FairHooks {
  signal?: AbortSignal;
  progress: (fraction: number, phase: "fair-bound" | "fair-search" | "fair-total", message: string) => void;
}

export interface FairOutcome {
  x: Uint8Array;
  report: FairnessReport;
  notes: string[];
  searches: number;
  augmentations: number;
}

interface Candidate {
  x: Uint8Array;
  summary: ScoreSummary;
}

function evaluate(cp: CompiledProblem, x: Uint8Array): Candidate {
  return { x, summary: summarize(cp, paperScores(cp, x)) };
}

/** Every paper gets its best eligible reviewers, ignoring loads. */
function bestReviewersBound(cp: CompiledProblem): number {
  const fixed = new Float64Array(cp.paperIds.length);
  for (let j = 0; j < cp.fixedPaper.length; j++) fixed[cp.fixedPaper[j]!]! += cp.fixedScore[j]!;
  let bound = Infinity;
  for (let p = 0; p < cp.paperIds.length; p++) {
    if (cp.demand[p]! === 0) continue;
    const scores = Array.from(cp.arcScore.subarray(cp.arcStart[p]!, cp.arcStart[p + 1]!)).sort((a, b) => b - a);
    let s = fixed[p]!;
    for (let k = 0; k < cp.demand[p]! - cp.fixedPerPaper[p]!; k++) s += scores[k] ?? 0;
    bound = Math.min(bound, s);
  }
  return bound;
}

const round01 = (v: Float64Array) => Uint8Array.from(v, (t) => (t > 0.5 ? 1 : 0));

export async function solveFair(cp: CompiledProblem, sumX: Uint8Array, options: FairOptions, hooks: FairHooks): Promise<FairOutcome> {
  const o = { ...FAIR_DEFAULTS, ...options };
  const coop = new Cooperation(hooks.signal);
  const P = cp.paperIds.length;
  const m = cp.arcReviewer.length;
  const notes: string[] = [];
  let searches = 0;
  let augmentations = 0;
  let scale = 0;
  for (let a = 0; a < m; a++) scale = Math.max(scale, Math.abs(cp.arcScore[a]!));
  const tol = 1e-9 * Math.max(1, scale);
  // HiGHS proves bounds only up to its own feasibility tolerance (1e-6 by default).
  const highsTol = 1e-6 * Math.max(1, scale);

  const sum = evaluate(cp, sumX);
  let best = sum;
  let upper = bestReviewersBound(cp);
  let boundSource: FairnessReport["boundSource"] = "best-reviewers";
  let provenTol = tol;
  const done = () => best.summary.lowest >= upper - provenTol;
  const consider = (c: Candidate) => {
    if (fairerThan(c.summary, best.summary, tol)) best = c;
  };
  const { lower, upper: upperLoad } = buildNetwork(cp);
  const polish = (x: Uint8Array): Candidate => {
    const y = x.slice();
    raiseLowest(cp, y, lower, upperLoad);
    return evaluate(cp, y);
  };

  hooks.progress(0.3, "fair-bound", "bounding the lowest paper score");
  const highs = m <= Math.max(o.mipMaxPairs, o.lpMaxPairs) ? await loadHighs() : null;
  coop.throwIfAborted();
  if (highs && m <= o.lpMaxPairs) {
    const lp = solveAssignmentWithHighs(highs, cp, { kind: "max-min" }, { integer: false });
    if (lp.status === "optimal" && lp.objective <= upper) {
      upper = lp.objective;
      boundSource = "lp";
      provenTol = highsTol;
    }
  }

  if (!done()) {
    consider(polish(sum.x));
    const W = new Float64Array(P).fill(1);
    let last = sum;
    for (let k = 0; k < o.rounds && !done(); k++) {
      hooks.progress(0.4 + (0.45 * k) / o.rounds, "fair-search", `reweighting round ${k + 1} of ${o.rounds}`);
      // Exponentiated gradient on the Lagrangian dual: papers below average gain weight.
      const S = paperScores(cp, last.x);
      let lo = Infinity;
      let hi = -Infinity;
      for (let p = 0; p < P; p++) {
        if (cp.demand[p]! === 0) continue;
        lo = Math.min(lo, S[p]!);
        hi = Math.max(hi, S[p]!);
      }
      const step = 2 / Math.max(hi - lo, tol);
      let total = 0;
      let count = 0;
      for (let p = 0; p < P; p++) {
        if (cp.demand[p]! === 0) continue;
        W[p] = Math.min(1e6, Math.max(1e-6, W[p]! * Math.exp(-step * (S[p]! - lo))));
        total += W[p]!;
        count++;
      }
      for (let p = 0; p < P; p++) W[p] = cp.demand[p]! === 0 ? 1 : (W[p]! * count) / total;

      const res = await solveMaxSum(cp, { paperWeight: W }, { signal: hooks.signal });
      searches += res.searches;
      augmentations += res.augmentations;
      if (!res.feasible) break;
      last = evaluate(cp, res.x);
      const Sk = paperScores(cp, res.x);
      let weighted = 0;
      let weights = 0;
      for (let p = 0; p < P; p++) {
        if (cp.demand[p]! === 0) continue;
        weighted += W[p]! * Sk[p]!;
        weights += W[p]!;
      }
      const lagrangian = (weighted + res.certificate.gapBound) / weights + tol;
      if (lagrangian < upper) {
        upper = lagrangian;
        boundSource = "lagrangian";
        provenTol = tol;
      }
      consider(last);
      consider(polish(res.x));
      await coop.pause();
    }
  }

  // The heuristic often meets the bound already (then the max-min is proven without a MIP).
  if (highs && m <= o.mipMaxPairs && !done()) {
    hooks.progress(0.8, "fair-search", "solving the max-min MIP");
    const mm = solveAssignmentWithHighs(highs, cp, { kind: "max-min" }, { integer: true, timeLimitSeconds: o.mipTimeLimitSeconds });
    if (mm.bound <= upper) {
      upper = mm.bound;
      boundSource = "mip";
      provenTol = highsTol;
    }
    if (mm.x) consider(evaluate(cp, round01(mm.x)));
    if (mm.status !== "optimal") notes.push(`the max-min MIP stopped with status ${mm.status} after ${mm.seconds.toFixed(1)} s`);
  }

  // Second objective: the largest total with no paper below the lowest score reached.
  hooks.progress(0.86, "fair-total", "maximising the total at the lowest score reached");
  const floor = best.summary.lowest - tol;
  let totalUpper = sum.summary.total;
  let totalProven = best === sum;
  if (!totalProven && highs && m <= o.mipMaxPairs) {
    const st = solveAssignmentWithHighs(highs, cp, { kind: "sum-with-floor", floor }, { integer: true, timeLimitSeconds: o.mipTimeLimitSeconds });
    if (st.x) {
      const c = evaluate(cp, round01(st.x));
      if (c.summary.lowest >= best.summary.lowest - tol && c.summary.total > best.summary.total) best = c;
    }
    if (Number.isFinite(st.bound)) totalUpper = Math.min(totalUpper, st.bound);
    totalProven = st.status === "optimal";
    if (!totalProven) notes.push(`the max-total MIP stopped with status ${st.status}; the total may not be the largest at this lowest score`);
  }
  if (!totalProven) {
    const raised = await raiseTotal(cp, best, hooks, (s, a) => {
      searches += s;
      augmentations += a;
    });
    if (raised.summary.lowest >= best.summary.lowest - tol && raised.summary.total > best.summary.total) best = raised;
    if (highs && m <= o.lpMaxPairs) {
      const lp = solveAssignmentWithHighs(highs, cp, { kind: "sum-with-floor", floor }, { integer: false });
      if (lp.status === "optimal") totalUpper = Math.min(totalUpper, lp.objective + highsTol);
    }
    totalProven = best.summary.total >= totalUpper - highsTol;
  }

  const lowest = best.summary.lowest;
  const proven = lowest >= upper - provenTol;
  return {
    x: best.x,
    report: {
      lowestPaperScore: lowest,
      upperBound: upper,
      gap: Math.max(0, upper - lowest),
      boundSource,
      proven,
      total: best.summary.total,
      totalUpperBound: Math.max(totalUpper, best.summary.total),
      totalProven,
      sumSolutionLowest: sum.summary.lowest,
      sumSolutionTotal: sum.summary.total,
    },
    notes,
    searches,
    augmentations,
  };
}

/**
 * Largest total with no paper below the incumbent's lowest score. Papers that would drop below it are
 * frozen at the incumbent's reviewers and the rest is re-solved exactly; the incumbent stays feasible
 * for every re-solve, so the total can only grow, and the frozen set only grows, so it terminates.
 */
async function raiseTotal(
  cp: CompiledProblem,
  incumbent: Candidate,
  hooks: FairHooks,
  count: (searches: number, augmentations: number) => void,
  maxRounds = 8,
): Promise<Candidate> {
  const P = cp.paperIds.length;
  const floor = incumbent.summary.lowest;
  const frozen = new Uint8Array(P);
  const tiny = 1e-12 * Math.max(1, Math.abs(floor));
  for (let r = 0; r < maxRounds; r++) {
    hooks.progress(0.86 + (0.12 * r) / maxRounds, "fair-total", `raising the total above the floor, round ${r + 1}`);
    const res = await solveMaxSum(cp, { frozenPaper: frozen, frozenX: incumbent.x }, { signal: hooks.signal });
    count(res.searches, res.augmentations);
    if (!res.feasible) return incumbent;
    const S = paperScores(cp, res.x);
    let violators = 0;
    for (let p = 0; p < P; p++) {
      if (cp.demand[p]! > 0 && !frozen[p] && S[p]! < floor - tiny) {
        frozen[p] = 1;
        violators++;
      }
    }
    if (violators === 0) return evaluate(cp, res.x);
  }
  return incumbent;
}
