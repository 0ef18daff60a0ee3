// Minimum-norm least squares on nested designs: the first p columns of one X for increasing p
// (model-wise double descent, random features), or the first n rows for increasing n (sample-wise).
//
// No pseudo-inverse is formed. With k = min(rows, cols) of the sub-design the fit solves a k×k
// positive-definite system by Cholesky:
//   cols < rows:  (XᵀX) β̂ = Xᵀy                 (the unique LS solution)
//   cols ≥ rows:  (XXᵀ) α = y,  β̂ = Xᵀα        (the interpolating solution of least norm, = X⁺y)
// Nesting makes both sides cheap:
//   - on the "small side" the k×k Gram of a prefix is the leading block of the Gram of the largest
//     prefix, and so is its Cholesky factor: one factorization serves every smaller size;
//   - on the "large side" the Gram has fixed size and grows by a sum of outer products as columns
//     (or rows) are added, so it is accumulated once and only refactored per size.

import {
  backSubstituteTransposed,
  choleskyInPlace,
  choleskySolve,
  copyLower,
  dot,
  forwardSubstitute,
  gramAddLower,
  transpose,
} from "./dense";

/** β̂ of length p, or null when the Gram matrix was not numerically positive definite. */
export type FitVisitor = (size: number, betaHat: Float64Array | null) => void;

function assertAscending(sizes: readonly number[], max: number): void {
  for (let i = 0; i < sizes.length; i++) {
    const s = sizes[i]!;
    if (!Number.isInteger(s) || s < 1 || s > max || (i > 0 && s <= sizes[i - 1]!)) {
      throw new RangeError(`sizes must be strictly increasing integers in [1, ${max}], got ${sizes.join(",")}`);
    }
  }
}

/**
 * For each p in `ps` (strictly increasing), fits min-norm LS of `target(p)` (length n) on the first p
 * columns of X (n×P, row-major) and hands β̂ to `visit`. β̂ is only valid during the call.
 * `between` runs after each size (progress, cancellation).
 */
export async function fitColumnPrefixes(
  X: Float64Array,
  n: number,
  P: number,
  ps: readonly number[],
  target: (p: number) => Float64Array,
  visit: FitVisitor,
  between: () => Promise<void>,
): Promise<void> {
  assertAscending(ps, P);
  const small = ps.filter((p) => p < n);
  const large = ps.filter((p) => p >= n);
  const beta = new Float64Array(ps.length ? ps[ps.length - 1]! : 0);

  if (small.length) {
    const pMax = small[small.length - 1]!;
    // Xᵀ restricted to pMax columns: column dot products become contiguous row dot products.
    const Xt = transpose(X, n, pMax, P);
    const L = new Float64Array(pMax * pMax);
    gramAddLower(Xt, n, pMax, 0, n, L);
    const ok = choleskyInPlace(L, pMax, pMax);
    // A failed pivot at index k only invalidates sizes > k; we do not track k and reject all (never
    // seen with Gaussian or ReLU designs at p ≤ n − 1).
    for (const p of small) {
      if (!ok) {
        visit(p, null);
      } else {
        const y = target(p);
        const b = beta.subarray(0, p);
        for (let j = 0; j < p; j++) b[j] = dot(Xt, j * n, y, 0, n);
        forwardSubstitute(L, pMax, p, b);
        backSubstituteTransposed(L, pMax, p, b);
        visit(p, b);
      }
      await between();
    }
  }

  if (large.length) {
    const G = new Float64Array(n * n);
    const L = new Float64Array(n * n);
    const alpha = new Float64Array(n);
    let done = 0;
    for (const p of large) {
      gramAddLower(X, P, n, done, p, G);
      done = p;
      copyLower(G, L, n);
      if (!choleskyInPlace(L, n, n)) {
        visit(p, null);
      } else {
        alpha.set(target(p));
        choleskySolve(L, n, n, alpha);
        const b = beta.subarray(0, p);
        b.fill(0);
        for (let i = 0; i < n; i++) {
          const a = alpha[i]!;
          const r = i * P;
          for (let j = 0; j < p; j++) b[j] = b[j]! + a * X[r + j]!;
        }
        visit(p, b);
      }
      await between();
    }
  }
}

/**
 * For each n in `ns` (strictly increasing), fits min-norm LS of y[0..n) on the first n rows of X (N×p,
 * row-major) and hands β̂ (length p) to `visit`.
 */
export async function fitRowPrefixes(
  X: Float64Array,
  N: number,
  p: number,
  ns: readonly number[],
  y: Float64Array,
  visit: FitVisitor,
  between: () => Promise<void>,
): Promise<void> {
  assertAscending(ns, N);
  const small = ns.filter((n) => n < p);
  const large = ns.filter((n) => n >= p);
  const beta = new Float64Array(p);

  if (small.length) {
    const nMax = small[small.length - 1]!;
    const L = new Float64Array(nMax * nMax);
    gramAddLower(X, p, nMax, 0, p, L);
    const ok = choleskyInPlace(L, nMax, nMax);
    const alpha = new Float64Array(nMax);
    for (const n of small) {
      if (!ok) {
        visit(n, null);
      } else {
        const a = alpha.subarray(0, n);
        a.set(y.subarray(0, n));
        forwardSubstitute(L, nMax, n, a);
        backSubstituteTransposed(L, nMax, n, a);
        beta.fill(0);
        for (let i = 0; i < n; i++) {
          const ai = a[i]!;
          const r = i * p;
          for (let j = 0; j < p; j++) beta[j] = beta[j]! + ai * X[r + j]!;
        }
        visit(n, beta);
      }
      await between();
    }
  }

  if (large.length) {
    const Xt = transpose(X, N, p);
    const G = new Float64Array(p * p);
    const L = new Float64Array(p * p);
    const Xty = new Float64Array(p);
    let done = 0;
    for (const n of large) {
      gramAddLower(Xt, N, p, done, n, G);
      for (let i = done; i < n; i++) {
        const yi = y[i]!;
        const r = i * p;
        for (let j = 0; j < p; j++) Xty[j] = Xty[j]! + yi * X[r + j]!;
      }
      done = n;
      copyLower(G, L, p);
      if (!choleskyInPlace(L, p, p)) {
        visit(n, null);
      } else {
        beta.set(Xty);
        choleskySolve(L, p, p, beta);
        visit(n, beta);
      }
      await between();
    }
  }
}
