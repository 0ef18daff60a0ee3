// From the venue's rows to the engine's problem: scores combined from affinity sources and bids, conflicts,
// loads and the pairs kept from the deployed assignment. Pure: the worker and the tests call it alike.
import { combineScores, type Bid, type BidLevel, type ScoreSource } from "@/lib/engines/affinity";
import type { AssignmentProblem, PaperReviewer } from "@/lib/engines/assignment";
import type { RunParams } from "./schema";

export interface RunInputs {
  papers: string[];
  reviewers: { id: string; maxLoad: number | null; minLoad: number | null }[];
  affinities: { paperId: string; reviewerId: string; source: string; score: number }[];
  bids: { paperId: string; reviewerId: string; value: "VERY_HIGH" | "HIGH" | "NEUTRAL" | "LOW" | "VERY_LOW" | "CONFLICT" }[];
  /** Conflicts that are not lifted. */
  conflicts: PaperReviewer[];
  deployed: PaperReviewer[];
}

const BID_LEVEL: Record<string, BidLevel> = { VERY_HIGH: "very_high", HIGH: "high", NEUTRAL: "neutral", LOW: "low", VERY_LOW: "very_low" };

/** Each score source's weight and the bids' weight for a run: the chair's per-source weights when the run has them,
 * otherwise the older single knob (affinity shared equally among the sources, the rest to bids). */
export function runWeights(params: RunParams, sourceNames: readonly string[]): { sources: Record<string, number>; bids: number } {
  if (params.sourceWeights) {
    return { sources: Object.fromEntries(sourceNames.map((n) => [n, params.sourceWeights![n] ?? 0])), bids: params.bidWeight ?? 0 };
  }
  return { sources: Object.fromEntries(sourceNames.map((n) => [n, params.affinityWeight / Math.max(1, sourceNames.length)])), bids: 1 - params.affinityWeight };
}

/**
 * The score of each scored pair, `paper|reviewer` → Σ weight·source + bidWeight·bid. `sourceNames` are the venue's
 * sources (a subset of rows, e.g. one paper's, must be weighted as the whole venue is).
 */
export function combinedPairScores(
  affinities: RunInputs["affinities"],
  bidRows: RunInputs["bids"],
  params: RunParams,
  sourceNames: readonly string[] = [...new Set(affinities.map((a) => a.source))],
): Map<string, number> {
  const bids: Bid[] = bidRows.flatMap((b) => (BID_LEVEL[b.value] ? [{ paperId: b.paperId, reviewerId: b.reviewerId, bid: BID_LEVEL[b.value]! }] : []));
  const weights = runWeights(params, sourceNames);
  const bySource = new Map<string, { paperId: string; reviewerId: string; score: number }[]>(sourceNames.map((n) => [n, []]));
  for (const a of affinities) bySource.get(a.source)?.push(a);
  const sources: ScoreSource[] = [...bySource].map(([name, scores]) => ({ name, weight: weights.sources[name] ?? 0, scores }));
  return new Map(combineScores({ sources, bids, bidWeight: weights.bids }).map((c) => [`${c.paperId}|${c.reviewerId}`, c.score]));
}

/** Up to this many paper × reviewer pairs, every pair is a candidate; above it, each paper's best (sparsePairs). */
export const DENSE_PAIR_LIMIT = 1_000_000;

type Pair = { paper: string; reviewer: string; score: number };

/** Every pair is a candidate (a pair nobody scored counts 0): small venues must not become infeasible because the
 * lexical scorer kept only each paper's top reviewers. */
function densePairs(inputs: RunInputs, combined: Map<string, number>): Pair[] {
  const scores: Pair[] = [];
  for (const paper of inputs.papers) {
    for (const r of inputs.reviewers) scores.push({ paper, reviewer: r.id, score: combined.get(`${paper}|${r.id}`) ?? 0 });
  }
  return scores;
}

export function candidatesPerPaper(params: RunParams): number {
  return Math.max(50, 10 * params.reviewersPerPaper);
}

/**
 * Large venues: each paper's K best-scored reviewers, every pair with a positive bid, each reviewer's best papers
 * (so minimum loads stay reachable), and, for papers with fewer than K scored reviewers, unscored reviewers taken
 * in turn around the pool (score 0) so coverage never depends on how sparse the scores are. Deployed pairs kept by
 * the run are eligible in the engine whether listed or not. At most P·K + bids + R·K' pairs instead of P·R.
 */
