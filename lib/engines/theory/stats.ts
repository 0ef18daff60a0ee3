// Small summary statistics shared by the kernels' result builders.

export function mean(xs: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i]!;
  return s / xs.length;
}

export function median(xs: ArrayLike<number>): number {
  const s = Array.from(xs).sort((a, b) => a - b);
  const h = s.length >> 1;
  return s.length % 2 ? s[h]! : (s[h - 1]! + s[h]!) / 2;
}

/** Unbiased sample standard deviation (0 for a single value). */
export function sampleStd(xs: ArrayLike<number>): number {
  if (xs.length < 2) return 0;
  const m = mean(xs);
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += (xs[i]! - m) ** 2;
  return Math.sqrt(s / (xs.length - 1));
}

export function standardError(xs: ArrayLike<number>): number {
  return sampleStd(xs) / Math.sqrt(xs.length);
}

/** Least-squares slope of log y against log x (the exponent of a power law y ∝ x^slope). */
export function logLogSlope(xs: readonly number[], ys: readonly number[]): number {
  const lx = xs.map(Math.log);
  const ly = ys.map(Math.log);
  const mx = mean(lx);
  const my = mean(ly);
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < lx.length; i++) {
    sxy += (lx[i]! - mx) * (ly[i]! - my);
    sxx += (lx[i]! - mx) ** 2;
  }
  return sxy / sxx;
}

/** JSON has no Infinity/NaN (JSON.stringify would silently write null anyway); make it explicit. */
export function finiteOrNull(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}
