// Selection helpers for per-paper candidate lists.

/**
 * The k-th largest of values[0..n) (1-based k), by in-place quickselect on `scratch`.
 * O(n) expected, where sorting every paper's 15k reviewer scores would be O(n log n).
 */
export function kthLargest(values: Float64Array, n: number, k: number, scratch: Float64Array): number {
  if (k <= 0 || n === 0) return Infinity;
  if (k >= n) {
    let min = Infinity;
    for (let i = 0; i < n; i++) if (values[i]! < min) min = values[i]!;
    return min;
  }
  for (let i = 0; i < n; i++) scratch[i] = values[i]!;
  let lo = 0;
  let hi = n - 1;
  const target = k - 1; // index in descending order
  while (lo < hi) {
    const pivot = scratch[(lo + hi) >>> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (scratch[i]! > pivot) i++;
      while (scratch[j]! < pivot) j--;
      if (i <= j) {
        const t = scratch[i]!;
        scratch[i] = scratch[j]!;
        scratch[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return scratch[target]!;
}

/** Inserts v into the descending list tops[base .. base+k), dropping the smallest. */
export function insertTop(tops: Float64Array, base: number, k: number, v: number): void {
  if (v <= tops[base + k - 1]!) return;
  let i = base + k - 1;
  while (i > base && tops[i - 1]! < v) {
    tops[i] = tops[i - 1]!;
    i--;
  }
  tops[i] = v;
}
