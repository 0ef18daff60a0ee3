// Progress and cancellation for long-running kernels.
//
// Kernels are CPU-bound loops; an AbortSignal can only fire (and a worker thread can only receive a
// "cancel" message) when the event loop gets a turn. So `run` is async and calls `checkpoint` between
// units of work: it throws once the signal is aborted and yields to the event loop every few tens of ms.

import { setImmediate as yieldToEventLoop } from "node:timers/promises";

export interface RunContext {
  /** Fraction of the work done, in [0, 1], non-decreasing; called with 1 at the end. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

export class KernelAbortedError extends Error {
  override readonly name = "AbortError";
  constructor(reason?: unknown) {
    super("Kernel run was cancelled", { cause: reason });
  }
}

export type Checkpoint = (fraction: number) => Promise<void>;

/** A 25 ms yield interval keeps the overhead below 1% while cancelling within a blink. */
export function createCheckpoint(ctx: RunContext, yieldEveryMs = 25): Checkpoint {
  let last = performance.now();
  let reported = 0;
  return async (fraction: number) => {
    if (ctx.signal?.aborted) throw new KernelAbortedError(ctx.signal.reason);
    const f = Math.min(1, Math.max(reported, fraction));
    if (f > reported || f === 1) {
      reported = f;
      ctx.onProgress?.(f);
    }
    const now = performance.now();
    if (now - last >= yieldEveryMs) {
      await yieldToEventLoop();
      last = performance.now();
      if (ctx.signal?.aborted) throw new KernelAbortedError(ctx.signal.reason);
    }
  };
}
