// Reviewer-level score from per-publication similarities: a mix of the best match (a
// reviewer who wrote one very close paper is an expert) and the mean of the best few
// (evidence that the expertise is not a one-off).

/** tops[base..base+k) descending, padded with 0; count = publications the reviewer has. */
export function aggregateTops(tops: Float64Array, base: number, k: number, pubCount: number, maxWeight: number): number {
  const m = Math.min(k, pubCount);
  if (m === 0) return 0;
  let sum = 0;
  for (let i = 0; i < m; i++) sum += tops[base + i]!;
  return maxWeight * tops[base]! + ((1 - maxWeight) * sum) / m;
}
