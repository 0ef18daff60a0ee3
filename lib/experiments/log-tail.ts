// A run's log as stored: the most recent text up to a cap, with a note of how much was dropped, so a script
// that prints megabytes cannot bloat the database while the end (where errors are) is always kept.

export const LOG_CAP_CHARS = 256 * 1024;

export class LogTail {
  private text: string;
  private dropped = 0;
  constructor(
    initial = "",
    private readonly cap = LOG_CAP_CHARS,
  ) {
    this.text = initial;
    this.trim();
  }

  append(line: string, stream: "stdout" | "stderr" | "system"): void {
    this.text += stream === "system" ? `[tangent] ${line}\n` : stream === "stderr" ? `${line}\n` : `${line}\n`;
    this.trim();
  }

  private trim(): void {
    if (this.text.length <= this.cap) return;
    const cut = this.text.length - this.cap;
    this.dropped += cut;
    this.text = this.text.slice(cut);
  }

  toString(): string {
    return this.dropped ? `[tangent] … ${this.dropped} earlier characters of log dropped …\n${this.text}` : this.text;
  }
}
