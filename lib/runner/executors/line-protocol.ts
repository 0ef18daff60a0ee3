// Scripts report progress by printing lines "progress 0.42" (a fraction in [0, 1]); every other line is log.

const PROGRESS = /^progress\s+([0-9]*\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\s*$/;

export function parseProgressLine(line: string): number | null {
  const m = PROGRESS.exec(line.trim());
  if (!m) return null;
  const v = Number(m[1]);
  return Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : null;
}

/** Splits a byte stream into lines, keeping a partial line until its newline arrives (or `flush`). */
export class LineSplitter {
  private rest = "";
  constructor(private readonly emit: (line: string) => void) {}

  push(chunk: string): void {
    const text = this.rest + chunk;
    const lines = text.split("\n");
    this.rest = lines.pop() ?? "";
    // A script printing megabytes without a newline must not grow one line without bound.
    if (this.rest.length > 64 * 1024) {
      lines.push(this.rest);
      this.rest = "";
    }
    for (const l of lines) this.emit(l.replace(/\r$/, ""));
  }

  flush(): void {
    if (this.rest) this.emit(this.rest);
    this.rest = "";
  }
}
