// Exact similarity of one (paper, reviewer) pair, and its decomposition into the terms and
// publications that produced it, for showing a chair or reviewer why a match was suggested.
import { aggregateTops } from "./aggregate";
import { analyzeText } from "./analyze";
import type { AffinityIndex } from "./build-index";
import { resolveScoringOptions } from "./score-all";
import { termOccurrences } from "./term-hash";
import type { ScoringOptions } from "./types";

export interface PublicationMatch {
  /** Position in the reviewer's publication list (duplicates are indexed once). */
  index: number;
  title: string;
  year?: number;
  /** Cosine similarity to the paper, times the recency weight. */
  similarity: number;
}

export interface TermMatch {
  /** Surface words as written in the paper (a stemmed term may cover several forms). */
  term: string;
  kind: "unigram" | "bigram";
  /** Share of the pair's score due to this term; contributions sum to the score. */
  contribution: number;
}

export interface AffinityExplanation {
  paperId: string;
  reviewerId: string;
  score: number;
  publications: PublicationMatch[];
  terms: TermMatch[];
}

function queryWeights(index: AffinityIndex, p: number): Map<number, number> {
  const q = new Map<number, number>();
  const s = index.subVectors;
  for (let e = s.offsets[p]!; e < s.offsets[p + 1]!; e++) q.set(s.terms[e]!, s.weights[e]!);
  return q;
}

function lookup(index: AffinityIndex, paperId: string, reviewerId: string): [number, number] {
  const p = index.paperIndex.get(paperId);
  const r = index.reviewerIndex.get(reviewerId);
  if (p === undefined) throw new Error(`unknown paper ${paperId}`);
  if (r === undefined) throw new Error(`unknown reviewer ${reviewerId}`);
  return [p, r];
}

/** Recency-weighted similarity of the paper to each of the reviewer's indexed publications, exactly. */
export function publicationSimilarities(index: AffinityIndex, paperId: string, reviewerId: string): number[] {
  const [p, r] = lookup(index, paperId, reviewerId);
  const q = queryWeights(index, p);
  const pv = index.pubVectors;
  const out: number[] = [];
  for (let pub = index.reviewerPubStart[r]!; pub < index.reviewerPubStart[r + 1]!; pub++) {
    let sim = 0;
    for (let e = pv.offsets[pub]!; e < pv.offsets[pub + 1]!; e++) sim += (q.get(pv.terms[e]!) ?? 0) * pv.weights[e]!;
    out.push(sim * index.pubRecency[pub]!);
  }
  return out;
}

/** The exact score of one pair, equal to what scoreAffinity reports for it when listed. */
export function scorePair(index: AffinityIndex, paperId: string, reviewerId: string, options: Partial<ScoringOptions> = {}): number {
  const opts = resolveScoringOptions(options);
  const sims = publicationSimilarities(index, paperId, reviewerId);
  const tops = new Float64Array(opts.topPublications);
  for (const s of sims) insertDescending(tops, s);
  return aggregateTops(tops, 0, opts.topPublications, sims.length, opts.maxWeight);
}

function insertDescending(tops: Float64Array, v: number): void {
  if (v <= tops[tops.length - 1]!) return;
  let i = tops.length - 1;
  while (i > 0 && tops[i - 1]! < v) {
    tops[i] = tops[i - 1]!;
    i--;
  }
  tops[i] = v;
}

export function explainAffinity(
  index: AffinityIndex,
  paperId: string,
  reviewerId: string,
  options: Partial<ScoringOptions> & { maxTerms?: number; maxPublications?: number } = {},
): AffinityExplanation {
  const opts = resolveScoringOptions(options);
  const [p, r] = lookup(index, paperId, reviewerId);
  const sims = publicationSimilarities(index, paperId, reviewerId);
  const ranked = sims.map((similarity, i) => ({ i, similarity })).sort((a, b) => b.similarity - a.similarity || a.i - b.i);

  // Weight each publication gets in the aggregate: maxWeight for the best, (1 - maxWeight)/m for each of the top m.
  const m = Math.min(opts.topPublications, sims.length);
  const pubWeight = new Map<number, number>();
  ranked.slice(0, m).forEach(({ i }, rank) => pubWeight.set(i, (rank === 0 ? opts.maxWeight : 0) + (1 - opts.maxWeight) / m));

  const q = queryWeights(index, p);
  const contribution = new Map<number, number>();
  const pv = index.pubVectors;
  const first = index.reviewerPubStart[r]!;
  for (const [i, w] of pubWeight) {
    const pub = first + i;
    const factor = w * index.pubRecency[pub]!;
    for (let e = pv.offsets[pub]!; e < pv.offsets[pub + 1]!; e++) {
      const t = pv.terms[e]!;
      const qw = q.get(t);
      if (qw !== undefined) contribution.set(t, (contribution.get(t) ?? 0) + factor * qw * pv.weights[e]!);
    }
  }

  const sub = index.submissions[p]!;
  const labels = new Map<number, { label: string; kind: "unigram" | "bigram" }>();
  for (const text of [sub.title, sub.abstract]) {
    for (const occ of termOccurrences(analyzeText(text))) {
      const t = index.table.get(occ.hash);
      if (t >= 0 && !labels.has(t)) labels.set(t, { label: occ.label, kind: occ.kind });
    }
  }

  const terms = [...contribution.entries()]
    .filter(([, c]) => c > 0)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, options.maxTerms ?? 10)
    .map(([t, c]) => ({ term: labels.get(t)?.label ?? "?", kind: labels.get(t)?.kind ?? "unigram", contribution: c }));

  const pubs = index.reviewers[r]!.publications;
  const publications = ranked.slice(0, options.maxPublications ?? 3).map(({ i, similarity }) => {
    const source = index.pubSource[first + i]!;
    const pub = pubs[source]!;
    return { index: source, title: pub.title, ...(pub.year !== undefined ? { year: pub.year } : {}), similarity };
  });

  const tops = new Float64Array(opts.topPublications);
  for (const s of sims) insertDescending(tops, s);
  return { paperId, reviewerId, score: aggregateTops(tops, 0, opts.topPublications, sims.length, opts.maxWeight), publications, terms };
}
