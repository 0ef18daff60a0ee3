// Model-wise double descent of minimum-norm least squares: n fixed, p = γ n features.

import { z } from "zod";
import { defineKernel } from "./kernel";
import { minNormRiskAsymptotic } from "./min-norm-theory";
import { fitColumnPrefixes } from "./nested-min-norm";
import { Rng } from "./rng";
import { RiskTally, type RiskSummary } from "./risk-tally";
import { createCheckpoint, type RunContext } from "./run-context";
import { finiteOrNull } from "./stats";

/** n·p_max doubles of design per repetition; 2.5e7 (200 MB with its transpose) is the cap. */
const MAX_DESIGN_ENTRIES = 25_000_000;

export const minNormLsParams = z
  .strictObject({
    n: z.number().int().min(4).max(5000).default(400),
    gammas: z
      .array(z.number().positive().max(100))
      .min(1)
      .max(64)
      .default([0.25, 0.5, 0.75, 0.9, 1.1, 1.25, 1.5, 2, 2.5, 3, 3.5, 4]),
    r2: z.number().min(0).max(1e6).default(1),
    sigma2: z.number().min(0).max(1e6).default(1),
    reps: z.number().int().min(1).max(10_000).default(20),
    seed: z.number().int().min(0).max(0xffffffff).default(0),
  })
  .superRefine((v, ctx) => {
    const ps = v.gammas.map((g) => Math.round(g * v.n));
    ps.forEach((p, i) => {
      // Non-positive gammas already failed their own check.
      if (v.gammas[i]! > 0 && p < 1) ctx.addIssue({ code: "custom", path: ["gammas", i], message: `gamma·n rounds to p = 0 features (n = ${v.n})` });
    });
    if (new Set(ps).size !== ps.length) {
      ctx.addIssue({ code: "custom", path: ["gammas"], message: `gammas must give distinct p = round(gamma·n); got p = ${ps.join(", ")}` });
    }
    const pMax = Math.max(...ps);
    if (v.n * pMax > MAX_DESIGN_ENTRIES) {
      ctx.addIssue({ code: "custom", path: ["gammas"], message: `n·max(p) = ${v.n * pMax} exceeds ${MAX_DESIGN_ENTRIES} design entries` });
    }
  });

export type MinNormLsParams = z.output<typeof minNormLsParams>;

export interface MinNormLsPoint extends RiskSummary {
  /** Effective aspect ratio p/n (γ rounded to a whole number of features). */
  gamma: number;
  p: number;
}

export interface MinNormLsResult {
  points: MinNormLsPoint[];
}

/**
 * One X (n × p_max) per repetition serves every γ: the fit at p uses its first p columns. For a fixed γ
 * the repetitions stay i.i.d. (fresh X, β direction and noise per repetition, from independent streams),
 * so per-point means, medians and standard errors are exactly those of independent simulations; only
 * points of the same repetition are correlated, which makes the curve smoother (common random numbers)
 * without biasing any point. β_p = r·u[:p]/‖u[:p]‖ is uniform on the sphere of radius r in R^p, and the
 * risk of an isotropic design depends on β only through ‖β‖, so any such β is as good as a fixed one.
 */
async function run(params: MinNormLsParams, ctx: RunContext): Promise<MinNormLsResult> {
  const { n, r2, sigma2, reps, seed } = params;
  const gammas = [...params.gammas].sort((a, b) => a - b);
  const ps = gammas.map((g) => Math.round(g * n));
  const P = ps[ps.length - 1]!;
  const tally = new RiskTally(ps);
  const checkpoint = createCheckpoint(ctx);
  const r = Math.sqrt(r2);
  const sigma = Math.sqrt(sigma2);

  const X = new Float64Array(n * P);
  const u = new Float64Array(P);
  const noise = new Float64Array(n);
  const y = new Float64Array(n);
  const beta = new Float64Array(P);

  for (let rep = 0; rep < reps; rep++) {
    const rng = Rng.stream(seed, rep);
    rng.fillNormal(X);
    rng.fillNormal(u);
    rng.fillNormal(noise, sigma);
    let k = 0;
    const target = (p: number): Float64Array => {
      let uu = 0;
      for (let j = 0; j < p; j++) uu += u[j]! * u[j]!;
      const scale = uu > 0 ? r / Math.sqrt(uu) : 0;
      for (let j = 0; j < p; j++) beta[j] = scale * u[j]!;
      for (let i = 0; i < n; i++) {
        let s = noise[i]!;
        const row = i * P;
        for (let j = 0; j < p; j++) s += X[row + j]! * beta[j]!;
        y[i] = s;
      }
      return y;
    };
    await fitColumnPrefixes(
      X,
      n,
      P,
      ps,
      target,
      // target(p) ran just before this fit, so `beta` holds β_p.
      (p, betaHat) => tally.record(p, betaHat, beta, p),
      () => checkpoint((rep + ++k / ps.length) / reps),
    );
  }
  await checkpoint(1);

  return {
    points: ps.map((p, i) => ({ gamma: p / n, p, ...tally.summary(i, p, n, r2, sigma2) })),
  };
}

export const minNormLsKernel = defineKernel({
  description:
    "Model-wise double descent of min-norm least squares (n fixed, p = γn isotropic Gaussian features); " +
    "excess risk ‖β̂ − β‖² against the Hastie–Montanari–Rosset–Tibshirani closed form.",
  paramsSchema: minNormLsParams,
  run,
  theory: (params: MinNormLsParams) => ({
    points: [...params.gammas]
      .sort((a, b) => a - b)
      .map((g) => {
        const p = Math.round(g * params.n);
        return { gamma: p / params.n, p, theory: finiteOrNull(minNormRiskAsymptotic(p / params.n, params.r2, params.sigma2)) };
      }),
  }),
});
