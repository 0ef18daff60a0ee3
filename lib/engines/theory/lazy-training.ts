// Lazy training: under NTK parameterization the first-layer weights of a wide two-layer ReLU network
// barely move during gradient descent; ‖W_T − W_0‖_F/‖W_0‖_F ∝ m^(−1/2) (Lee et al. 2019; Chizat,
// Oyallon & Bach 2019). Each w_r receives a gradient of order 1/√m while the function moves by O(1),
// so ‖W_T − W_0‖_F stays O(1) and ‖W_0‖_F = √(m d).

import { z } from "zod";
import { defineKernel } from "./kernel";
import { Rng } from "./rng";
import { createCheckpoint, type RunContext } from "./run-context";
import { logLogSlope, mean, standardError } from "./stats";
import { initTwoLayerRelu, unitSpherePoints } from "./two-layer-relu";

export const lazyTrainingParams = z
  .strictObject({
    widths: z
      .array(z.number().int().min(2).max(65_536))
      .min(2)
      .max(32)
      .default([64, 128, 256, 512, 1024, 2048, 4096]),
    n: z.number().int().min(1).max(2000).default(32),
    d: z.number().int().min(1).max(1000).default(8),
    steps: z.number().int().min(1).max(100_000).default(500),
    lr: z.number().positive().max(100).default(1),
    seeds: z.array(z.number().int().min(0).max(0xffffffff)).min(1).max(100).default([0, 1, 2, 3, 4]),
  })
  .superRefine((v, ctx) => {
    if (new Set(v.widths).size !== v.widths.length) ctx.addIssue({ code: "custom", path: ["widths"], message: "widths must be distinct" });
    if (new Set(v.seeds).size !== v.seeds.length) ctx.addIssue({ code: "custom", path: ["seeds"], message: "seeds must be distinct" });
    const work = v.widths.reduce((s, m) => s + m, 0) * v.n * v.d * v.steps * v.seeds.length;
    if (work > 2e11) ctx.addIssue({ code: "custom", path: ["steps"], message: `Σwidths·n·d·steps·seeds = ${work.toExponential(2)} exceeds 2e11` });
  });

export type LazyTrainingParams = z.output<typeof lazyTrainingParams>;

export interface LazyTrainingPoint {
  width: number;
  /** ‖W_T − W_0‖_F / ‖W_0‖_F, mean over seeds. */
  rel_change: number;
  rel_change_se: number;
  /** ½·mean squared error at the end of training, mean over seeds. */
  final_loss: number;
  initial_loss: number;
}

export interface LazyTrainingResult {
  points: LazyTrainingPoint[];
  /** Least-squares slope of log rel_change against log width. */
  slope: number;
  expected_slope: -0.5;
}

