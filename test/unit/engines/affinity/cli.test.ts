import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runAffinityCli } from "@/lib/engines/affinity/cli-run";

const FIXTURE = path.resolve(__dirname, "../../../fixtures/openreview-small");
const tmp = mkdtempSync(path.join(tmpdir(), "affinity-cli-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function run(argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runAffinityCli(argv, { log: (l) => out.push(l), error: (l) => err.push(l) });
  return { code, out, err };
}

function rows(file: string): string[][] {
  return readFileSync(file, "utf8").trim().split("\n").map((l) => l.split(","));
}

describe("affinity CLI on an OpenReview-format folder", () => {
  it("writes every pair for small inputs, best reviewer first, and a JSON summary last", async () => {
    const file = path.join(tmp, "all.csv");
    const { code, out } = await run(["--openreview-dir", FIXTURE, "--out", file]);
    expect(code).toBe(0);
    const r = rows(file);
    expect(r).toHaveLength(4 * 5);
    expect(new Set(r.map((x) => `${x[0]},${x[1]}`)).size).toBe(20);
    const best = (paper: string): string => r.find((x) => x[0] === paper)![1]!;
    expect(best("sub-ntk")).toBe("~Ada_Kernel1");
    expect(best("sub-pac")).toBe("~Ben_Bounds1");
    expect(best("sub-sgd")).toBe("~Cleo_Bias1");
    expect(best("sub-attn")).toBe("~Dan_Attention1");
    for (const x of r) expect(Number(x[2])).toBeGreaterThanOrEqual(0);
    expect(JSON.parse(out.at(-1)!)).toMatchObject({ papers: 4, reviewers: 5, pairs_written: 20 });
  });

  it("reads both {value} and plain-string fields and reports malformed lines by file and line", async () => {
    const { err } = await run(["--openreview-dir", FIXTURE, "--out", path.join(tmp, "x.csv")]);
    expect(err).toEqual([
      expect.stringMatching(/~Ben_Bounds1\.jsonl:3: invalid JSON/),
      expect.stringMatching(/~Ben_Bounds1\.jsonl:4: content\.abstract/),
    ]);
  });

  it("writes only the top candidates above the all-pairs limit", async () => {
    const file = path.join(tmp, "top.csv");
    const { code, out } = await run(["--openreview-dir", FIXTURE, "--out", file, "--top", "2", "--top-per-reviewer", "1", "--all-pairs-limit", "0"]);
    expect(code).toBe(0);
    const r = rows(file);
    const perPaper = new Map<string, number>();
    for (const x of r) perPaper.set(x[0]!, (perPaper.get(x[0]!) ?? 0) + 1);
    for (const n of perPaper.values()) expect(n).toBeGreaterThanOrEqual(2);
    // Every reviewer with any positive score keeps its best paper.
    expect(new Set(r.map((x) => x[1])).size).toBe(5);
    expect(JSON.parse(out.at(-1)!).pairs_written).toBe(r.length);
  });

  it("refuses malformed input under --strict and bad arguments with usage", async () => {
    expect((await run(["--openreview-dir", FIXTURE, "--out", path.join(tmp, "s.csv"), "--strict"])).code).toBe(1);
    const bad = await run(["--openreview-dir", FIXTURE, "--out", path.join(tmp, "b.csv"), "--top", "-3"]);
    expect(bad.code).toBe(2);
    expect(bad.err.join("\n")).toMatch(/top/);
    expect((await run(["--out", "x.csv"])).code).toBe(2);
  });
});
