// What an executor is asked to run and what it reports back. Shared by the built-in (worker thread), process
// (sandboxed child) and container executors.

export interface RunLimits {
  cpuSeconds: number;
  wallSeconds: number;
  memoryMb: number;
  outputMb: number;
  processes: number;
}

export interface ExecutionEvents {
  /** Fraction done in [0, 1], from the kernel or a script's `progress 0.42` lines. */
  onProgress?: (fraction: number) => void;
  /** One line of output (without its newline), `stream` telling where it came from. */
  onLog?: (line: string, stream: "stdout" | "stderr" | "system") => void;
  signal?: AbortSignal;
}

/** Why a run stopped, in words a user can act on; `ok` only when it finished by itself with status 0. */
export type StopReason =
  | "ok"
  | "exit-code"
  | "crashed"
  | "cpu-limit"
  | "wall-limit"
  | "memory-limit"
  | "output-limit"
  | "process-limit"
  | "cancelled"
  | "missing-runtime";

export interface ExecutionOutcome {
  reason: StopReason;
  /** One sentence for the run page, e.g. "Stopped: wall-time limit of 10 s reached". */
  message: string;
  exitCode: number | null;
  signal: string | null;
  wallSeconds: number;
  /** Peak resident memory of the main process (sampled from /proc), when known. */
  peakMemoryMb: number | null;
  /** What the sandbox actually enforced on this machine, for provenance. */
  isolation: Record<string, string>;
  /** Runtime versions, e.g. { python: "3.11.2", numpy: "1.24.2" } or { node: "v20.20.2" }. */
  versions: Record<string, string>;
}
