// Turns an AssignmentProblem into index-based typed arrays in a canonical order: ids sorted, pairs
// sorted by (paper, reviewer). Everything downstream sees only this order, which is what makes the
// result independent of the order of the input rows.
import { AssignmentInputError, type AssignmentProblem, type PaperReviewer, type PairScores } from "./types";

export interface CompiledProblem {
  paperIds: string[];
  reviewerIds: string[];
  /** Free arcs (eligible, not fixed), CSR by paper, reviewers ascending within a paper. */
  arcStart: Int32Array;
  arcPaper: Int32Array;
  arcReviewer: Int32Array;
  arcScore: Float64Array;
  /** Demand and loads as given. */
  demand: Int32Array;
  minLoad: Int32Array;
  maxLoad: Int32Array;
  /** Fixed pairs (forced or existing), sorted by (paper, reviewer). */
  fixedPaper: Int32Array;
  fixedReviewer: Int32Array;
  fixedScore: Float64Array;
  /** 1 = forced, 2 = existing (forced wins when a pair is both). */
  fixedSource: Uint8Array;
  fixedPerPaper: Int32Array;
  fixedPerReviewer: Int32Array;
  conflictsPerPaper: Int32Array;
  conflictsPerReviewer: Int32Array;
  /** Forced or existing pairs that are also conflicts: reported as infeasible, never assigned. */
  fixedConflicts: PaperReviewer[];
  conflictCount: number;
}

const MAX_REPORTED = 20;

function isColumnar(s: AssignmentProblem["scores"]): s is PairScores {
  return !Array.isArray(s);
}

function sortedUnique(ids: Iterable<string>): string[] {
  const out = [...new Set(ids)];
  out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return out;
}

function indexOf(ids: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  ids.forEach((id, i) => m.set(id, i));
  return m;
}

function checkCount(value: number, what: string, problems: string[]): number {
  if (!Number.isInteger(value) || value < 0) problems.push(`${what} must be a non-negative integer, got ${value}`);
  return value;
}

function perIdValues(
  map: Readonly<Record<string, number>> | undefined,
  ids: readonly string[],
  index: Map<string, number>,
  fallback: number,
  what: string,
  problems: string[],
): Int32Array {
  const out = new Int32Array(ids.length).fill(fallback);
  for (const [id, v] of Object.entries(map ?? {})) {
    const i = index.get(id);
    if (i === undefined) problems.push(`${what} given for unknown id "${id}"`);
    else out[i] = checkCount(v, `${what} of "${id}"`, problems);
  }
  return out;
}

