// What a run's provenance records, so anyone can tell exactly what produced a figure and on what.

import os from "node:os";
import type { ExecutionOutcome } from "@/lib/runner/executors/types";

export interface Provenance {
  schema: "tangent.provenance/1";
  run: { id: string; attempt: number; stressTest: boolean };
  experiment: { id: string; manifestSha256: string; bundleSha256: string | null };
  runtime: { kind: string; kernel?: string; entry?: string; versions: Record<string, string> };
  parameters: unknown;
  seeds: number[];
  executor: { kind: string; isolation: Record<string, string>; limits: Record<string, number> };
  hardware: { cpuModel: string; cpus: number; memoryGb: number; platform: string; arch: string; host: string };
  tangent: { version: string; node: string };
  startedAt: string;
  finishedAt: string;
  wallSeconds: number;
  exit: { reason: string; message: string; code: number | null; signal: string | null };
  peakMemoryMb: number | null;
}

export function hardware(): Provenance["hardware"] {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model.trim() ?? "unknown",
    cpus: cpus.length,
    memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    platform: `${os.type()} ${os.release()}`,
    arch: os.arch(),
    host: os.hostname(),
  };
}

export function buildProvenance(input: {
  runId: string;
  attempt: number;
  stressTest: boolean;
  experimentId: string;
  manifestHash: string;
  bundleHash: string | null;
  runtime: { kind: string; kernel?: string; entry?: string };
  parameters: unknown;
  seeds: number[];
  executorKind: string;
  limits: Record<string, number>;
  outcome: ExecutionOutcome;
  startedAt: Date;
  finishedAt: Date;
  tangentVersion: string;
}): Provenance {
  const o = input.outcome;
  return {
    schema: "tangent.provenance/1",
    run: { id: input.runId, attempt: input.attempt, stressTest: input.stressTest },
    experiment: { id: input.experimentId, manifestSha256: input.manifestHash, bundleSha256: input.bundleHash },
    runtime: { ...input.runtime, versions: o.versions },
    parameters: input.parameters,
    seeds: input.seeds,
    executor: { kind: input.executorKind, isolation: o.isolation, limits: input.limits },
    hardware: hardware(),
    tangent: { version: input.tangentVersion, node: process.version },
    startedAt: input.startedAt.toISOString(),
    finishedAt: input.finishedAt.toISOString(),
    wallSeconds: Math.round(o.wallSeconds * 1000) / 1000,
    exit: { reason: o.reason, message: o.message, code: o.exitCode, signal: o.signal },
    peakMemoryMb: o.peakMemoryMb === null ? null : Math.round(o.peakMemoryMb),
  };
}