/** Trains W by full-batch GD on L = (1/2n) Σ (f(x_i) − y_i)² and returns the relative change of W. */
async function trainOne(
  X: Float64Array,
  y: Float64Array,
  n: number,
  d: number,
  m: number,
  steps: number,
  lr: number,
  rng: Rng,
  tick: (stepFraction: number) => Promise<void>,
): Promise<{ relChange: number; initialLoss: number; finalLoss: number }> {
  const { W, a } = initTwoLayerRelu(rng, m, d);
  const W0 = W.slice();
  const Z = new Float64Array(m * n);
  const f = new Float64Array(n);
  const e = new Float64Array(n);
  const g = new Float64Array(d);
  const invSqrtM = 1 / Math.sqrt(m);
  let initialLoss = NaN;
  let loss = NaN;
  // Yield roughly every 2^22 multiply-adds so cancellation stays responsive at every width.
  const stepsPerTick = Math.max(1, Math.floor(4_194_304 / (2 * m * n * d)));

  const forward = (): number => {
    f.fill(0);
    for (let r = 0; r < m; r++) {
      const wr = r * d;
      const zr = r * n;
      const ar = a[r]!;
      for (let i = 0; i < n; i++) {
        const xi = i * d;
        let z = 0;
        for (let k = 0; k < d; k++) z += W[wr + k]! * X[xi + k]!;
        Z[zr + i] = z;
        if (z > 0) f[i] = f[i]! + ar * z;
      }
    }
    let l = 0;
    for (let i = 0; i < n; i++) {
      e[i] = f[i]! * invSqrtM - y[i]!;
      l += e[i]! ** 2;
    }
    return l / (2 * n);
  };

  for (let t = 0; t < steps; t++) {
    loss = forward();
    if (t === 0) initialLoss = loss;
    for (let r = 0; r < m; r++) {
      g.fill(0);
      const zr = r * n;
      for (let i = 0; i < n; i++) {
        if (Z[zr + i]! > 0) {
          const ei = e[i]!;
          const xi = i * d;
          for (let k = 0; k < d; k++) g[k] = g[k]! + ei * X[xi + k]!;
        }
      }
      const c = (lr * a[r]! * invSqrtM) / n;
      const wr = r * d;
      for (let k = 0; k < d; k++) W[wr + k] = W[wr + k]! - c * g[k]!;
    }
    if ((t + 1) % stepsPerTick === 0) await tick((t + 1) / steps);
  }
  const finalLoss = forward();
  let num = 0, den = 0;
  for (let k = 0; k < W.length; k++) {
    num += (W[k]! - W0[k]!) ** 2;
    den += W0[k]! ** 2;
  }
  return { relChange: Math.sqrt(num / den), initialLoss, finalLoss };
}

async function run(params: LazyTrainingParams, ctx: RunContext): Promise<LazyTrainingResult> {
  const { n, d, steps, lr, seeds } = params;
  const widths = [...params.widths].sort((a, b) => a - b);
  const checkpoint = createCheckpoint(ctx);
  // Progress in units of work (∝ width), not of runs: the widest run dominates.
  const totalWork = widths.reduce((s, m) => s + m, 0) * seeds.length;
  let doneWork = 0;
  const rel = widths.map(() => [] as number[]);
  const finals = widths.map(() => [] as number[]);
  const initials = widths.map(() => [] as number[]);

  for (const seed of seeds) {
    // Stream 0: the data set; stream 1 + m: the initialization at width m (independent across widths).
    const dataRng = Rng.stream(seed, 0);
    const X = unitSpherePoints(dataRng, n, d);
    const u = unitSpherePoints(dataRng, 1, d);
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let k = 0; k < d; k++) s += X[i * d + k]! * u[k]!;
      y[i] = s >= 0 ? 1 : -1;
    }
    for (let w = 0; w < widths.length; w++) {
      const m = widths[w]!;
      const out = await trainOne(X, y, n, d, m, steps, lr, Rng.stream(seed, 1 + m), (frac) =>
        checkpoint((doneWork + frac * m) / totalWork),
      );
      doneWork += m;
      rel[w]!.push(out.relChange);
      finals[w]!.push(out.finalLoss);
      initials[w]!.push(out.initialLoss);
      await checkpoint(doneWork / totalWork);
    }
  }
  await checkpoint(1);
  const points = widths.map((width, w) => ({
    width,
    rel_change: mean(rel[w]!),
    rel_change_se: standardError(rel[w]!),
    final_loss: mean(finals[w]!),
    initial_loss: mean(initials[w]!),
  }));
  return {
    points,
    slope: logLogSlope(
      points.map((p) => p.width),
      points.map((p) => p.rel_change),
    ),
    expected_slope: -0.5,
  };
}

export const lazyTrainingKernel = defineKernel({
  description:
    "Full-batch GD on a two-layer ReLU network in NTK parameterization (first layer trained, squared loss); " +
    "relative change of the first-layer weights against width, checked for the log–log slope −1/2.",
  paramsSchema: lazyTrainingParams,
  run,
  theory: () => ({ slope: -0.5, note: "‖W_T − W_0‖_F / ‖W_0‖_F ∝ m^(−1/2) (Lee et al. 2019; Chizat et al. 2019)" }),
});
