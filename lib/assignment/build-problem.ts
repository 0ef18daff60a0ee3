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

export function buildProblem(inputs: RunInputs, params: RunParams): { problem: AssignmentProblem; counts: { affinityPairs: number; bids: number; conflicts: number; kept: number } } {
  const paperSet = new Set(inputs.papers);
  const reviewerSet = new Set(inputs.reviewers.map((r) => r.id));
  const inPool = (p: PaperReviewer) => paperSet.has(p.paper) && reviewerSet.has(p.reviewer);

  // A "conflict" bid is a declared conflict: a hard constraint, never a score.
  const conflicts = [
    ...inputs.conflicts,
    ...inputs.bids.filter((b) => b.value === "CONFLICT").map((b) => ({ paper: b.paperId, reviewer: b.reviewerId })),
  ].filter(inPool);
  const bids: Bid[] = inputs.bids.flatMap((b) => (BID_LEVEL[b.value] ? [{ paperId: b.paperId, reviewerId: b.reviewerId, bid: BID_LEVEL[b.value]! }] : []));

  // Several affinity sources share the affinity weight equally.
  const bySource = new Map<string, { paperId: string; reviewerId: string; score: number }[]>();
  for (const a of inputs.affinities) (bySource.get(a.source) ?? bySource.set(a.source, []).get(a.source)!).push(a);
  const sources: ScoreSource[] = [...bySource].map(([name, scores]) => ({ name, weight: params.affinityWeight / bySource.size, scores }));
  const combined = new Map(combineScores({ sources, bids, bidWeight: 1 - params.affinityWeight }).map((c) => [`${c.paperId}|${c.reviewerId}`, c.score]));

  // Every pair is a candidate (a pair nobody scored counts 0): small venues must not become infeasible because
  // the lexical scorer kept only each paper's top reviewers.
  const scores: { paper: string; reviewer: string; score: number }[] = [];
  for (const paper of inputs.papers) {
    for (const r of inputs.reviewers) scores.push({ paper, reviewer: r.id, score: combined.get(`${paper}|${r.id}`) ?? 0 });
  }
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
