// The two-layer ReLU network in NTK parameterization, f(x) = (1/√m) Σ_r a_r relu(w_rᵀx) with
// w_r ~ N(0, I_d), a_r ~ ±1, shared by the lazy-training and NTK kernels.

import type { Rng } from "./rng";

/** n points uniform on the unit sphere of R^d, row-major n × d. Unit norms make H∞ well scaled and
 * its diagonal equal to 1/2 (first layer) and 1/2 + 1/2 (both layers). */
export function unitSpherePoints(rng: Rng, n: number, d: number): Float64Array {
  const X = rng.fillNormal(new Float64Array(n * d));
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let k = 0; k < d; k++) s += X[i * d + k]! ** 2;
    const inv = 1 / Math.sqrt(s);
    for (let k = 0; k < d; k++) X[i * d + k] = X[i * d + k]! * inv;
  }
  return X;
}

export interface TwoLayerRelu {
  m: number;
  d: number;
  /** m × d, row-major. */
  W: Float64Array;
  /** ±1, fixed (only W is trained in the lazy-training kernel). */
  a: Float64Array;
}

export function initTwoLayerRelu(rng: Rng, m: number, d: number): TwoLayerRelu {
  const W = rng.fillNormal(new Float64Array(m * d));
  const a = new Float64Array(m);
  for (let r = 0; r < m; r++) a[r] = rng.sign();
  return { m, d, W, a };
}

/**
 * The infinite-width NTK of the network (Jacot et al. 2018; Du et al. 2018), with θ the angle between x
 * and y: first layer xᵀy(π − θ)/(2π); the second layer adds ‖x‖‖y‖(sin θ + (π − θ)cos θ)/(2π)
 * (the degree-1 arc-cosine kernel of Cho & Saul 2009).
 */
export function analyticNtk(x: Float64Array, xOff: number, y: Float64Array, yOff: number, d: number): { first: number; second: number } {
  let xy = 0, xx = 0, yy = 0;
  for (let k = 0; k < d; k++) {
    const a = x[xOff + k]!;
    const b = y[yOff + k]!;
    xy += a * b;
    xx += a * a;
    yy += b * b;
  }
  const norms = Math.sqrt(xx * yy);
  const cos = norms > 0 ? Math.min(1, Math.max(-1, xy / norms)) : 1;
  const theta = Math.acos(cos);
  return {
    first: (xy * (Math.PI - theta)) / (2 * Math.PI),
    second: (norms * (Math.sqrt(1 - cos * cos) + (Math.PI - theta) * cos)) / (2 * Math.PI),
  };
}