export function compileProblem(problem: AssignmentProblem): CompiledProblem {
  const problems: string[] = [];
  const scores = problem.scores;
  const columnar = isColumnar(scores);

  const paperIds = sortedUnique([...(columnar ? scores.paperIds : scores.map((s) => s.paper)), ...(problem.papers ?? [])]);
  const reviewerIds = sortedUnique([...(columnar ? scores.reviewerIds : scores.map((s) => s.reviewer)), ...(problem.reviewers ?? [])]);
  const P = paperIds.length;
  const R = reviewerIds.length;
  if (P === 0) problems.push("no papers: the scores name no paper");
  if (R === 0) problems.push("empty reviewer pool: the scores name no reviewer");
  const paperIndex = indexOf(paperIds);
  const reviewerIndex = indexOf(reviewerIds);

  // Translate input indices to canonical ones.
  const n = columnar ? scores.paper.length : scores.length;
  const pp = new Int32Array(n);
  const rr = new Int32Array(n);
  const ss = new Float64Array(n);
  if (columnar) {
    if (scores.reviewer.length !== n || scores.score.length !== n) problems.push("scores: paper, reviewer and score arrays differ in length");
    const pMap = Int32Array.from(scores.paperIds, (id) => paperIndex.get(id)!);
    const rMap = Int32Array.from(scores.reviewerIds, (id) => reviewerIndex.get(id)!);
    for (let i = 0; i < n; i++) {
      const p = pMap[scores.paper[i]!];
      const r = rMap[scores.reviewer[i]!];
      if (p === undefined || r === undefined) {
        problems.push(`scores: pair ${i} points outside paperIds/reviewerIds`);
        break;
      }
      pp[i] = p;
      rr[i] = r;
      ss[i] = scores.score[i]!;
    }
  } else {
    for (let i = 0; i < n; i++) {
      const s = scores[i]!;
      pp[i] = paperIndex.get(s.paper)!;
      rr[i] = reviewerIndex.get(s.reviewer)!;
      ss[i] = s.score;
    }
  }
  let badScores = 0;
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(ss[i]!)) {
      if (badScores++ < MAX_REPORTED) problems.push(`score of (${paperIds[pp[i]!]}, ${reviewerIds[rr[i]!]}) is not a finite number: ${ss[i]}`);
    }
  }

  // Counting sort by paper, then by reviewer within each paper.
  const start = new Int32Array(P + 1);
  for (let i = 0; i < n; i++) start[pp[i]! + 1]!++;
  for (let p = 0; p < P; p++) start[p + 1]! += start[p]!;
  const fill = start.slice(0, P);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[fill[pp[i]!]!++] = i;
  for (let p = 0; p < P; p++) {
    const seg = order.subarray(start[p]!, start[p + 1]!);
    seg.sort((a, b) => rr[a]! - rr[b]!);
    for (let k = 1; k < seg.length; k++) {
      if (rr[seg[k]!] === rr[seg[k - 1]!] && problems.length < MAX_REPORTED * 2) {
        problems.push(`duplicate score for pair (${paperIds[p]}, ${reviewerIds[rr[seg[k]!]!]})`);
      }
    }
  }

  const pairKey = (p: number, r: number) => p * R + r;
  const lookupPair = (pair: PaperReviewer, what: string): [number, number] | null => {
    const p = paperIndex.get(pair.paper);
    const r = reviewerIndex.get(pair.reviewer);
    if (p === undefined) problems.push(`${what} (${pair.paper}, ${pair.reviewer}): unknown paper "${pair.paper}"`);
    if (r === undefined) problems.push(`${what} (${pair.paper}, ${pair.reviewer}): unknown reviewer "${pair.reviewer}"`);
    return p === undefined || r === undefined ? null : [p, r];
  };

  const conflicts = new Set<number>();
  const conflictsPerPaper = new Int32Array(P);
  const conflictsPerReviewer = new Int32Array(R);
  for (const c of problem.conflicts ?? []) {
    const pr = lookupPair(c, "conflict");
    if (!pr || conflicts.has(pairKey(pr[0], pr[1]))) continue;
    conflicts.add(pairKey(pr[0], pr[1]));
    conflictsPerPaper[pr[0]]!++;
    conflictsPerReviewer[pr[1]]!++;
  }

  const fixed = new Map<number, 1 | 2>();
  for (const [list, source, what] of [
    [problem.forced ?? [], 1, "forced pair"],
    [problem.existing ?? [], 2, "existing assignment"],
  ] as const) {
    for (const f of list) {
      const pr = lookupPair(f, what);
      if (pr && !fixed.has(pairKey(pr[0], pr[1]))) fixed.set(pairKey(pr[0], pr[1]), source);
    }
  }

  const perPaperDemand = checkCount(problem.reviewersPerPaper, "reviewers per paper", problems);
  const minDefault = checkCount(problem.minLoadDefault ?? 0, "default minimum load", problems);
  const maxDefault = checkCount(problem.maxLoadDefault, "default maximum load", problems);
  const demand = perIdValues(problem.demand, paperIds, paperIndex, perPaperDemand, "demand", problems);
  const minLoad = perIdValues(problem.minLoad, reviewerIds, reviewerIndex, minDefault, "minimum load", problems);
  const maxLoad = perIdValues(problem.maxLoad, reviewerIds, reviewerIndex, maxDefault, "maximum load", problems);

  if (problems.length > 0) throw new AssignmentInputError(problems);

  // Fixed pairs: their score comes from the score table (0 when unscored).
  const scoreOfFixed = new Map<number, number>();
  const fixedKeys = [...fixed.keys()].sort((a, b) => a - b);
  const fixedPaper = new Int32Array(fixedKeys.length);
  const fixedReviewer = new Int32Array(fixedKeys.length);
  const fixedScore = new Float64Array(fixedKeys.length);
  const fixedSource = new Uint8Array(fixedKeys.length);
  const fixedPerPaper = new Int32Array(P);
  const fixedPerReviewer = new Int32Array(R);
  const fixedConflicts: PaperReviewer[] = [];

  let m = 0;
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    const key = pairKey(pp[i]!, rr[i]!);
    if (fixed.has(key)) scoreOfFixed.set(key, ss[i]!);
    else if (!conflicts.has(key)) m++;
  }
  fixedKeys.forEach((key, j) => {
    const p = Math.floor(key / R);
    const r = key - p * R;
    fixedPaper[j] = p;
    fixedReviewer[j] = r;
    fixedScore[j] = scoreOfFixed.get(key) ?? 0;
    fixedSource[j] = fixed.get(key)!;
    if (conflicts.has(key)) fixedConflicts.push({ paper: paperIds[p]!, reviewer: reviewerIds[r]! });
    fixedPerPaper[p]!++;
    fixedPerReviewer[r]!++;
  });

  const arcStart = new Int32Array(P + 1);
  const arcPaper = new Int32Array(m);
  const arcReviewer = new Int32Array(m);
  const arcScore = new Float64Array(m);
  let a = 0;
  for (let p = 0; p < P; p++) {
    arcStart[p] = a;
    for (let k = start[p]!; k < start[p + 1]!; k++) {
      const i = order[k]!;
      const key = pairKey(p, rr[i]!);
      if (fixed.has(key) || conflicts.has(key)) continue;
      arcPaper[a] = p;
      arcReviewer[a] = rr[i]!;
      arcScore[a] = ss[i]!;
      a++;
    }
  }
  arcStart[P] = a;

  return {
    paperIds,
    reviewerIds,
    arcStart,
    arcPaper,
    arcReviewer,
    arcScore,
    demand,
    minLoad,
    maxLoad,
    fixedPaper,
    fixedReviewer,
    fixedScore,
    fixedSource,
    fixedPerPaper,
    fixedPerReviewer,
    conflictsPerPaper,
    conflictsPerReviewer,
    fixedConflicts,
    conflictCount: conflicts.size,
  };
}
