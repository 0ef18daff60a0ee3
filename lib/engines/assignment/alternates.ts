// Alternates: per paper, the k best eligible reviewers it did not get, by score (ties to the smaller
// reviewer id). Loads are ignored on purpose: a chair replacing a reviewer who drops out wants the
// best fit first and decides about overloading; a full reviewer is still the right person to ask.
import type { CompiledProblem } from "./compile";
import type { AlternatePair } from "./types";

export function pickAlternates(cp: CompiledProblem, x: Uint8Array, k: number): AlternatePair[] {
  const out: AlternatePair[] = [];
  if (k <= 0) return out;
  const candidates: number[] = [];
  for (let p = 0; p < cp.paperIds.length; p++) {
    candidates.length = 0;
    for (let a = cp.arcStart[p]!; a < cp.arcStart[p + 1]!; a++) if (!x[a]) candidates.push(a);
    // Arcs are in reviewer-id order, so a stable sort by score keeps the id tie-break.
    candidates.sort((a, b) => cp.arcScore[b]! - cp.arcScore[a]!);
    for (let i = 0; i < Math.min(k, candidates.length); i++) {
      const a = candidates[i]!;
      out.push({ paper: cp.paperIds[p]!, reviewer: cp.reviewerIds[cp.arcReviewer[a]!]!, score: cp.arcScore[a]! });
    }
  }
  return out;
}
