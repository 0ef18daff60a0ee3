// Sample-wise double descent of minimum-norm least squares: p fixed, n varies. The risk follows the same
// closed form with γ = p/n, so adding samples can hurt (the peak at n = p).

import { z } from "zod";
import { defineKernel } from "./kernel";
import type { MinNormLsPoint } from "./min-norm-ls";
import { minNormRiskAsymptotic } from "./min-norm-theory";
import { fitRowPrefixes } from "./nested-min-norm";
import { RiskTally } from "./risk-tally";
import { Rng } from "./rng";
import { createCheckpoint, type RunContext } from "./run-context";
import { finiteOrNull } from "./stats";

const MAX_DESIGN_ENTRIES = 25_000_000;

export const minNormLsSamplewiseParams = z
  .strictObject({
    p: z.number().int().min(2).max(5000).default(100),
    ns: z
      .array(z.number().int().min(1).max(1_000_000))
      .min(1)
      .max(64)
      .default([20, 40, 60, 80, 90, 110, 125, 150, 200, 300, 400]),
    r2: z.number().min(0).max(1e6).default(1),
    sigma2: z.number().min(0).max(1e6).default(1),
    reps: z.number().int().min(1).max(10_000).default(50),
    seed: z.number().int().min(0).max(0xffffffff).default(0),
  })
  .superRefine((v, ctx) => {
    if (new Set(v.ns).size !== v.ns.length) ctx.addIssue({ code: "custom", path: ["ns"], message: "ns must be distinct" });
    const nMax = Math.max(...v.ns);
    if (v.p * nMax > MAX_DESIGN_ENTRIES) {
      ctx.addIssue({ code: "custom", path: ["ns"], message: `p·max(n) = ${v.p * nMax} exceeds ${MAX_DESIGN_ENTRIES} design entries` });
    }
  });

export type MinNormLsSamplewiseParams = z.output<typeof minNormLsSamplewiseParams>;

export type MinNormLsSamplewisePoint = Omit<MinNormLsPoint, "p"> & { n: number };

export interface MinNormLsSamplewiseResult {
  p: number;
  points: MinNormLsSamplewisePoint[];
}

/**
 * One pool of max(n) samples per repetition; the fit at n uses its first n rows. Per n the repetitions
 * are i.i.d. (independent streams), as in the model-wise kernel; β is fixed within a repetition, which
 * is exactly the sample-wise setting (more data about the same β).
 */
async function run(params: MinNormLsSamplewiseParams, ctx: RunContext): Promise<MinNormLsSamplewiseResult> {
  const { p, r2, sigma2, reps, seed } = params;
  const ns = [...params.ns].sort((a, b) => a - b);
  const N = ns[ns.length - 1]!;
  const tally = new RiskTally(ns);
  const checkpoint = createCheckpoint(ctx);
  const r = Math.sqrt(r2);
  const sigma = Math.sqrt(sigma2);

  const X = new Float64Array(N * p);
  const beta = new Float64Array(p);
  const y = new Float64Array(N);

  for (let rep = 0; rep < reps; rep++) {
    const rng = Rng.stream(seed, rep);
    rng.fillNormal(X);
    rng.fillNormal(beta);
    let bb = 0;
    for (let j = 0; j < p; j++) bb += beta[j]! ** 2;
    const scale = bb > 0 ? r / Math.sqrt(bb) : 0;
    for (let j = 0; j < p; j++) beta[j] = beta[j]! * scale;
    for (let i = 0; i < N; i++) {
      let s = sigma * rng.normal();
      for (let j = 0; j < p; j++) s += X[i * p + j]! * beta[j]!;
      y[i] = s;
    }
    let k = 0;
    await fitRowPrefixes(
      X,
      N,
      p,
      ns,
      y,
      (n, betaHat) => tally.record(n, betaHat, beta, p),
      () => checkpoint((rep + ++k / ns.length) / reps),
    );
  }
  await checkpoint(1);

  return {
    p,
    points: ns.map((n, i) => ({ n, gamma: p / n, ...tally.summary(i, p, n, r2, sigma2) })),
  };
}

export const minNormLsSamplewiseKernel = defineKernel({
  description:
    "Sample-wise double descent of min-norm least squares (p fixed, n varies); excess risk against the same " +
    "closed form at γ = p/n, with its peak at n = p.",
  paramsSchema: minNormLsSamplewiseParams,
  run,
  theory: (params: MinNormLsSamplewiseParams) => ({
    points: [...params.ns]
      .sort((a, b) => a - b)
      .map((n) => ({ n, gamma: params.p / n, theory: finiteOrNull(minNormRiskAsymptotic(params.p / n, params.r2, params.sigma2)) })),
  }),
});
