// Empirical NTK of a width-m two-layer ReLU network against its infinite-width limit. At initialization
// each kernel entry is an average of m i.i.d. terms (one per hidden unit) whose mean is the analytic
// kernel, so E‖K_m − H∞‖²_F = C/m exactly and the RMS error over seeds has log–log slope −1/2.

import { z } from "zod";
import { defineKernel } from "./kernel";
import { Rng } from "./rng";
import { createCheckpoint, type RunContext } from "./run-context";
import { logLogSlope } from "./stats";
import { analyticNtk, initTwoLayerRelu, unitSpherePoints } from "./two-layer-relu";

export const ntkParams = z
  .strictObject({
    widths: z
      .array(z.number().int().min(1).max(1_048_576))
      .min(2)
      .max(32)
      .default([16, 64, 256, 1024, 4096, 16384]),
    n: z.number().int().min(2).max(500).default(20),
    d: z.number().int().min(2).max(1000).default(5),
    seeds: z.array(z.number().int().min(0).max(0xffffffff)).min(1).max(1000).default([0, 1, 2, 3, 4]),
  })
  .superRefine((v, ctx) => {
    if (new Set(v.widths).size !== v.widths.length) ctx.addIssue({ code: "custom", path: ["widths"], message: "widths must be distinct" });
    if (new Set(v.seeds).size !== v.seeds.length) ctx.addIssue({ code: "custom", path: ["seeds"], message: "seeds must be distinct" });
    const work = v.widths.reduce((s, m) => s + m, 0) * v.n * (v.n + v.d) * v.seeds.length;
    if (work > 5e10) ctx.addIssue({ code: "custom", path: ["widths"], message: `Σwidths·n·(n + d)·seeds = ${work.toExponential(2)} exceeds 5e10` });
  });

export type NtkParams = z.output<typeof ntkParams>;

export interface NtkPoint {
  width: number;
  /** ‖K_m − H∞‖_F / ‖H∞‖_F, root mean square over seeds; first layer trained only. */
  rel_error_first: number;
  /** The same for the kernel of both layers. */
  rel_error_both: number;
}

export interface NtkResult {
  points: NtkPoint[];
  slope_first: number;
  slope_both: number;
  expected_slope: -0.5;
}

/** Relative Frobenius errors of one width-m empirical NTK on the points X (n × d). */
function ntkErrors(X: Float64Array, n: number, d: number, m: number, rng: Rng): { first: number; both: number } {
  const { W, a } = initTwoLayerRelu(rng, m, d);
  // Pre-activations, n × m; the kernel sums over units for every pair of points.
  const Z = new Float64Array(n * m);
  for (let i = 0; i < n; i++) {
    for (let r = 0; r < m; r++) {
      let s = 0;
      for (let k = 0; k < d; k++) s += X[i * d + k]! * W[r * d + k]!;
      Z[i * m + r] = s;
    }
  }
  let e1 = 0, h1 = 0, eb = 0, hb = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      // ∂f/∂w_r = a_r 1[z_r > 0] x/√m and ∂f/∂a_r = relu(z_r)/√m.
      let act = 0, relu = 0;
      for (let r = 0; r < m; r++) {
        const zi = Z[i * m + r]!;
        const zj = Z[j * m + r]!;
        if (zi > 0 && zj > 0) {
          act += a[r]! * a[r]!;
          relu += zi * zj;
        }
      }
      let xx = 0;
      for (let k = 0; k < d; k++) xx += X[i * d + k]! * X[j * d + k]!;
      const k1 = (xx * act) / m;
      const k2 = relu / m;
      const h = analyticNtk(X, i * d, X, j * d, d);
      const w = i === j ? 1 : 2; // symmetric: off-diagonal entries count twice in the Frobenius norm
      e1 += w * (k1 - h.first) ** 2;
      h1 += w * h.first ** 2;
      eb += w * (k1 + k2 - h.first - h.second) ** 2;
      hb += w * (h.first + h.second) ** 2;
    }
  }
  return { first: Math.sqrt(e1 / h1), both: Math.sqrt(eb / hb) };
}

async function run(params: NtkParams, ctx: RunContext): Promise<NtkResult> {
  const { n, d, seeds } = params;
  const widths = [...params.widths].sort((x, y) => x - y);
  const checkpoint = createCheckpoint(ctx);
  const total = widths.reduce((s, m) => s + m, 0) * seeds.length;
  let done = 0;
  const sq1 = widths.map(() => 0);
  const sqb = widths.map(() => 0);
  for (const seed of seeds) {
    const X = unitSpherePoints(Rng.stream(seed, 0), n, d);
    for (let w = 0; w < widths.length; w++) {
      const m = widths[w]!;
      const e = ntkErrors(X, n, d, m, Rng.stream(seed, 1 + m));
      sq1[w]! += e.first ** 2;
      sqb[w]! += e.both ** 2;
      done += m;
      await checkpoint(done / total);
    }
  }
  await checkpoint(1);
  // RMS rather than mean: the mean square error is exactly C/m, so its root has exactly slope −1/2.
  const points = widths.map((width, w) => ({
    width,
    rel_error_first: Math.sqrt(sq1[w]! / seeds.length),
    rel_error_both: Math.sqrt(sqb[w]! / seeds.length),
  }));
  const ms = points.map((p) => p.width);
  return {
    points,
    slope_first: logLogSlope(ms, points.map((p) => p.rel_error_first)),
    slope_both: logLogSlope(ms, points.map((p) => p.rel_error_both)),
    expected_slope: -0.5,
  };
}

export const ntkKernel = defineKernel({
  description:
    "Empirical NTK of a width-m two-layer ReLU network at initialization against the analytic infinite-width " +
    "kernel (first layer; both layers); relative error against m, checked for the ~1/√m decay.",
  paramsSchema: ntkParams,
  run,
  theory: () => ({
    slope: -0.5,
    first_layer: "xᵀy(π − θ)/(2π)",
    second_layer_adds: "‖x‖‖y‖(sin θ + (π − θ)cos θ)/(2π)",
  }),
});
