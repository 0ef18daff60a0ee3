// Metrics of the gold-standard reviewer-paper match dataset (Stelmakh, Wieting, Xi, Neubig,
// Shah, TMLR 2025; github.com/niharshah/goldstandard-reviewer-paper-match), ported from its
// scripts/scoring.py so our figures are comparable with the published ones:
//  - main loss: for each participant and each pair of papers they rated, an inversion of the
//    predicted order costs |Δexpertise|, a predicted tie costs half of it; normalised by
//    Σ|Δexpertise| (a weighted Kendall-tau distance, 0 = perfect, 0.5 ≈ random);
//  - resolution: share of correctly ordered "easy" pairs (one rating ≥ 4, the other ≤ 2) and
//    "hard" pairs (both ≥ 4, unequal), each mistake costing 1.
import Papa from "papaparse";

/** reviewer → paper → value; insertion order is the order pairs are enumerated. */
export type Ratings = Map<string, Map<string, number>>;

/** Parses data/evaluations.csv (tab-separated ParticipantID, Paper1..10, Expertise1..10). */
export function parseEvaluations(tsv: string): Ratings {
  const parsed = Papa.parse<Record<string, string>>(tsv.replace(/[\r\n]+$/, ""), { header: true, delimiter: "\t", skipEmptyLines: true });
  if (parsed.errors.length > 0) {
    const e = parsed.errors[0]!;
    throw new Error(`evaluations: row ${(e.row ?? 0) + 2}: ${e.message}`);
  }
  const refs: Ratings = new Map();
  parsed.data.forEach((row, i) => {
    const id = row.ParticipantID?.trim();
    if (!id) throw new Error(`evaluations: row ${i + 2} has no ParticipantID`);
    const papers = new Map<string, number>();
    for (let x = 1; x <= 10; x++) {
      const paper = row[`Paper${x}`]?.trim();
      if (!paper) continue;
      const value = Number(row[`Expertise${x}`]);
      if (!Number.isFinite(value)) throw new Error(`evaluations: row ${i + 2}: Expertise${x} "${row[`Expertise${x}`]}" is not a number`);
      papers.set(paper, value);
    }
    refs.set(id, papers);
  });
  return refs;
}

function* pairsOf<T>(xs: readonly T[]): Generator<[T, T]> {
  for (let i = 0; i < xs.length; i++) for (let j = i + 1; j < xs.length; j++) yield [xs[i]!, xs[j]!];
}

function predicted(preds: Ratings, reviewer: string, paper: string): number {
  const v = preds.get(reviewer)?.get(paper);
  if (v === undefined) throw new Error(`no prediction for reviewer ${reviewer}, paper ${paper}`);
  return v;
}

export function mainLoss(preds: Ratings, refs: Ratings, validPapers: ReadonlySet<string>, validReviewers: Iterable<string>): number {
  let maxLoss = 0;
  let loss = 0;
  for (const reviewer of validReviewers) {
    const ref = refs.get(reviewer);
    if (!ref) continue;
    for (const [p1, p2] of pairsOf([...ref.keys()])) {
      if (!validPapers.has(p1) || !validPapers.has(p2)) continue;
      const predDiff = predicted(preds, reviewer, p1) - predicted(preds, reviewer, p2);
      const trueDiff = ref.get(p1)! - ref.get(p2)!;
      maxLoss += Math.abs(trueDiff);
      if (predDiff * trueDiff === 0) loss += Math.abs(trueDiff) / 2;
      if (predDiff * trueDiff < 0) loss += Math.abs(trueDiff);
    }
  }
  return maxLoss > 0 ? loss / maxLoss : 0;
}

export interface Resolution {
  score: number;
  correct: number;
  total: number;
}

export function resolution(
  preds: Ratings,
  refs: Ratings,
  validPapers: ReadonlySet<string>,
  validReviewers: Iterable<string>,
  regime: "easy" | "hard",
): Resolution {
  let total = 0;
  let correct = 0;
  for (const reviewer of validReviewers) {
    const ref = refs.get(reviewer);
    if (!ref) continue;
    for (const [p1, p2] of pairsOf([...ref.keys()])) {
      if (!validPapers.has(p1) || !validPapers.has(p2)) continue;
      const s1 = ref.get(p1)!;
      const s2 = ref.get(p2)!;
      if (s1 === s2) continue;
      if (regime === "hard" && Math.min(s1, s2) < 4) continue;
      if (regime === "easy" && (Math.max(s1, s2) < 4 || Math.min(s1, s2) > 2)) continue;
      total++;
      if ((predicted(preds, reviewer, p1) - predicted(preds, reviewer, p2)) * (s1 - s2) > 0) correct++;
    }
  }
  return { score: total > 0 ? correct / total : 0, correct, total };
}
