// Double descent of ridgeless random-features regression: ReLU features φ_j(x) = relu(w_jᵀx/√d) of
// Gaussian inputs, min-norm least squares on the first N features, test error against N/n.
// There is no closed form at finite size that we check; the known behaviour (Belkin et al. 2019,
// Mei & Montanari 2019) is a test-error peak at the interpolation threshold N = n.

import { z } from "zod";
import { defineKernel } from "./kernel";
import { fitColumnPrefixes } from "./nested-min-norm";
import { Rng } from "./rng";
import { createCheckpoint, type RunContext } from "./run-context";
import { finiteOrNull, mean, median, standardError } from "./stats";

export const randomFeaturesParams = z
  .strictObject({
    n: z.number().int().min(4).max(4000).default(200),
    d: z.number().int().min(1).max(1000).default(20),
    ratios: z
      .array(z.number().positive().max(50))
      .min(1)
      .max(64)
      .default([0.1, 0.25, 0.5, 0.75, 0.9, 1, 1.1, 1.25, 1.5, 2, 3, 5]),
    n_test: z.number().int().min(1).max(100_000).default(1000),
    sigma2: z.number().min(0).max(1e6).default(0.25),
    reps: z.number().int().min(1).max(10_000).default(10),
    seed: z.number().int().min(0).max(0xffffffff).default(0),
  })
  .superRefine((v, ctx) => {
    const Ns = v.ratios.map((r) => Math.round(r * v.n));
    Ns.forEach((N, i) => {
      if (v.ratios[i]! > 0 && N < 1) ctx.addIssue({ code: "custom", path: ["ratios", i], message: `ratio·n rounds to N = 0 features (n = ${v.n})` });
    });
    if (new Set(Ns).size !== Ns.length) {
      ctx.addIssue({ code: "custom", path: ["ratios"], message: `ratios must give distinct N = round(ratio·n); got N = ${Ns.join(", ")}` });
    }
    const NMax = Math.max(...Ns);
    if ((v.n + v.n_test) * NMax > 25_000_000) {
      ctx.addIssue({ code: "custom", path: ["ratios"], message: `(n + n_test)·max(N) = ${(v.n + v.n_test) * NMax} exceeds 25000000 feature entries` });
    }
  });

export type RandomFeaturesParams = z.output<typeof randomFeaturesParams>;

export interface RandomFeaturesPoint {
  /** N/n (rounded to a whole number of features). */
  ratio: number;
  N: number;
  /** Mean squared error on fresh inputs against the noiseless target. */
  test_mse_mean: number | null;
  test_mse_median: number | null;
  test_mse_se: number | null;
  /** Zero up to round-off once N ≥ n (interpolation). */
  train_mse_mean: number | null;
  failed: number;
}

export interface RandomFeaturesResult {
  points: RandomFeaturesPoint[];
  /** The ratio with the largest median test error; the known behaviour puts it at 1. */
  peak_ratio: number | null;
  expected_peak_ratio: 1;
}

/** relu(W x / √d) for every row x of Z (rows × d) and every row w of W (N × d); out is rows × N. */
function reluFeatures(Z: Float64Array, rows: number, W: Float64Array, N: number, d: number, out: Float64Array): void {
  const s = 1 / Math.sqrt(d);
  for (let i = 0; i < rows; i++) {
    const zi = i * d;
    const oi = i * N;
    for (let j = 0; j < N; j++) {
      const wj = j * d;
      let t = 0;
      for (let k = 0; k < d; k++) t += Z[zi + k]! * W[wj + k]!;
      out[oi + j] = t > 0 ? t * s : 0;
    }
  }
}

