// Top Hessian eigenvalue ("sharpness") by power iteration on exact Hessian-vector products.

export interface SharpnessEstimate {
  value: number;
  /** Unit eigenvector estimate; pass it back as the start of the next call (warm start). */
  vector: Float64Array;
  iterations: number;
}

/**
 * Largest algebraic eigenvalue of the symmetric operator `hvp`. Plain power iteration finds the
 * eigenvalue of largest magnitude; if that one is negative, a second pass on H + |λ|I (whose dominant
 * eigenvalue is λ_max + |λ|) recovers the top one. Stops when the Rayleigh quotient changes by less than
 * `tol` relatively. Warm starts from the previous eigenvector make trajectory tracking cheap: during
 * training the top eigenvector moves slowly.
 */
export function topEigenvalue(
  hvp: (v: Float64Array, out: Float64Array) => void,
  dim: number,
  start: Float64Array,
  { tol = 1e-5, maxIter = 300 }: { tol?: number; maxIter?: number } = {},
): SharpnessEstimate {
  const first = powerIterate(hvp, dim, start, 0, tol, maxIter);
  if (first.value >= 0) return first;
  const shift = -first.value;
  const second = powerIterate(hvp, dim, start, shift, tol, maxIter);
  return { value: second.value - shift, vector: second.vector, iterations: first.iterations + second.iterations };
}

function powerIterate(
  hvp: (v: Float64Array, out: Float64Array) => void,
  dim: number,
  start: Float64Array,
  shift: number,
  tol: number,
  maxIter: number,
): SharpnessEstimate {
  const v = start.slice();
  normalize(v);
  const w = new Float64Array(dim);
  let lambda = NaN;
  let it = 0;
  while (it < maxIter) {
    hvp(v, w);
    it++;
    let rq = 0;
    for (let k = 0; k < dim; k++) {
      w[k] = w[k]! + shift * v[k]!;
      rq += v[k]! * w[k]!;
    }
    const converged = Math.abs(rq - lambda) <= tol * Math.abs(rq);
    lambda = rq;
    v.set(w);
    if (!normalize(v) || converged) break;
  }
  return { value: lambda, vector: v, iterations: it };
}

function normalize(v: Float64Array): boolean {
  let s = 0;
  for (let k = 0; k < v.length; k++) s += v[k]! ** 2;
  if (!(s > 0)) return false;
  const inv = 1 / Math.sqrt(s);
  for (let k = 0; k < v.length; k++) v[k] = v[k]! * inv;
  return true;
}