function sparsePairs(inputs: RunInputs, combined: Map<string, number>, conflicts: PaperReviewer[], params: RunParams, perPaper = candidatesPerPaper(params)): Pair[] {
  const papers = new Set(inputs.papers);
  const reviewers = inputs.reviewers.map((r) => r.id);
  const inPool = new Set(reviewers);
  const blocked = new Set(conflicts.map((c) => `${c.paper}|${c.reviewer}`));
  const byPaper = new Map<string, Pair[]>();
  const byReviewer = new Map<string, Pair[]>();
  for (const [key, score] of combined) {
    const [paper = "", reviewer = ""] = key.split("|");
    if (!papers.has(paper) || !inPool.has(reviewer) || blocked.has(key)) continue;
    const pair = { paper, reviewer, score };
    (byPaper.get(paper) ?? byPaper.set(paper, []).get(paper)!).push(pair);
    (byReviewer.get(reviewer) ?? byReviewer.set(reviewer, []).get(reviewer)!).push(pair);
  }
  const best = (a: Pair, b: Pair) => b.score - a.score || (a.reviewer < b.reviewer ? -1 : a.reviewer > b.reviewer ? 1 : a.paper < b.paper ? -1 : 1);
  const out = new Map<string, Pair>();
  const take = (p: Pair) => out.set(`${p.paper}|${p.reviewer}`, p);
  const eager = new Set(inputs.bids.filter((b) => b.value === "VERY_HIGH" || b.value === "HIGH").map((b) => `${b.paperId}|${b.reviewerId}`));
  inputs.papers.forEach((paper, i) => {
    const scored = (byPaper.get(paper) ?? []).sort(best);
    scored.slice(0, perPaper).forEach(take);
    for (const p of scored.slice(perPaper)) if (eager.has(`${p.paper}|${p.reviewer}`)) take(p);
    // Too few scored reviewers: add unscored ones, starting at a different place in the pool for each paper.
    let added = Math.min(scored.length, perPaper);
    for (let j = 0; added < Math.min(perPaper, reviewers.length) && j < reviewers.length; j++) {
      const reviewer = reviewers[(i * perPaper + j) % reviewers.length]!;
      const key = `${paper}|${reviewer}`;
      if (out.has(key) || blocked.has(key)) continue;
      take({ paper, reviewer, score: combined.get(key) ?? 0 });
      added++;
    }
  });
  const perReviewer = Math.max(5, 2 * Math.max(params.minLoadDefault, ...inputs.reviewers.map((r) => r.minLoad ?? 0)));
  for (const list of byReviewer.values()) list.sort(best).slice(0, perReviewer).forEach(take);
  return [...out.values()];
}

export function buildProblem(inputs: RunInputs, params: RunParams, options: { densePairLimit?: number; perPaper?: number } = {}): { problem: AssignmentProblem; counts: { affinityPairs: number; bids: number; conflicts: number; kept: number } } {
  const paperSet = new Set(inputs.papers);
  const reviewerSet = new Set(inputs.reviewers.map((r) => r.id));
  const inPool = (p: PaperReviewer) => paperSet.has(p.paper) && reviewerSet.has(p.reviewer);

  // A "conflict" bid is a declared conflict: a hard constraint, never a score.
  const conflicts = [
    ...inputs.conflicts,
    ...inputs.bids.filter((b) => b.value === "CONFLICT").map((b) => ({ paper: b.paperId, reviewer: b.reviewerId })),
  ].filter(inPool);
  const bids = inputs.bids.filter((b) => BID_LEVEL[b.value]);
  const combined = combinedPairScores(inputs.affinities, inputs.bids, params);

  const scores = inputs.papers.length * inputs.reviewers.length <= (options.densePairLimit ?? DENSE_PAIR_LIMIT) ? densePairs(inputs, combined) : sparsePairs(inputs, combined, conflicts, params, options.perPaper);
  const maxLoad: Record<string, number> = {};
  const minLoad: Record<string, number> = {};
  for (const r of inputs.reviewers) {
    if (r.maxLoad !== null) maxLoad[r.id] = r.maxLoad;
    // A reviewer's own cap wins over the default minimum (someone who takes at most 1 paper cannot be made to take 2).
    const min = r.minLoad ?? (r.maxLoad !== null && r.maxLoad < params.minLoadDefault ? r.maxLoad : null);
    if (min !== null) minLoad[r.id] = Math.min(min, r.maxLoad ?? params.maxLoadDefault);
  }
  const existing = params.keepDeployed ? inputs.deployed.filter(inPool) : [];
  return {
    problem: {
      scores,
      papers: inputs.papers,
      reviewers: inputs.reviewers.map((r) => r.id),
      reviewersPerPaper: params.reviewersPerPaper,
      maxLoadDefault: params.maxLoadDefault,
      minLoadDefault: params.minLoadDefault,
      maxLoad,
      minLoad,
      conflicts,
      existing,
    },
    counts: { affinityPairs: inputs.affinities.length, bids: bids.length, conflicts: conflicts.length, kept: existing.length },
  };
}
