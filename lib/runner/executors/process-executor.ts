// Runs an author's node or python script in a sandboxed child process (see sandbox-command.ts for what is
// enforced where) and watches it: progress lines, logs, wall time, output volume, cancellation, peak memory.

import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chown, mkdir, readFile, readdir, stat } from "node:fs/promises";
import path from "node:path";
import { LineSplitter, parseProgressLine } from "./line-protocol";
import { containerCommand, processSandboxCommand, type SandboxCapabilities, type ScriptRuntime } from "./sandbox-command";
import { SANDBOX_UID_BASE } from "./sandbox-probe";
import type { ExecutionEvents, ExecutionOutcome, RunLimits, StopReason } from "./types";

export interface ProcessRun {
  runtime: ScriptRuntime;
  entry: string;
  /** A fresh folder holding a copy of the bundle; the script's cwd, HOME and TMPDIR. */
  workDir: string;
  limits: RunLimits;
  /** TANGENT_* variables (parameters file, seeds, run id). */
  env: Record<string, string>;
  caps: SandboxCapabilities;
  /** Run in a container instead (production): the image has the interpreter, the stored bundle is mounted read-only. */
  container?: { engine: "docker" | "podman"; image: string; bundleDir: string } | undefined;
}

/** Where the interpreter is: TANGENT_PYTHON / TANGENT_NODE, else the system's, else the first on PATH. */
export function resolveInterpreter(runtime: ScriptRuntime): string | null {
  const configured = runtime === "python" ? process.env.TANGENT_PYTHON : process.env.TANGENT_NODE;
  if (configured) return existsSync(configured) ? configured : null;
  const name = runtime === "python" ? "python3" : "node";
  for (const dir of ["/usr/bin", "/usr/local/bin"]) if (existsSync(path.join(dir, name))) return path.join(dir, name);
  const found = spawnSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" });
  return found.status === 0 && found.stdout.trim() ? found.stdout.trim() : null;
}

export function runtimeVersions(runtime: ScriptRuntime, interpreter: string): Record<string, string> {
  const out = (args: string[]) => {
    const r = spawnSync(interpreter, args, { encoding: "utf8", timeout: 10_000 });
    return r.status === 0 ? (r.stdout || r.stderr).trim() : null;
  };
  if (runtime === "node") return { node: out(["--version"]) ?? "unknown" };
  const versions: Record<string, string> = { python: (out(["--version"]) ?? "unknown").replace(/^Python\s+/, "") };
  const libs = out(["-c", "import importlib.metadata as m\nfor p in ('numpy','scipy'):\n  try: print(p, m.version(p))\n  except Exception: pass"]);
  for (const line of libs?.split("\n") ?? []) {
    const [name, version] = line.split(" ");
    if (name && version) versions[name] = version;
  }
  return versions;
}

/** Process groups of runs in progress, killed if this worker exits so no script outlives its supervisor. */
const live = new Set<number>();
process.once("exit", () => {
  for (const pgid of live) {
    try {
      process.kill(-pgid, "SIGKILL");
    } catch {
      // gone
    }
  }
});

let slot = 0;
/** A uid for this run: distinct per concurrent run of this worker, and (by pid) across workers on one machine. */
function sandboxUid(): number {
  slot = (slot + 1) % 16;
  return SANDBOX_UID_BASE + (process.pid % 1000) * 16 + slot;
}

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  for (const e of entries) {
    if (!e.isFile()) continue;
    const s = await stat(path.join(e.parentPath, e.name)).catch(() => null);
    total += s?.size ?? 0;
  }
  return total;
}

async function peakRssMb(pid: number): Promise<number | null> {
  const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => null);
  const m = status && /VmHWM:\s+(\d+)\s+kB/.exec(status);
  return m ? Number(m[1]) / 1024 : null;
}

const SIGNAL_REASON: Record<string, StopReason> = { SIGXCPU: "cpu-limit", SIGXFSZ: "output-limit" };

