import path from "node:path";
import { describe, expect, it } from "vitest";
import { runEvaluation } from "@/lib/engines/affinity/evaluate";
import { mainLoss, parseEvaluations, resolution, type Ratings } from "@/lib/engines/affinity/goldstandard-metric";

const FIXTURE = path.resolve(__dirname, "../../../fixtures/affinity-goldstandard");

const ratings = (o: Record<string, Record<string, number>>): Ratings => new Map(Object.entries(o).map(([r, ps]) => [r, new Map(Object.entries(ps))]));

describe("gold-standard metrics (ported from scoring.py)", () => {
  const refs = ratings({ r: { a: 5, b: 3, c: 1 } });
  const papers = new Set(["a", "b", "c"]);

  it("is 0 for the right order, 1 for the reversed order and counts ties as half", () => {
    expect(mainLoss(ratings({ r: { a: 0.9, b: 0.5, c: 0.1 } }), refs, papers, ["r"])).toBe(0);
    expect(mainLoss(ratings({ r: { a: 0.1, b: 0.5, c: 0.9 } }), refs, papers, ["r"])).toBe(1);
    expect(mainLoss(ratings({ r: { a: 0.5, b: 0.5, c: 0.5 } }), refs, papers, ["r"])).toBe(0.5);
  });

  it("weights mistakes by the rating gap", () => {
    // Only (a, b) inverted: cost 2 out of |5-3| + |5-1| + |3-1| = 8.
    expect(mainLoss(ratings({ r: { a: 0.5, b: 0.6, c: 0.1 } }), refs, papers, ["r"])).toBe(0.25);
  });

  it("counts easy and hard pairs as the paper defines them", () => {
    const r2 = ratings({ r: { a: 5, b: 4, c: 2, d: 3 } });
    const preds = ratings({ r: { a: 0.1, b: 0.9, c: 0.0, d: 0.5 } });
    const all = new Set(["a", "b", "c", "d"]);
    expect(resolution(preds, r2, all, ["r"], "hard")).toEqual({ score: 0, correct: 0, total: 1 });
    expect(resolution(preds, r2, all, ["r"], "easy")).toEqual({ score: 1, correct: 2, total: 2 });
  });

  it("parses the tab-separated evaluations file", () => {
    const refs2 = parseEvaluations("ParticipantID\tPaper1\tPaper2\tExpertise1\tExpertise2\n42\tp\tq\t5.0\t2.5\n");
    expect(refs2.get("42")).toEqual(new Map([["p", 5], ["q", 2.5]]));
  });

  it("evaluates the model on a dataset folder, skipping participants without archives and papers without text", async () => {
    const r = await runEvaluation([
      "--evaluations", path.join(FIXTURE, "evaluations.csv"),
      "--datasets", path.join(FIXTURE, "d_20_1"),
      "--bootstraps", "50",
    ]);
    expect(r.results[0]!.skippedParticipants).toEqual(["999"]);
    expect(r.results[0]!.missingPapers).toEqual(["no_ss"]);
    expect(r.loss).toBeLessThan(0.2);
    expect(r.easy).toBe(1);
    expect(r.ci[0]).toBeLessThanOrEqual(r.loss);
  });
});
