// Builds the flow network of a compiled problem and reads solutions back as per-paper scores.
// Fixed pairs (forced, existing) never enter the network: they are taken off the paper's demand and
// the reviewer's loads up front.
import type { CompiledProblem } from "./compile";
import type { FlowNetwork } from "./min-cost-flow";

export interface NetworkVariant {
  /** Multiplies the scores of each paper (the fair heuristic's reweighting); default 1. */
  paperWeight?: Float64Array;
  /** Papers whose free arcs are frozen at `frozenX` (their supply leaves the network). */
  frozenPaper?: Uint8Array;
  frozenX?: Uint8Array;
}

export function buildNetwork(cp: CompiledProblem, variant: NetworkVariant = {}): FlowNetwork {
  const P = cp.paperIds.length;
  const R = cp.reviewerIds.length;
  const m = cp.arcReviewer.length;
  const cost = new Float64Array(m);
  const { paperWeight, frozenPaper, frozenX } = variant;
  for (let a = 0; a < m; a++) {
    const w = paperWeight ? paperWeight[cp.arcPaper[a]!]! : 1;
    cost[a] = -cp.arcScore[a]! * w;
  }
  const supply = new Int32Array(P);
  for (let p = 0; p < P; p++) supply[p] = cp.demand[p]! - cp.fixedPerPaper[p]!;
  const lower = new Int32Array(R);
  const upper = new Int32Array(R);
  for (let r = 0; r < R; r++) {
    lower[r] = Math.max(0, cp.minLoad[r]! - cp.fixedPerReviewer[r]!);
    upper[r] = cp.maxLoad[r]! - cp.fixedPerReviewer[r]!;
  }
  if (frozenPaper && frozenX) {
    for (let p = 0; p < P; p++) {
      if (!frozenPaper[p]) continue;
      supply[p] = 0;
      for (let a = cp.arcStart[p]!; a < cp.arcStart[p + 1]!; a++) {
        if (!frozenX[a]) continue;
        const r = cp.arcReviewer[a]!;
        upper[r]!--;
        if (lower[r]! > 0) lower[r]!--;
      }
    }
  }
  return { nP: P, nR: R, arcStart: cp.arcStart, arcPaper: cp.arcPaper, arcReviewer: cp.arcReviewer, cost, supply, lower, upper };
}

/** Frozen arcs plus the network's flow: the free part of a full assignment. */
export function mergeFrozen(cp: CompiledProblem, x: Uint8Array, frozenPaper: Uint8Array, frozenX: Uint8Array): Uint8Array {
  const out = x.slice();
  for (let p = 0; p < cp.paperIds.length; p++) {
    if (!frozenPaper[p]) continue;
    for (let a = cp.arcStart[p]!; a < cp.arcStart[p + 1]!; a++) out[a] = frozenX[a]!;
  }
  return out;
}

/** Paper score = fixed pairs + chosen free arcs, compensated summation per paper. */
export function paperScores(cp: CompiledProblem, x: Uint8Array): Float64Array {
  const P = cp.paperIds.length;
  const s = new Float64Array(P);
  const comp = new Float64Array(P);
  const add = (p: number, v: number) => {
    const t = s[p]! + v;
    comp[p]! += Math.abs(s[p]!) >= Math.abs(v) ? s[p]! - t + v : v - t + s[p]!;
    s[p] = t;
  };
  for (let j = 0; j < cp.fixedPaper.length; j++) add(cp.fixedPaper[j]!, cp.fixedScore[j]!);
  for (let a = 0; a < x.length; a++) if (x[a]) add(cp.arcPaper[a]!, cp.arcScore[a]!);
  for (let p = 0; p < P; p++) s[p]! += comp[p]!;
  return s;
}

export interface ScoreSummary {
  total: number;
  lowest: number;
  lowestPaper: number;
}

/** Lowest over papers that need reviews; ties go to the first paper in id order. */
export function summarize(cp: CompiledProblem, scores: Float64Array): ScoreSummary {
  let total = 0;
  let comp = 0;
  let lowest = Infinity;
  let lowestPaper = -1;
  for (let p = 0; p < scores.length; p++) {
    const v = scores[p]!;
    const t = total + v;
    comp += Math.abs(total) >= Math.abs(v) ? total - t + v : v - t + total;
    total = t;
    if (cp.demand[p]! > 0 && v < lowest) {
      lowest = v;
      lowestPaper = p;
    }
  }
  return { total: total + comp, lowest: lowestPaper < 0 ? 0 : lowest, lowestPaper };
}

/** (lowest, total) lexicographic comparison with a tolerance for rounding noise. */
export function fairerThan(a: ScoreSummary, b: ScoreSummary, tol = 1e-9): boolean {
  if (a.lowest > b.lowest + tol) return true;
  if (a.lowest < b.lowest - tol) return false;
  return a.total > b.total + tol;
}
