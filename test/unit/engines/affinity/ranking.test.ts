import { describe, expect, it } from "vitest";
import { buildAffinityIndex, computeAffinity, explainAffinity, scoreAffinity, scorePair, toAffinityScores } from "@/lib/engines/affinity";
import { EXPERT_OF, REVIEWERS, SUBMISSIONS } from "./hand-made-corpus";

describe("BM25 ranking on a hand-made corpus", () => {
  const scores = computeAffinity(SUBMISSIONS, REVIEWERS, { topPerPaper: 10 });

  it("ranks the on-topic reviewer first for every paper", () => {
    for (const s of SUBMISSIONS) {
      const first = scores.find((x) => x.paperId === s.id);
      expect(first?.reviewerId, s.id).toBe(EXPERT_OF[s.id]);
    }
  });

  it("keeps scores in [0, 1] and leaves out reviewers with nothing in common", () => {
    for (const x of scores) {
      expect(x.score).toBeGreaterThan(0);
      expect(x.score).toBeLessThanOrEqual(1);
    }
    expect(scores.some((x) => x.reviewerId === "no-publications")).toBe(false);
  });

  it("scores identical texts 1", () => {
    const same = computeAffinity([{ id: "p", title: "Kernel ridge regression", abstract: "Spectral analysis of kernel ridge regression." }], [
      { id: "r", publications: [{ title: "Kernel ridge regression", abstract: "Spectral analysis of kernel ridge regression." }] },
      { id: "other", publications: [{ title: "Graph coloring", abstract: "Chromatic numbers of random graphs." }] },
    ]);
    expect(same[0]!.reviewerId).toBe("r");
    expect(same[0]!.score).toBeCloseTo(1, 5);
  });

  it("weights titles above abstracts", () => {
    const reviewers = [
      { id: "title-match", publications: [{ title: "Langevin dynamics sampling", abstract: "A study of mixing times." }] },
      { id: "abstract-match", publications: [{ title: "A study of mixing times", abstract: "Langevin dynamics sampling." }] },
    ];
    const s = computeAffinity([{ id: "p", title: "Langevin dynamics sampling", abstract: "Convergence in Wasserstein distance." }], reviewers);
    expect(s[0]!.reviewerId).toBe("title-match");
  });

  it("reports exactly the score scorePair computes, and explanations that add up to it", () => {
    const index = buildAffinityIndex(SUBMISSIONS, REVIEWERS);
    for (const x of toAffinityScores(scoreAffinity(index))) {
      expect(scorePair(index, x.paperId, x.reviewerId)).toBeCloseTo(x.score, 10);
    }
    const e = explainAffinity(index, "ntk", "kernel-expert", { maxTerms: 1000 });
    expect(e.terms.reduce((a, t) => a + t.contribution, 0)).toBeCloseTo(e.score, 6);
    expect(e.terms.slice(0, 6).map((t) => t.term)).toEqual(expect.arrayContaining(["tangent", "kernel"]));
    expect(e.publications[0]!.title).toMatch(/neural tangent kernel/i);
    expect(e.publications.map((p) => p.similarity)).toEqual([...e.publications.map((p) => p.similarity)].sort((a, b) => b - a));
  });

  it("down-weights old publications when recency is on", () => {
    const plain = buildAffinityIndex(SUBMISSIONS, REVIEWERS);
    const recent = buildAffinityIndex(SUBMISSIONS, REVIEWERS, { recency: { currentYear: 2024, halfLifeYears: 3, floor: 0.2 } });
    expect(scorePair(recent, "ntk", "kernel-expert")).toBeLessThan(scorePair(plain, "ntk", "kernel-expert"));
    expect(scorePair(recent, "ntk", "kernel-expert")).toBeGreaterThan(0);
  });

  it("counts a publication listed twice (preprint and proceedings) once", () => {
    const twice = {
      id: "twice",
      publications: [
        { title: "Graph coloring", abstract: "Chromatic numbers of random graphs." },
        { title: "Neural Tangent Kernel!", abstract: "Wide networks and the neural tangent kernel." },
        { title: "neural tangent kernel", abstract: "Wide networks and the neural tangent kernel." },
      ],
    };
    const deduped = buildAffinityIndex(SUBMISSIONS, [twice]);
    const once = buildAffinityIndex(SUBMISSIONS, [{ id: "twice", publications: twice.publications.slice(0, 2) }]);
    const raw = buildAffinityIndex(SUBMISSIONS, [twice], { dedupePublications: false });
    expect(deduped.pubOwner.length).toBe(2);
    expect(raw.pubOwner.length).toBe(3);
    expect(scorePair(deduped, "ntk", "twice")).toBeCloseTo(scorePair(once, "ntk", "twice"), 12);
    const e = explainAffinity(deduped, "ntk", "twice");
    expect(e.publications.map((p) => p.index)).toEqual([1, 0]);
  });
});
