// The body of the run-experiment job: claim the run, execute it (worker thread for built-in kernels, sandboxed
// process or container for scripts), stream progress/logs with a heartbeat, then read the outputs, compare
// them with the paper's claimed numbers, and save verdict, figure data and provenance in one write.
import "server-only";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { compareSeries, type SeriesPoint } from "@/lib/engines/figures";
import { runBuiltin } from "@/lib/runner/executors/builtin-executor";
import { runProcess } from "@/lib/runner/executors/process-executor";
import { probeSandbox } from "@/lib/runner/executors/sandbox-probe";
import type { ExecutionOutcome } from "@/lib/runner/executors/types";
import { bundleFilesDir, copyBundleInto } from "../bundle-store";
import { LogTail } from "../log-tail";
import { comparedOutput, parseManifest, toleranceOf, type Manifest } from "../manifest";
import { OutputError, readSeries, type ReadSeries } from "../outputs";
import { buildProvenance } from "../provenance";
import { executorConfig } from "./executor-config";
import { findRunForExecution, type RunForExecution } from "./data";
import { claimRun, finishQueuedCancel, finishRun, heartbeat, type RunOutcomeData } from "./mutations";

const HEARTBEAT_MS = 1000;
/** Built-in kernels write their result here, so manifests name it like any other output file. */
export const BUILTIN_RESULT_FILE = "result.json";

export async function executeExperimentRun(runId: string, { heartbeatMs = HEARTBEAT_MS }: { heartbeatMs?: number } = {}): Promise<void> {
  const run = await findRunForExecution(runId);
  if (!run) return;
  if (!(await claimRun(runId))) {
    await finishQueuedCancel(runId);
    return;
  }
  const startedAt = new Date();
  const log = new LogTail(run.log);
  const parsed = parseManifest(run.experiment.manifest);
  if (!parsed.ok) {
    // Stored manifests were validated on save; this means the schema moved on without a migration.
    await finishRun(runId, failure(run, log, "The stored manifest no longer validates: " + parsed.errors.map((e) => `${e.path}: ${e.message}`).join("; "), startedAt));
    return;
  }
  const manifest = parsed.manifest;
  const params = (run.params ?? {}) as Record<string, unknown>;
  const controller = new AbortController();
  let progress = 0;
  let beating = false;
  const beat = async () => {
    if (beating) return;
    beating = true;
    try {
      const hb = await heartbeat(runId, progress, log.toString());
      if (hb.cancelRequested || !hb.stillOurs) controller.abort(new Error("cancelled"));
    } catch {
      // a missed heartbeat is retried on the next tick; the sweep allows a minute
    } finally {
      beating = false;
    }
  };
  const timer = setInterval(() => void beat(), heartbeatMs);
  const events = {
    signal: controller.signal,
    onProgress: (f: number) => (progress = Math.max(progress, f)),
    onLog: (line: string, stream: "stdout" | "stderr" | "system") => log.append(line, stream),
  };

  const workDir = await mkdtemp(path.join(os.tmpdir(), "tangent-run-"));
  let outcome: ExecutionOutcome;
  let executorKind: string;
  try {
    log.append(`run ${runId} attempt ${run.attempts + 1} on ${os.hostname()}`, "system");
    if (manifest.runtime.kind === "builtin") {
      executorKind = "worker-thread";
      const r = await runBuiltin({ kernel: manifest.runtime.kernel, params, limits: manifest.limits }, events);
      outcome = r.outcome;
      if (outcome.reason === "ok") await writeFile(path.join(workDir, BUILTIN_RESULT_FILE), JSON.stringify(r.result));
    } else {
      if (!run.experiment.bundleHash) throw new Error("A script experiment has no bundle");
      await copyBundleInto(run.experiment.bundleHash, workDir);
      await writeFile(path.join(workDir, "tangent.params.json"), JSON.stringify({ parameters: params, seeds: manifest.seeds }, null, 2));
      const config = executorConfig();
      executorKind = config.kind === "container" ? `container (${config.engine})` : "sandboxed process";
      outcome = await runProcess(
        {
          runtime: manifest.runtime.kind,
          entry: manifest.runtime.entry,
          workDir,
          limits: manifest.limits,
          caps: probeSandbox(),
          env: {
            TANGENT_PARAMS: path.join(config.kind === "container" ? "/run" : workDir, "tangent.params.json"),
            TANGENT_SEEDS: manifest.seeds.join(","),
            TANGENT_RUN_ID: runId,
          },
          container: config.kind === "container" ? { engine: config.engine, image: config.images[manifest.runtime.kind], bundleDir: bundleFilesDir(run.experiment.bundleHash) } : undefined,
        },
        events,
      );
    }
  } catch (e) {
    clearInterval(timer);
    await rm(workDir, { recursive: true, force: true });
    await finishRun(runId, failure(run, log, `The runner failed: ${(e as Error).message}`, startedAt));
    return;
  }
  clearInterval(timer);

  const finishedAt = new Date();
  const provenance = buildProvenance({
    runId,
    attempt: run.attempts + 1,
    stressTest: run.isStressTest,
    experimentId: run.experiment.id,
    manifestHash: run.experiment.manifestHash,
    bundleHash: run.experiment.bundleHash,
    runtime: manifest.runtime.kind === "builtin" ? { kind: "builtin", kernel: manifest.runtime.kernel } : { kind: manifest.runtime.kind, entry: manifest.runtime.entry },
    parameters: params,
    seeds: manifest.seeds,
    executorKind,
    limits: manifest.limits,
    outcome,
    startedAt,
    finishedAt,
    tangentVersion: process.env.npm_package_version ?? "0.1.0",
  });

  let data: RunOutcomeData;
  if (outcome.reason === "cancelled") {
    data = { status: "CANCELLED", verdict: null, result: null, comparison: null, provenance: provenance as never, log: log.toString(), error: outcome.message };
  } else if (outcome.reason !== "ok") {
    data = { status: "FAILED", verdict: "FAILED_TO_RUN", result: null, comparison: null, provenance: provenance as never, log: log.toString(), error: outcome.message };
  } else {
    data = await judge(manifest, run, workDir, log, provenance);
  }
  await rm(workDir, { recursive: true, force: true });
  await finishRun(runId, data);
}

