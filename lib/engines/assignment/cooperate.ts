// The solvers are synchronous loops; a job runner cancels through an AbortSignal that is fired from
// another event (a poll, a message). Such an event can only run if the loop gives the event loop a
// turn now and then, so long loops await `pause()` every ~50 ms of work.

const nextTurn: () => Promise<void> =
  typeof setImmediate === "function" ? () => new Promise((r) => setImmediate(r)) : () => new Promise((r) => setTimeout(r, 0));

export class Cooperation {
  private last = performance.now();

  constructor(
    private readonly signal: AbortSignal | undefined,
    private readonly sliceMs = 50,
  ) {}

  /** Cheap enough to call in a hot loop every few hundred iterations. */
  due(): boolean {
    return performance.now() - this.last >= this.sliceMs;
  }

  async pause(): Promise<void> {
    this.throwIfAborted();
    await nextTurn();
    this.throwIfAborted();
    this.last = performance.now();
  }

  throwIfAborted(): void {
    if (this.signal?.aborted) throw abortError(this.signal);
  }
}

export function abortError(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  if (reason instanceof Error) return reason;
  const e = new Error(typeof reason === "string" ? reason : "assignment cancelled");
  e.name = "AbortError";
  return e;
}
