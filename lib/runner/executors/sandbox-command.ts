// The command lines that run an author's script under limits: pure functions, so what each executor enforces
// is visible and unit-tested. Nothing here spawns anything.
//
// Process executor (default; docs/decisions/0011-experiment-runner-and-sandbox.md):
//   prlimit --cpu --as --fsize --nproc --core=0 -- [unshare --net --] [setpriv --reuid --regid --clear-groups --] interpreter entry
// Each wrapper execs the next, so the child's pid is the interpreter's and /proc sampling sees it.
// Container executor (production): docker|podman run --network none --read-only, bundle mounted read-only.

import type { RunLimits } from "./types";

export type ScriptRuntime = "node" | "python";

export interface SandboxCapabilities {
  /** `unshare --net` works here (root, or unprivileged user namespaces allowed). */
  netNamespace: "root" | "user-namespace" | null;
  /** The worker runs as root, so each run can get its own unprivileged uid (exact process counts, kill by uid). */
  dropToUid: number | null;
  prlimit: boolean;
}

export interface ProcessCommandInput {
  runtime: ScriptRuntime;
  interpreter: string;
  entry: string;
  limits: RunLimits;
  caps: SandboxCapabilities;
}

/** Threads count against RLIMIT_NPROC; a Node process alone runs ~11 (libuv pool, V8 platform). */
export const THREADS_PER_PROCESS = 32;
const MB = 1024 * 1024;

/** Node's address space is mostly reservations (V8 cage, code range): give it room beyond the heap limit. */
export function addressSpaceBytes(runtime: ScriptRuntime, memoryMb: number): number {
  return runtime === "node" ? (memoryMb * 2 + 1024) * MB : memoryMb * MB;
}

export function interpreterArgs(runtime: ScriptRuntime, entry: string, limits: RunLimits): string[] {
  // -I: isolated mode (ignores PYTHON* variables and the user site folder); -u: unbuffered, for live logs.
  if (runtime === "python") return ["-I", "-u", entry];
  return [`--max-old-space-size=${limits.memoryMb}`, "--disallow-code-generation-from-strings", entry];
}

export function processSandboxCommand(input: ProcessCommandInput): { command: string; args: string[]; enforced: Record<string, string> } {
  const { runtime, interpreter, entry, limits, caps } = input;
  const argv: string[] = [];
  const enforced: Record<string, string> = {};
  if (caps.prlimit) {
    const nproc = limits.processes * THREADS_PER_PROCESS;
    argv.push(
      "prlimit",
      // Soft limit → SIGXCPU; a process that ignores it is killed at the hard limit a second later.
      `--cpu=${limits.cpuSeconds}:${limits.cpuSeconds + 1}`,
      `--as=${addressSpaceBytes(runtime, limits.memoryMb)}`,
      `--fsize=${limits.outputMb * MB}`,
      `--nproc=${nproc}`,
      "--core=0",
      "--",
    );
    enforced.cpu = `RLIMIT_CPU ${limits.cpuSeconds} s (SIGXCPU), SIGKILL at ${limits.cpuSeconds + 1} s`;
    enforced.memory = runtime === "node" ? `V8 heap ${limits.memoryMb} MB, RLIMIT_AS ${addressSpaceBytes(runtime, limits.memoryMb) / MB} MB` : `RLIMIT_AS ${limits.memoryMb} MB`;
    enforced.fileSize = `RLIMIT_FSIZE ${limits.outputMb} MB per file`;
    enforced.processes =
      caps.dropToUid !== null
        ? `RLIMIT_NPROC ${nproc} threads for uid ${caps.dropToUid} (${limits.processes} process(es) × ${THREADS_PER_PROCESS})`
        : `RLIMIT_NPROC ${nproc} counted against the worker's own user (approximate: not a dedicated uid)`;
  } else {
    enforced.cpu = enforced.memory = enforced.fileSize = enforced.processes = "not enforced (prlimit missing)";
  }
  if (caps.netNamespace) {
    argv.push("unshare", "--net", ...(caps.netNamespace === "user-namespace" ? ["--user", "--map-root-user"] : []), "--");
    enforced.network = "none: empty network namespace (unshare --net), loopback down";
  } else {
    enforced.network = "NOT isolated: network namespaces are unavailable on this worker";
  }
  if (caps.dropToUid !== null) {
    argv.push("setpriv", `--reuid=${caps.dropToUid}`, `--regid=${caps.dropToUid}`, "--clear-groups", "--");
    enforced.user = `uid/gid ${caps.dropToUid}, no supplementary groups`;
  } else {
    enforced.user = "the worker's own user";
  }
  enforced.wallTime = `${limits.wallSeconds} s, then the process group is killed`;
  enforced.output = `${limits.outputMb} MB of stdout+stderr and of files written, checked while running`;
  enforced.environment = "cleaned: PATH, HOME and TMPDIR in the run folder, LANG, TANGENT_* only";
  argv.push(interpreter, ...interpreterArgs(runtime, entry, limits));
  const [command, ...args] = argv;
  return { command: command!, args, enforced };
}

export interface ContainerCommandInput {
  engine: "docker" | "podman";
  image: string;
  runtime: ScriptRuntime;
  entry: string;
  /** Host folder with the bundle's files, mounted read-only at /bundle. */
  bundleDir: string;
  /** Host folder for outputs, mounted read-write at /run and used as the working directory. */
  workDir: string;
  limits: RunLimits;
  name: string;
  env: Record<string, string>;
}

export function containerCommand(input: ContainerCommandInput): { command: string; args: string[] } {
  const { limits } = input;
  const args = [
    "run",
    "--rm",
    "--name",
    input.name,
    "--network",
    "none",
    "--read-only",
    "--cap-drop",
    "ALL",
    "--security-opt",
    "no-new-privileges",
    "--user",
    "65534:65534",
    "--memory",
    `${limits.memoryMb}m`,
    "--memory-swap",
    `${limits.memoryMb}m`,
    "--pids-limit",
    String(limits.processes * THREADS_PER_PROCESS),
    "--cpus",
    "1",
    "--ulimit",
    `cpu=${limits.cpuSeconds}:${limits.cpuSeconds}`,
    "--ulimit",
    `fsize=${limits.outputMb * MB}:${limits.outputMb * MB}`,
    "--tmpfs",
    "/tmp:rw,noexec,nosuid,size=64m",
    "--mount",
    `type=bind,source=${input.bundleDir},target=/bundle,readonly`,
    "--mount",
    `type=bind,source=${input.workDir},target=/run`,
    "--workdir",
    "/run",
  ];
  for (const [k, v] of Object.entries(input.env).sort(([a], [b]) => (a < b ? -1 : 1))) args.push("--env", `${k}=${v}`);
  const interpreter = input.runtime === "python" ? "python3" : "node";
  args.push(input.image, interpreter, ...interpreterArgs(input.runtime, `/bundle/${input.entry}`, limits));
  return { command: input.engine, args };
}
