// Merges several affinity sources and reviewers' bids into one aggregate per pair:
//   aggregate = Σ_s weight_s · score_s(pair) + bidWeight · bidValue(bid)
// A source that does not list a pair contributes its `missing` value (default 0), so a
// sparse top-K source does not need to be densified first.
import type { AffinityScore } from "./types";

export const BID_LEVELS = ["very_high", "high", "neutral", "low", "very_low"] as const;
export type BidLevel = (typeof BID_LEVELS)[number];

export interface Bid {
  paperId: string;
  reviewerId: string;
  bid: BidLevel;
}

export interface ScoreSource {
  /** E.g. "tangent-lexical" or the file name of an imported CSV. */
  name: string;
  weight: number;
  scores: readonly AffinityScore[];
  missing?: number;
}

export interface CombineOptions {
  sources: readonly ScoreSource[];
  bids?: readonly Bid[];
  /** Chair-set numbers per bid level; levels left out count as 0. */
  bidValues?: Partial<Record<BidLevel, number>>;
  bidWeight?: number;
  /** Value used for pairs without a bid (distinct from an explicit "neutral"). */
  noBidValue?: number;
}

export interface CombinedScore {
  paperId: string;
  reviewerId: string;
  score: number;
  /** Unweighted value per source name, plus "bid" when bids are given. */
  parts: Record<string, number>;
}

export const DEFAULT_BID_VALUES: Record<BidLevel, number> = { very_high: 1, high: 0.5, neutral: 0, low: -0.5, very_low: -1 };

const SEP = "\u0000";

export function combineScores(options: CombineOptions): CombinedScore[] {
  const { sources, bids = [], bidWeight = 1, noBidValue = 0 } = options;
  const bidValues = { ...DEFAULT_BID_VALUES, ...options.bidValues };
  const names = new Set<string>();
  for (const s of sources) {
    if (names.has(s.name)) throw new Error(`score source "${s.name}" given twice`);
    if (s.name === "bid") throw new Error(`"bid" is reserved for bids`);
    if (!Number.isFinite(s.weight)) throw new Error(`score source "${s.name}" has a non-finite weight`);
    names.add(s.name);
  }

  const perSource = sources.map((s) => {
    const m = new Map<string, number>();
    for (const x of s.scores) {
      const key = x.paperId + SEP + x.reviewerId;
      if (m.has(key)) throw new Error(`score source "${s.name}" lists (${x.paperId}, ${x.reviewerId}) twice`);
      if (!Number.isFinite(x.score)) throw new Error(`score source "${s.name}" has a non-finite score for (${x.paperId}, ${x.reviewerId})`);
      m.set(key, x.score);
    }
    return m;
  });
  const bidMap = new Map<string, BidLevel>();
  for (const b of bids) bidMap.set(b.paperId + SEP + b.reviewerId, b.bid);

  const keys = new Set<string>();
  for (const m of perSource) for (const key of m.keys()) keys.add(key);
  for (const key of bidMap.keys()) keys.add(key);

  const out: CombinedScore[] = [];
  for (const key of keys) {
    const [paperId = "", reviewerId = ""] = key.split(SEP);
    const parts: Record<string, number> = {};
    let score = 0;
    sources.forEach((s, i) => {
      const v = perSource[i]!.get(key) ?? s.missing ?? 0;
      parts[s.name] = v;
      score += s.weight * v;
    });
    if (bids.length > 0) {
      const level = bidMap.get(key);
      const v = level === undefined ? noBidValue : bidValues[level];
      parts.bid = v;
      score += bidWeight * v;
    }
    out.push({ paperId, reviewerId, score, parts });
  }
  out.sort((a, b) => (a.paperId < b.paperId ? -1 : a.paperId > b.paperId ? 1 : b.score - a.score || (a.reviewerId < b.reviewerId ? -1 : 1)));
  return out;
}
