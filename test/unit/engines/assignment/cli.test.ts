// The CLI in-process: matcher-compatible files in, assignments.json out, clear errors on bad input.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runAssignCli } from "@/lib/engines/assignment/cli-run";

const dir = mkdtempSync(path.join(tmpdir(), "assign-cli-"));
const file = (name: string, text: string) => {
  const f = path.join(dir, name);
  writeFileSync(f, text);
  return f;
};

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runAssignCli(args, { log: (l) => out.push(l), error: (l) => err.push(l) });
  return { code, out, err: err.join("\n"), summary: out.length ? (JSON.parse(out.at(-1)!) as Record<string, unknown>) : null };
}

const affinity = file("affinity.csv", "paper_id,reviewer_id,score\np1,r1,0.9\np1,r2,0.5\np1,r3,0.1\np2,r1,0.8\np2,r2,0.7\np2,r3,0.2\n");
const bids = file("bids.csv", "p1,r3,1\np2,r3,1\n");
const base = ["--min_papers_default", "0", "--max_papers_default", "1", "--num_reviewers", "1"];

describe("assign CLI", () => {
  it("combines weighted score files, writes matcher-style assignments and alternates, ends with a JSON summary", async () => {
    const out = path.join(dir, "assignments.json");
    // affinity + 0.5 × bids: p1→r3 = 0.6, p2→r3 = 0.7; the best is p1:r1 (0.9) + p2:r2 (0.7) = 1.6.
    const r = await run(["--scores", affinity, bids, "--weights", "1", "0.5", ...base, "--alternates", "1", "--out", out, "--quiet"]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.summary).toMatchObject({ status: "optimal", total_score: 1.6, lowest_paper_score: 0.7, papers: 2, reviewers: 3 });
    expect(JSON.parse(readFileSync(out, "utf8"))).toEqual({
      p1: [{ user: "r1", aggregate_score: 0.9 }],
      p2: [{ user: "r2", aggregate_score: 0.7 }],
    });
    expect(JSON.parse(readFileSync(`${out}.alternates.json`, "utf8"))).toEqual({
      p1: [{ user: "r3", aggregate_score: 0.6 }],
      p2: [{ user: "r1", aggregate_score: 0.8 }],
    });
  });

  it("applies conflicts, forced pairs and per-reviewer loads from files", async () => {
    const constraints = file("constraints.csv", "p1,r1,-1\np2,r3,1\n");
    const maxPapers = file("max.csv", "r2,2\n");
    const out = path.join(dir, "c.json");
    const r = await run(["--scores", affinity, "--weights", "1", "--constraints", constraints, "--max_papers", maxPapers, ...base, "--out", out, "--quiet"]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8"))).toEqual({ p1: [{ user: "r2", aggregate_score: 0.5 }], p2: [{ user: "r3", aggregate_score: 0.2 }] });
  });

  it("exits 1 and explains infeasible input", async () => {
    const r = await run(["--scores", affinity, "--weights", "1", "--min_papers_default", "0", "--max_papers_default", "1", "--num_reviewers", "2", "--out", path.join(dir, "x.json"), "--quiet"]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("infeasible: demand 4 exceeds capacity 3");
    expect(r.summary).toMatchObject({ status: "infeasible" });
  });

  it.each([
    ["a malformed line, by file and line", file("bad.csv", "p1,r1,0.5\np1,r2\np2,r1,abc\n"), [], /bad\.csv:2: expected paper_id,reviewer_id,score but found 2 field\(s\)[\s\S]*bad\.csv:3: score "abc" is not a number/],
    ["a duplicate row", file("dup.csv", "p1,r1,0.5\np1,r1,0.6\n"), [], /dup\.csv:2: duplicate row for pair \(p1, r1\), first at line 1/],
    ["an unknown id in the constraints", affinity, ["--constraints", file("unk.csv", "p9,r1,-1\n")], /unk\.csv:1: unknown paper "p9"/],
    ["a negative load", affinity, ["--max_papers", file("neg.csv", "r1,-2\n")], /neg\.csv:1: max load "-2" must be a non-negative integer/],
    ["a non-integer load", affinity, ["--min_papers", file("frac.csv", "r1,1.5\n")], /frac\.csv:1: min load "1.5" must be a non-negative integer/],
    ["an empty reviewer pool", file("empty.csv", "paper_id,reviewer_id,score\n"), [], /empty reviewer pool/],
  ])("rejects %s with exit 2", async (_, scores, extra, message) => {
    const r = await run(["--scores", scores, "--weights", "1", ...extra, ...base, "--out", path.join(dir, "bad.json"), "--quiet"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });

  it("rejects bad arguments: wrong number of weights, a negative default, an unknown solver", async () => {
    const wrongWeights = await run(["--scores", affinity, bids, "--weights", "1", ...base, "--out", "x.json"]);
    expect(wrongWeights.code).toBe(2);
    expect(wrongWeights.err).toContain("give one --weights value per --scores file");
    const negative = await run(["--scores", affinity, "--weights", "1", "--max_papers_default", "-1", "--num_reviewers", "1", "--out", "x.json"]);
    expect(negative.code).toBe(2);
    expect(negative.err).toContain("--max_papers_default must not be negative");
    const solver = await run(["--scores", affinity, "--weights", "1", ...base, "--solver", "magic", "--out", "x.json"]);
    expect(solver.code).toBe(2);
    expect(solver.err).toMatch(/--solver/);
  });
});