/** Reads a failed script's last error lines for the limit it hit, so the status names the cause. */
export function classifyFailure(stderrTail: string, limits: RunLimits): { reason: StopReason; hint: string } | null {
  if (/MemoryError|Cannot allocate memory|heap out of memory|Allocation failed|std::bad_alloc/.test(stderrTail)) {
    return { reason: "memory-limit", hint: `ran out of memory (limit ${limits.memoryMb} MB)` };
  }
  if (/EFBIG|File too large/.test(stderrTail)) {
    return { reason: "output-limit", hint: `wrote a file past the ${limits.outputMb} MB limit` };
  }
  if (/Resource temporarily unavailable|BlockingIOError|EAGAIN|fork: retry/.test(stderrTail)) {
    return { reason: "process-limit", hint: `hit the process limit (${limits.processes} process(es))` };
  }
  if (/Network is unreachable|ENETUNREACH|Temporary failure in name resolution|EAI_AGAIN|getaddrinfo/.test(stderrTail)) {
    return { reason: "exit-code", hint: "tried to use the network, which runs do not have" };
  }
  return null;
}

export async function runProcess(run: ProcessRun, events: ExecutionEvents = {}): Promise<ExecutionOutcome> {
  const started = performance.now();
  const interpreter = run.container ? run.runtime : resolveInterpreter(run.runtime);
  const base = { exitCode: null, signal: null, peakMemoryMb: null, isolation: {}, versions: {} };
  if (!interpreter) {
    const what = run.runtime === "python" ? "python3" : "node";
    const message = `${what} is not installed on this worker: install it (python3 and python3-numpy from the system's packages) or set ${run.runtime === "python" ? "TANGENT_PYTHON" : "TANGENT_NODE"}`;
    events.onLog?.(message, "system");
    return { ...base, reason: "missing-runtime", message, wallSeconds: 0 };
  }
  const uid = run.caps.dropToUid !== null && !run.container ? sandboxUid() : null;
  const caps = { ...run.caps, dropToUid: uid };
  if (uid !== null) spawnSync("chown", ["-R", `${uid}:${uid}`, run.workDir]);
  const containerName = `tangent-run-${path.basename(run.workDir)}`;
  const { command, args, enforced } = run.container
    ? {
        ...containerCommand({ ...run.container, runtime: run.runtime, entry: run.entry, workDir: run.workDir, limits: run.limits, name: containerName, env: run.env }),
        enforced: { executor: `${run.container.engine} run --network none --read-only, image ${run.container.image}`, limits: "cgroup memory, pids, 1 CPU; ulimit cpu and fsize" },
      }
    : processSandboxCommand({ runtime: run.runtime, interpreter, entry: run.entry, limits: run.limits, caps });
  const versions = run.container ? { image: run.container.image } : runtimeVersions(run.runtime, interpreter);

  // What was there before the run: the output limit counts only what the run adds.
  const bundleBytes = await folderBytes(run.workDir);
  const tmp = path.join(run.workDir, ".tmp");
  await mkdir(tmp, { recursive: true });
  if (uid !== null) await chown(tmp, uid, uid);
  const child = spawn(command, args, {
    cwd: run.workDir,
    detached: true, // its own process group, killed as a whole
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      NODE_ENV: "production",
      PATH: `${path.dirname(interpreter)}:/usr/local/bin:/usr/bin:/bin`,
      HOME: run.workDir,
      TMPDIR: tmp,
      LANG: "C.UTF-8",
      OMP_NUM_THREADS: "1",
      OPENBLAS_NUM_THREADS: "1",
      MKL_NUM_THREADS: "1",
      ...run.env,
    },
  });

  if (child.pid) live.add(child.pid);
  let stop: { reason: StopReason; message: string } | null = null;
  const outputLimit = run.limits.outputMb * 1024 * 1024;
  let outputBytes = 0;
  let peak: number | null = null;
  const killAll = () => {
    try {
      if (child.pid) process.kill(-child.pid, "SIGKILL");
    } catch {
      // already gone
    }
    if (run.container) spawnSync(run.container.engine, ["kill", containerName], { stdio: "ignore" });
    // A fork bomb's children may have left the group (setsid); everything under the run's uid goes too.
    if (uid !== null) spawnSync("setpriv", [`--reuid=${uid}`, `--regid=${uid}`, "--clear-groups", "kill", "-KILL", "-1"], { stdio: "ignore" });
  };
  const halt = (reason: StopReason, message: string) => {
    if (stop) return;
    stop = { reason, message };
    events.onLog?.(message, "system");
    killAll();
  };

  let stderrTail = "";
  const splitter = (stream: "stdout" | "stderr") =>
    new LineSplitter((line) => {
      const p = stream === "stdout" ? parseProgressLine(line) : null;
      if (p !== null) return events.onProgress?.(p);
      if (stream === "stderr") stderrTail = (stderrTail + line + "\n").slice(-4096);
      events.onLog?.(line, stream);
    });
  const out = splitter("stdout");
  const err = splitter("stderr");
  const onData = (s: LineSplitter) => (chunk: Buffer) => {
    outputBytes += chunk.length;
    if (outputBytes > outputLimit) return halt("output-limit", `Stopped: the run printed more than ${run.limits.outputMb} MB`);
    s.push(chunk.toString("utf8"));
  };
  child.stdout.on("data", onData(out));
  child.stderr.on("data", onData(err));

  const wall = setTimeout(() => halt("wall-limit", `Stopped: wall-time limit of ${run.limits.wallSeconds} s reached`), run.limits.wallSeconds * 1000);
  const onAbort = () => halt("cancelled", "Cancelled by request");
  if (events.signal?.aborted) onAbort();
  events.signal?.addEventListener("abort", onAbort, { once: true });
  const monitor = setInterval(() => {
    if (child.pid) void peakRssMb(child.pid).then((m) => (peak = m ?? peak));
    void folderBytes(run.workDir).then((bytes) => {
      if (bytes > outputLimit + bundleBytes) halt("output-limit", `Stopped: the run wrote more than ${run.limits.outputMb} MB of files`);
    });
  }, 500);

  const { code, signal } = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on("close", (c, s) => resolve({ code: c, signal: s }));
    child.on("error", (e) => {
      events.onLog?.(`Could not start ${command}: ${e.message}`, "system");
      resolve({ code: null, signal: null });
    });
  });
  clearTimeout(wall);
  clearInterval(monitor);
  events.signal?.removeEventListener("abort", onAbort);
  out.flush();
  err.flush();
  killAll(); // stragglers the script left behind
  if (child.pid) live.delete(child.pid);

  const wallSeconds = (performance.now() - started) / 1000;
  const common = { exitCode: code, signal, wallSeconds, peakMemoryMb: peak, isolation: enforced, versions };
  if (stop) return { ...common, ...(stop as { reason: StopReason; message: string }) };
  if (code === 0) return { ...common, reason: "ok", message: `Finished in ${wallSeconds.toFixed(1)} s` };
  if (signal) {
    // We did not kill it, so a SIGKILL after as much time as the CPU limit is the kernel's hard CPU limit.
    const cpuKill = signal === "SIGKILL" && wallSeconds >= run.limits.cpuSeconds;
    const reason = SIGNAL_REASON[signal] ?? (cpuKill ? "cpu-limit" : signal === "SIGSEGV" || signal === "SIGABRT" ? "memory-limit" : "crashed");
    const message =
      reason === "cpu-limit"
        ? `Stopped: CPU-time limit of ${run.limits.cpuSeconds} s reached`
        : reason === "output-limit"
          ? `Stopped: a file grew past the ${run.limits.outputMb} MB limit`
          : reason === "memory-limit"
            ? `Crashed with ${signal}: most likely the memory limit of ${run.limits.memoryMb} MB`
            : `Killed by ${signal}`;
    events.onLog?.(message, "system");
    return { ...common, reason, message };
  }
  const cause = classifyFailure(stderrTail, run.limits);
  return { ...common, reason: cause?.reason ?? "exit-code", message: `Exited with status ${code}${cause ? `: the script ${cause.hint}` : ""}` };
}
