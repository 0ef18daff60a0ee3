// Built-in kernels run in a worker thread: a heap limit of their own, a wall-time limit, cancellation, and a
// crash or runaway loop cannot take the job worker down with it.

import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { ExecutionEvents, ExecutionOutcome, RunLimits } from "./types";

const here = path.dirname(fileURLToPath(import.meta.url));

export interface BuiltinRun {
  kernel: string;
  params: unknown;
  limits: RunLimits;
}

export async function runBuiltin(run: BuiltinRun, events: ExecutionEvents = {}): Promise<{ outcome: ExecutionOutcome; result: unknown }> {
  const started = performance.now();
  const isolation = {
    executor: "worker thread in the job worker",
    memory: `V8 heap ${run.limits.memoryMb} MB (resourceLimits.maxOldGenerationSizeMb)`,
    wallTime: `${run.limits.wallSeconds} s, then the thread is terminated`,
    network: "not used: kernels are pure TypeScript computations",
  };
  const versions = { node: process.version, tangentKernels: run.kernel };
  const worker = new Worker(path.join(here, "builtin-boot.mjs"), {
    workerData: {
      entry: new URL("./builtin-thread.ts", import.meta.url).href,
      tsconfig: path.resolve(here, "../../../tsconfig.json"),
      kernel: run.kernel,
      params: run.params,
    },
    resourceLimits: { maxOldGenerationSizeMb: run.limits.memoryMb },
    stdout: false,
    stderr: false,
  });
  let peak = 0;
  const sample = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss / 1024 / 1024);
  }, 250);
  let stopped: { reason: ExecutionOutcome["reason"]; message: string } | null = null;
  const stop = (reason: ExecutionOutcome["reason"], message: string, grace: number) => {
    if (stopped) return;
    stopped = { reason, message };
    events.onLog?.(message, "system");
    worker.postMessage({ type: "cancel" });
    setTimeout(() => void worker.terminate(), grace).unref();
  };
  const wall = setTimeout(() => stop("wall-limit", `Stopped: wall-time limit of ${run.limits.wallSeconds} s reached`, 0), run.limits.wallSeconds * 1000);
  const onAbort = () => stop("cancelled", "Cancelled by request", 1000);
  if (events.signal?.aborted) onAbort();
  events.signal?.addEventListener("abort", onAbort, { once: true });

  const settled = await new Promise<{ result?: unknown; error?: string; exit?: number }>((resolve) => {
    worker.on("message", (m: { type: string; fraction?: number; result?: unknown; message?: string; name?: string }) => {
      if (m.type === "progress") events.onProgress?.(m.fraction ?? 0);
      else if (m.type === "result") resolve({ result: m.result });
      else if (m.type === "error") resolve({ error: m.name === "AbortError" ? "cancelled" : (m.message ?? "failed") });
    });
    worker.on("error", (e) => resolve({ error: e.message }));
    worker.on("exit", (code) => resolve({ exit: code }));
  });
  clearTimeout(wall);
  clearInterval(sample);
  events.signal?.removeEventListener("abort", onAbort);
  await worker.terminate();

  const wallSeconds = (performance.now() - started) / 1000;
  const common = { exitCode: null, signal: null, wallSeconds, peakMemoryMb: Math.round(peak), isolation, versions: { ...versions, cpus: String(os.cpus().length) } };
  if (stopped) return { outcome: { ...common, ...(stopped as { reason: ExecutionOutcome["reason"]; message: string }) }, result: null };
  if (settled.error !== undefined) {
    const oom = /heap|memory/i.test(settled.error);
    const outcome: ExecutionOutcome = {
      ...common,
      reason: oom ? "memory-limit" : "crashed",
      message: oom ? `Stopped: the kernel exceeded its ${run.limits.memoryMb} MB heap` : `The kernel failed: ${settled.error}`,
    };
    events.onLog?.(outcome.message, "system");
    return { outcome, result: null };
  }
  if (settled.exit !== undefined) {
    const message = `The kernel's thread exited unexpectedly (code ${settled.exit}); most likely it exceeded its ${run.limits.memoryMb} MB heap`;
    events.onLog?.(message, "system");
    return { outcome: { ...common, reason: "memory-limit", message }, result: null };
  }
  return { outcome: { ...common, reason: "ok", message: `Finished in ${wallSeconds.toFixed(1)} s` }, result: settled.result };
}
