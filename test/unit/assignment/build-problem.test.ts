import { describe, expect, it } from "vitest";
import { buildProblem, combinedPairScores, type RunInputs } from "@/lib/assignment/build-problem";
import type { RunParams } from "@/lib/assignment/schema";
import { solveAssignment } from "@/lib/engines/assignment";

const BASE: RunParams = { reviewersPerPaper: 3, maxLoadDefault: 6, minLoadDefault: 0, objective: "sum", affinityWeight: 0.7, keepDeployed: false };
type Pair = { paper: string; reviewer: string; score: number };

describe("score weights per source", () => {
  const affinities = [
    { paperId: "p", reviewerId: "a", source: "tangent-lexical", score: 0.5 },
    { paperId: "p", reviewerId: "a", source: "import:specter", score: 0.9 },
    { paperId: "p", reviewerId: "b", source: "import:specter", score: 0.2 },
  ];
  const bids = [{ paperId: "p", reviewerId: "b", value: "VERY_HIGH" as const }];

  it("weighs each source and the bids by the chair's weights; a source left out weighs 0", () => {
    const scores = combinedPairScores(affinities, bids, { ...BASE, sourceWeights: { "import:specter": 2, "tangent-lexical": 0.5 }, bidWeight: 0.25 });
    expect(scores.get("p|a")).toBeCloseTo(0.5 * 0.5 + 2 * 0.9, 12);
    expect(scores.get("p|b")).toBeCloseTo(2 * 0.2 + 0.25 * 1, 12);
    const onlyLexical = combinedPairScores(affinities, bids, { ...BASE, sourceWeights: { "tangent-lexical": 1 }, bidWeight: 0 });
    expect(onlyLexical.get("p|a")).toBeCloseTo(0.5, 12);
    expect(onlyLexical.get("p|b")).toBe(0);
  });

  it("without per-source weights, splits the affinity weight equally among the venue's sources as before", () => {
    const scores = combinedPairScores(affinities, bids, BASE);
    expect(scores.get("p|a")).toBeCloseTo(0.35 * 0.5 + 0.35 * 0.9, 12);
    // One paper's rows weighed as the venue: a third source elsewhere in the venue changes the split.
    const venueWide = combinedPairScores(affinities, bids, BASE, ["tangent-lexical", "import:specter", "import:other"]);
    expect(venueWide.get("p|a")).toBeCloseTo((0.7 / 3) * 1.4, 12);
  });
});

describe("sparse candidates for large venues", () => {
  // 300 papers × 400 reviewers; each paper scored against 30 reviewers, except every tenth paper (only 4).
  function instance(): RunInputs {
    const papers = Array.from({ length: 300 }, (_, i) => `p${i}`);
    const reviewers = Array.from({ length: 400 }, (_, i) => ({ id: `r${i}`, maxLoad: null, minLoad: null }));
    const affinities: RunInputs["affinities"] = [];
    papers.forEach((p, i) => {
      const n = i % 10 === 0 ? 4 : 30;
      for (let j = 0; j < n; j++) affinities.push({ paperId: p, reviewerId: `r${(i * 7 + j * 13) % 400}`, source: "tangent-lexical", score: 1 - j / 40 });
    });
    // A high bid on a pair outside the paper's top candidates, and a conflict on a paper's best pair.
    const bids: RunInputs["bids"] = [{ paperId: "p1", reviewerId: "r399", value: "HIGH" }];
    return { papers, reviewers, affinities, bids, conflicts: [{ paper: "p1", reviewer: "r7" }], deployed: [] };
  }

  it("keeps the candidate count bounded by P·K + bids + R·K', not P·R, and still covers every paper", async () => {
    const inputs = instance();
    const K = 20;
    const { problem } = buildProblem(inputs, BASE, { densePairLimit: 10_000, perPaper: K });
    const pairs = problem.scores as Pair[];
    expect(pairs.length).toBeLessThanOrEqual(300 * K + 1 + 400 * 5);
    expect(pairs.length).toBeLessThan((300 * 400) / 4);
    const per = new Map<string, Pair[]>();
    for (const p of pairs) (per.get(p.paper) ?? per.set(p.paper, []).get(p.paper)!).push(p);
    for (const paper of inputs.papers) expect(per.get(paper)?.length ?? 0).toBeGreaterThanOrEqual(K);
    // The best scored reviewers are in; the conflicted pair is not; the high bid outside the top K is.
    expect(per.get("p2")!.some((p) => p.reviewer === `r${(2 * 7) % 400}` && Math.abs(p.score - 0.7) < 1e-12)).toBe(true);
    expect(per.get("p1")!.some((p) => p.reviewer === "r7")).toBe(false);
    expect(per.get("p1")!.some((p) => p.reviewer === "r399")).toBe(true);
    // Papers with 4 scored reviewers get unscored ones (score 0) up to K.
    expect(per.get("p0")!.filter((p) => p.score === 0).length).toBe(K - 4);

    const result = await solveAssignment(problem);
    expect(result.status).toBe("optimal");
    expect(result.assignments).toHaveLength(900);
  });

  it("stays dense (every pair a candidate) under the limit", () => {
    const inputs = instance();
    const { problem } = buildProblem({ ...inputs, papers: inputs.papers.slice(0, 10) }, BASE);
    expect((problem.scores as Pair[]).length).toBe(10 * 400);
  });
});
