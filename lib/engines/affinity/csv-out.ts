// Writes paper_id,reviewer_id,score rows without a header, as OpenReview's expertise API does.
import { createWriteStream } from "node:fs";

function field(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Streams rows in chunks; returns the number written. */
export async function writeScoreCsv(file: string, rows: Iterable<[string, string, number]>): Promise<number> {
  const out = createWriteStream(file, { encoding: "utf8" });
  let n = 0;
  let chunk = "";
  const flush = async (): Promise<void> => {
    if (!out.write(chunk)) await new Promise<void>((resolve) => out.once("drain", resolve));
    chunk = "";
  };
  for (const [p, r, s] of rows) {
    chunk += `${field(p)},${field(r)},${Number(s.toFixed(6))}\n`;
    n++;
    if (chunk.length > 1 << 16) await flush();
  }
  await flush();
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  return n;
}
