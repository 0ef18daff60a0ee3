// Edge of stability (Cohen et al., ICLR 2021): under full-batch GD with step η, the sharpness (top
// Hessian eigenvalue) of a neural network's loss rises ("progressive sharpening") until it reaches 2/η,
// the stability limit of GD on a quadratic, and then hovers there while the loss keeps falling
// non-monotonically. For small η, 2/η is above what gradient flow reaches and the sharpness never
// gets there.

import { z } from "zod";
import { defineKernel } from "./kernel";
import { Rng } from "./rng";
import { createCheckpoint, type RunContext } from "./run-context";
import { topEigenvalue } from "./sharpness";
import { finiteOrNull, mean } from "./stats";
import { TanhMlp } from "./tanh-mlp";

export const edgeOfStabilityParams = z
  .strictObject({
    lrs: z.array(z.number().positive().max(100)).min(1).max(16).default([0.1, 0.2, 0.3]),
    steps: z.number().int().min(1).max(100_000).default(3000),
    width: z.number().int().min(1).max(1024).default(50),
    depth: z.number().int().min(1).max(6).default(2),
    n: z.number().int().min(1).max(5000).default(200),
    d: z.number().int().min(1).max(1000).default(10),
    /** Sharpness is measured every `every` steps (and at the end). */
    every: z.number().int().min(1).max(100_000).default(100),
    /** Fraction of the trajectory, at its end, over which the hover statistics are taken. */
    tail: z.number().gt(0).max(1).default(0.5),
    seed: z.number().int().min(0).max(0xffffffff).default(0),
  })
  .superRefine((v, ctx) => {
    const params = v.d * v.width + v.width + (v.depth - 1) * (v.width * v.width + v.width) + v.width + 1;
    const work = params * v.n * v.steps * v.lrs.length;
    if (work > 2e11) ctx.addIssue({ code: "custom", path: ["steps"], message: `parameters·n·steps·lrs = ${work.toExponential(2)} exceeds 2e11` });
  });

export type EdgeOfStabilityParams = z.output<typeof edgeOfStabilityParams>;

export interface SharpnessSample {
  step: number;
  loss: number | null;
  sharpness: number | null;
}

export interface EdgeOfStabilityPoint {
  lr: number;
  /** Top Hessian eigenvalue at the end of training (null if training diverged). */
  sharpness: number | null;
  two_over_lr: number;
  /** Mean sharpness over the last `tail` fraction of the trajectory, and its ratio to 2/η. */
  tail_mean_sharpness: number | null;
  tail_ratio: number | null;
  /** Largest |sharpness/(2/η) − 1| over the tail. */
  tail_max_rel_deviation: number | null;
  /** Whether the sharpness came within 5% of 2/η at some point (the regime where EoS applies). */
  reached_edge: boolean;
  final_loss: number | null;
  diverged: boolean;
}

export interface EdgeOfStabilityResult {
  points: EdgeOfStabilityPoint[];
  trajectories: { lr: number; samples: SharpnessSample[] }[];
  num_params: number;
}

function syntheticData(rng: Rng, n: number, d: number): { X: Float64Array; y: Float64Array } {
  // A smooth single-index target y = sin(2 uᵀx/√d): learnable, not linear, so the network has to bend.
  const X = rng.fillNormal(new Float64Array(n * d));
  const u = rng.fillNormal(new Float64Array(d));
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let k = 0; k < d; k++) s += X[i * d + k]! * u[k]!;
    y[i] = Math.sin((2 * s) / Math.sqrt(d));
  }
  return { X, y };
}

async function run(params: EdgeOfStabilityParams, ctx: RunContext): Promise<EdgeOfStabilityResult> {
  const { steps, width, depth, n, d, every, tail, seed } = params;
  const { X, y } = syntheticData(Rng.stream(seed, 0), n, d);
  const net = new TanhMlp([d, ...Array<number>(depth).fill(width), 1], X, y, n);
  // The same initialization for every step size, so that only η differs between the runs.
  const initRng = Rng.stream(seed, 1);
  const theta0 = net.init(() => initRng.normal());
  const start0 = Rng.stream(seed, 2).fillNormal(new Float64Array(net.numParams));
  const checkpoint = createCheckpoint(ctx);
  const grad = new Float64Array(net.numParams);
  const points: EdgeOfStabilityPoint[] = [];
  const trajectories: EdgeOfStabilityResult["trajectories"] = [];

  for (let li = 0; li < params.lrs.length; li++) {
    const lr = params.lrs[li]!;
    const theta = theta0.slice();
    let start = start0;
    const samples: SharpnessSample[] = [];
    let diverged = false;
    let loss = NaN;
    for (let t = 0; t <= steps; t++) {
      loss = net.gradient(theta, grad);
      if (!Number.isFinite(loss)) {
        diverged = true;
        samples.push({ step: t, loss: null, sharpness: null });
        break;
      }
      if (t % every === 0 || t === steps) {
        // gradient() left the caches at θ; the HVPs reuse them.
        const est = topEigenvalue((v, out) => net.hvp(theta, v, out), net.numParams, start, { tol: 1e-5, maxIter: 500 });
        start = est.vector;
        samples.push({ step: t, loss, sharpness: finiteOrNull(est.value) });
        await checkpoint((li + t / steps) / params.lrs.length);
      }
      if (t === steps) break;
      for (let k = 0; k < theta.length; k++) theta[k] = theta[k]! - lr * grad[k]!;
    }
    const edge = 2 / lr;
    const tailFrom = steps * (1 - tail);
    const tailValues = diverged ? [] : samples.filter((s) => s.step >= tailFrom && s.sharpness !== null).map((s) => s.sharpness!);
    const tailMean = tailValues.length ? mean(tailValues) : NaN;
    const last = samples[samples.length - 1];
    points.push({
      lr,
      sharpness: diverged ? null : (last?.sharpness ?? null),
      two_over_lr: edge,
      tail_mean_sharpness: finiteOrNull(tailMean),
      tail_ratio: finiteOrNull(tailMean / edge),
      tail_max_rel_deviation: tailValues.length ? Math.max(...tailValues.map((s) => Math.abs(s / edge - 1))) : null,
      reached_edge: samples.some((s) => s.sharpness !== null && s.sharpness >= 0.95 * edge),
      final_loss: diverged ? null : finiteOrNull(loss),
      diverged,
    });
    trajectories.push({ lr, samples });
  }
  await checkpoint(1);
  return { points, trajectories, num_params: net.numParams };
}

export const edgeOfStabilityKernel = defineKernel({
  description:
    "Full-batch GD on a small tanh MLP with squared loss; sharpness (top Hessian eigenvalue, power iteration on " +
    "exact HVPs) along training, checked for rising to 2/η and hovering there (±5%).",
  paramsSchema: edgeOfStabilityParams,
  run,
  theory: (params: EdgeOfStabilityParams) => ({
    points: params.lrs.map((lr) => ({ lr, two_over_lr: 2 / lr })),
    note: "Where gradient flow would exceed 2/η, GD's sharpness settles at 2/η ± 5% (Cohen et al. 2021); otherwise it stays below.",
  }),
});