/** Reads every declared output, compares the chosen one with the claimed numbers, and decides the verdict. */
async function judge(manifest: Manifest, run: RunForExecution, workDir: string, log: LogTail, provenance: object): Promise<RunOutcomeData> {
  const series: ReadSeries[] = [];
  try {
    for (const output of manifest.outputs) {
      const text = await readFile(path.join(workDir, output.file), "utf8").catch(() => {
        throw new OutputError(`The run finished but did not write ${output.file} (output "${output.name}")`);
      });
      series.push(readSeries(output, text));
    }
  } catch (e) {
    const message = e instanceof OutputError ? e.message : `Reading outputs failed: ${(e as Error).message}`;
    log.append(message, "system");
    return { status: "FAILED", verdict: "FAILED_TO_RUN", result: null, comparison: null, provenance: provenance as never, log: log.toString(), error: message };
  }
  const target = series.find((s) => s.name === comparedOutput(manifest).name)!;
  const claimed = run.experiment.claimedPoints as unknown as SeriesPoint[];
  const comparison = compareSeries(target.points, claimed, toleranceOf(manifest), { xName: manifest.figureSpec.xAxis.title });
  const theory = target.theory;
  log.append(`${comparison.verdict}: ${comparison.summary}`, "system");
  return {
    status: "SUCCEEDED",
    verdict: comparison.verdict,
    result: { series: series.map((s) => ({ name: s.name, points: s.points })), compared: target.name, theory } as never,
    comparison: comparison as never,
    provenance: provenance as never,
    log: log.toString(),
    error: null,
  };
}

function failure(run: RunForExecution, log: LogTail, message: string, startedAt: Date): RunOutcomeData {
  log.append(message, "system");
  return {
    status: "FAILED",
    verdict: "FAILED_TO_RUN",
    result: null,
    comparison: null,
    provenance: { schema: "tangent.provenance/1", run: { id: run.id }, startedAt: startedAt.toISOString(), finishedAt: new Date().toISOString(), exit: { reason: "runner-error", message } },
    log: log.toString(),
    error: message,
  };
}
