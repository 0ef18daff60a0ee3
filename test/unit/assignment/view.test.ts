import { describe, expect, it } from "vitest";
import { buildProblem } from "@/lib/assignment/build-problem";
import { changesVsDeployed, loadHistogram, paperViews, scoreDistribution, type ProposalRows } from "@/lib/assignment/proposal-view";

const rows: ProposalRows = {
  papers: [
    { id: "p1", number: 1, externalId: null, title: "One" },
    { id: "p2", number: 2, externalId: null, title: "Two" },
    { id: "p3", number: 3, externalId: null, title: "Three" },
  ],
  reviewers: ["a", "b", "c"].map((id) => ({ id, name: id.toUpperCase(), email: `${id}@x.example`, maxLoad: null })),
  proposed: [
    { submissionId: "p1", userId: "a", score: 0.9, isAlternate: false, rank: 0 },
    { submissionId: "p1", userId: "b", score: 0.8, isAlternate: false, rank: 1 },
    { submissionId: "p2", userId: "a", score: 0.2, isAlternate: false, rank: 0 },
    { submissionId: "p2", userId: "b", score: 0.1, isAlternate: false, rank: 1 },
    { submissionId: "p3", userId: "a", score: 0.5, isAlternate: false, rank: 0 },
    { submissionId: "p3", userId: "c", score: 0.4, isAlternate: true, rank: 1 },
  ],
  deployed: [{ submissionId: "p1", userId: "a" }, { submissionId: "p2", userId: "c" }],
};

describe("proposal view", () => {
  it("lists papers short of reviewers first, then the lowest totals", () => {
    expect(paperViews(rows, 2).map((p) => p.number)).toEqual([3, 2, 1]);
    const p1 = paperViews(rows, 2).find((p) => p.id === "p1")!;
    expect(p1.reviewers.map((r) => [r.name, r.isNew])).toEqual([["A", false], ["B", true]]);
  });

  it("counts reviewers per load and bins assigned scores", () => {
    expect(loadHistogram(rows)).toEqual([{ load: 0, reviewers: 1 }, { load: 1, reviewers: 0 }, { load: 2, reviewers: 1 }, { load: 3, reviewers: 1 }]);
    const bins = scoreDistribution(rows, 4);
    expect(bins.reduce((s, b) => s + b.pairs, 0)).toBe(5);
    expect(bins[0]!.from).toBeCloseTo(0.1);
    expect(changesVsDeployed(rows)).toEqual({ added: 4, removed: 1, kept: 1 });
  });
});

describe("building the engine's problem", () => {
  const params = { reviewersPerPaper: 1, maxLoadDefault: 2, minLoadDefault: 1, objective: "sum" as const, affinityWeight: 0.5, keepDeployed: true };
  it("mixes affinity and bids by weight, turns conflict bids into conflicts, and caps the minimum by each reviewer's maximum", () => {
    const { problem, counts } = buildProblem(
      {
        papers: ["p1", "p2"],
        reviewers: [{ id: "a", maxLoad: null, minLoad: null }, { id: "b", maxLoad: 0, minLoad: null }],
        affinities: [{ paperId: "p1", reviewerId: "a", source: "tangent-lexical", score: 0.8 }],
        bids: [{ paperId: "p2", reviewerId: "a", value: "VERY_HIGH" }, { paperId: "p1", reviewerId: "b", value: "CONFLICT" }],
        conflicts: [{ paper: "p2", reviewer: "b" }, { paper: "gone", reviewer: "a" }],
        deployed: [{ paper: "p1", reviewer: "a" }, { paper: "p1", reviewer: "left-the-pool" }],
      },
      params,
    );
    const score = (paper: string, reviewer: string) => (problem.scores as { paper: string; reviewer: string; score: number }[]).find((s) => s.paper === paper && s.reviewer === reviewer)?.score;
    expect(score("p1", "a")).toBeCloseTo(0.4);
    expect(score("p2", "a")).toBeCloseTo(0.5);
    expect(score("p2", "b")).toBe(0);
    expect(problem.conflicts).toEqual([{ paper: "p2", reviewer: "b" }, { paper: "p1", reviewer: "b" }]);
    expect(problem.existing).toEqual([{ paper: "p1", reviewer: "a" }]);
    expect(problem.minLoad).toEqual({ b: 0 });
    expect(counts).toEqual({ affinityPairs: 1, bids: 1, conflicts: 2, kept: 1 });
  });
});
