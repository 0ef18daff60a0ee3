// The contract every built-in theory kernel implements; the registry, the job runner's worker, the CLI
// and the benchmark only see this shape.

import type { z } from "zod";
import type { RunContext } from "./run-context";

export interface TheoryKernel<Schema extends z.ZodType = z.ZodType, Result = unknown> {
  /** One sentence for listings: what is simulated and what it is checked against. */
  description: string;
  /** Validates raw params and fills defaults; `run` only ever sees its output. */
  paramsSchema: Schema;
  /** Plain data in, plain JSON-serializable data out (no Infinity/NaN: those become null). */
  run(params: z.output<Schema>, ctx: RunContext): Promise<Result>;
  /** What the result should look like according to theory, when it can be said without simulating. */
  theory?(params: z.output<Schema>): unknown;
}

/** Keeps each kernel's own param and result types while checking it against the contract. */
export function defineKernel<Schema extends z.ZodType, Result>(k: TheoryKernel<Schema, Result>): TheoryKernel<Schema, Result> {
  return k;
}