async function run(params: RandomFeaturesParams, ctx: RunContext): Promise<RandomFeaturesResult> {
  const { n, d, n_test: nTest, sigma2, reps, seed } = params;
  const ratios = [...params.ratios].sort((a, b) => a - b);
  const Ns = ratios.map((r) => Math.round(r * n));
  const NMax = Ns[Ns.length - 1]!;
  const test = Ns.map(() => [] as number[]);
  const train = Ns.map(() => [] as number[]);
  const failed = Ns.map(() => 0);
  const checkpoint = createCheckpoint(ctx);
  const sigma = Math.sqrt(sigma2);

  const Xtr = new Float64Array(n * d);
  const Xte = new Float64Array(nTest * d);
  const W = new Float64Array(NMax * d);
  const teacher = new Float64Array(d);
  const Ftr = new Float64Array(n * NMax);
  const Fte = new Float64Array(nTest * NMax);
  const yTr = new Float64Array(n);
  const fTr = new Float64Array(n);
  const fTe = new Float64Array(nTest);

  for (let rep = 0; rep < reps; rep++) {
    const rng = Rng.stream(seed, rep);
    rng.fillNormal(Xtr);
    rng.fillNormal(Xte);
    rng.fillNormal(W);
    // A linear teacher of unit signal variance: E(βᵀx)² = ‖β‖² = 1.
    rng.fillNormal(teacher);
    const tn = Math.sqrt(teacher.reduce((a, b) => a + b * b, 0)) || 1;
    for (let k = 0; k < d; k++) teacher[k] = teacher[k]! / tn;
    for (let i = 0; i < n; i++) {
      let t = 0;
      for (let k = 0; k < d; k++) t += Xtr[i * d + k]! * teacher[k]!;
      fTr[i] = t;
      yTr[i] = t + sigma * rng.normal();
    }
    for (let i = 0; i < nTest; i++) {
      let t = 0;
      for (let k = 0; k < d; k++) t += Xte[i * d + k]! * teacher[k]!;
      fTe[i] = t;
    }
    reluFeatures(Xtr, n, W, NMax, d, Ftr);
    reluFeatures(Xte, nTest, W, NMax, d, Fte);
    let k = 0;
    await fitColumnPrefixes(
      Ftr,
      n,
      NMax,
      Ns,
      () => yTr,
      (N, a) => {
        const idx = Ns.indexOf(N);
        if (!a) {
          failed[idx]!++;
          return;
        }
        let te = 0;
        for (let i = 0; i < nTest; i++) {
          let s = 0;
          const r = i * NMax;
          for (let j = 0; j < N; j++) s += Fte[r + j]! * a[j]!;
          te += (s - fTe[i]!) ** 2;
        }
        let tr = 0;
        for (let i = 0; i < n; i++) {
          let s = 0;
          const r = i * NMax;
          for (let j = 0; j < N; j++) s += Ftr[r + j]! * a[j]!;
          tr += (s - yTr[i]!) ** 2;
        }
        test[idx]!.push(te / nTest);
        train[idx]!.push(tr / n);
      },
      () => checkpoint((rep + ++k / Ns.length) / reps),
    );
  }
  await checkpoint(1);

  const points: RandomFeaturesPoint[] = Ns.map((N, i) => {
    const t = test[i]!;
    return {
      ratio: N / n,
      N,
      test_mse_mean: t.length ? finiteOrNull(mean(t)) : null,
      test_mse_median: t.length ? finiteOrNull(median(t)) : null,
      test_mse_se: t.length ? finiteOrNull(standardError(t)) : null,
      train_mse_mean: train[i]!.length ? finiteOrNull(mean(train[i]!)) : null,
      failed: failed[i]!,
    };
  });
  let peak: RandomFeaturesPoint | null = null;
  for (const pt of points) {
    if (pt.test_mse_median !== null && (peak === null || pt.test_mse_median > peak.test_mse_median!)) peak = pt;
  }
  return { points, peak_ratio: peak ? peak.ratio : null, expected_peak_ratio: 1 };
}

export const randomFeaturesKernel = defineKernel({
  description:
    "Ridgeless regression on N random ReLU features of Gaussian inputs (linear teacher + noise); test error " +
    "against N/n, checked for the known peak at the interpolation threshold N = n.",
  paramsSchema: randomFeaturesParams,
  run,
  theory: () => ({
    peak_ratio: 1,
    note: "No finite-size closed form is checked; test error of min-norm random-features regression peaks at N = n (Mei & Montanari 2019).",
  }),
});
