// The built-in theory kernels by name, with param validation that reports which field is wrong and why.

import type { z } from "zod";
import { edgeOfStabilityKernel } from "./edge-of-stability";
import type { TheoryKernel } from "./kernel";
import { lazyTrainingKernel } from "./lazy-training";
import { linearImbalanceKernel } from "./linear-imbalance";
import { minNormLsKernel } from "./min-norm-ls";
import { minNormLsSamplewiseKernel } from "./min-norm-ls-samplewise";
import { ntkKernel } from "./ntk";
import { randomFeaturesKernel } from "./random-features";
import type { RunContext } from "./run-context";

export const KERNELS = {
  "min-norm-ls": minNormLsKernel,
  "min-norm-ls-samplewise": minNormLsSamplewiseKernel,
  "random-features": randomFeaturesKernel,
  "lazy-training": lazyTrainingKernel,
  ntk: ntkKernel,
  "edge-of-stability": edgeOfStabilityKernel,
  "linear-imbalance": linearImbalanceKernel,
} as const;

export type KernelName = keyof typeof KERNELS;
export type KernelParams<K extends KernelName> = z.output<(typeof KERNELS)[K]["paramsSchema"]>;
export type KernelResult<K extends KernelName> = Awaited<ReturnType<(typeof KERNELS)[K]["run"]>>;

export function isKernelName(name: string): name is KernelName {
  return Object.hasOwn(KERNELS, name);
}

export interface ParamIssue {
  /** "gammas[2]", "n", or "" for the object itself (e.g. an unknown key). */
  path: string;
  message: string;
}

export class KernelParamsError extends Error {
  override readonly name = "KernelParamsError";
  constructor(
    readonly kernel: string,
    readonly issues: ParamIssue[],
  ) {
    super(`Invalid params for ${kernel}: ${issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join("; ")}`);
  }
}

export class UnknownKernelError extends Error {
  override readonly name = "UnknownKernelError";
  constructor(readonly kernel: string) {
    super(`Unknown kernel "${kernel}"; available: ${Object.keys(KERNELS).join(", ")}`);
  }
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : `${i ? "." : ""}${String(p)}`)).join("");
}

/** Validates raw params (e.g. parsed JSON) for a kernel and fills defaults. */
export function parseKernelParams<K extends KernelName>(name: K, raw: unknown): KernelParams<K> {
  const schema = KERNELS[name].paramsSchema as z.ZodType;
  const parsed = schema.safeParse(raw ?? {});
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message, code: i.code }));
    // Zod still runs length checks on a value of the wrong type ("expected string to have >=2
    // characters" for a string where an array was expected); the type error alone is the useful one.
    const wrongType = new Set(issues.filter((i) => i.code === "invalid_type").map((i) => i.path));
    throw new KernelParamsError(
      name,
      issues.filter((i) => i.code === "invalid_type" || !wrongType.has(i.path)).map(({ path, message }) => ({ path, message })),
    );
  }
  return parsed.data as KernelParams<K>;
}

/** Looks up, validates and runs a kernel: the entry point for the job runner's worker and the CLI. */
export async function runKernel(name: string, rawParams: unknown, ctx: RunContext = {}): Promise<unknown> {
  if (!isKernelName(name)) throw new UnknownKernelError(name);
  const params = parseKernelParams(name, rawParams);
  const kernel = KERNELS[name] as unknown as TheoryKernel<z.ZodType, unknown>;
  return kernel.run(params, ctx);
}

/** The closed-form or known-behaviour prediction for the params, when the kernel has one. */
export function kernelTheory(name: string, rawParams: unknown): unknown {
  if (!isKernelName(name)) throw new UnknownKernelError(name);
  const params = parseKernelParams(name, rawParams);
  const kernel = KERNELS[name] as unknown as TheoryKernel<z.ZodType, unknown>;
  return kernel.theory ? kernel.theory(params) : null;
}
