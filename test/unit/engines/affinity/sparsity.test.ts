import { describe, expect, it } from "vitest";
import { buildAffinityIndex, scoreAffinity, scorePair, type SparseAffinity } from "@/lib/engines/affinity";
import { generateCorpus } from "@/lib/engines/affinity/synthetic-corpus";

const corpus = generateCorpus({ submissions: 80, reviewers: 120, publicationsPerReviewer: 5, topics: 12, seed: 7 });

function perPaper(s: SparseAffinity): Map<number, number[]> {
  const m = new Map<number, number[]>();
  for (let i = 0; i < s.paper.length; i++) m.set(s.paper[i]!, [...(m.get(s.paper[i]!) ?? []), i]);
  return m;
}

describe("sparse top-K scoring", () => {
  const index = buildAffinityIndex(corpus.submissions, corpus.reviewers);
  const K = 5;
  const K2 = 3;
  const s = scoreAffinity(index, { topPerPaper: K, topPerReviewer: K2 });
  const exactAll = scoreAffinity(index, { topPerPaper: 120, topPerReviewer: 0 });

  it("keeps at least the top K per paper, in descending order, each the true top K", () => {
    const full = perPaper(exactAll);
    for (const [p, rows] of perPaper(s)) {
      expect(rows.length).toBeGreaterThanOrEqual(K);
      const scores = rows.map((i) => s.score[i]!);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      const trueTop = full.get(p)!.slice(0, K).map((i) => exactAll.reviewer[i]);
      expect(rows.slice(0, K).map((i) => s.reviewer[i])).toEqual(trueTop);
    }
    expect(s.paper.length).toBeLessThan(80 * 120);
  });

  it("adds each reviewer's best K' papers even when outside the papers' top K", () => {
    const listed = new Set<string>();
    for (let i = 0; i < s.paper.length; i++) listed.add(`${s.paper[i]}:${s.reviewer[i]}`);
    const byReviewer = new Map<number, Array<[number, number]>>();
    for (let i = 0; i < exactAll.paper.length; i++) {
      const r = exactAll.reviewer[i]!;
      byReviewer.set(r, [...(byReviewer.get(r) ?? []), [exactAll.score[i]!, exactAll.paper[i]!]]);
    }
    let extras = 0;
    for (const [r, list] of byReviewer) {
      list.sort((a, b) => b[0] - a[0] || a[1] - b[1]);
      for (const [, p] of list.slice(0, K2)) expect(listed.has(`${p}:${r}`)).toBe(true);
    }
    for (const rows of perPaper(s).values()) extras += rows.length - K;
    expect(extras).toBeGreaterThan(0);
  });

  it("is deterministic", () => {
    const again = scoreAffinity(buildAffinityIndex(corpus.submissions, corpus.reviewers), { topPerPaper: K, topPerReviewer: K2 });
    expect(Array.from(again.reviewer)).toEqual(Array.from(s.reviewer));
    expect(Array.from(again.score)).toEqual(Array.from(s.score));
  });

  it("gives the same exact scores when candidate generation is pruned", () => {
    const pruned = buildAffinityIndex(corpus.submissions, corpus.reviewers, { pruneDfFraction: 0.001 });
    expect(pruned.pruneAbove).toBeLessThan(Infinity);
    const ps = scoreAffinity(pruned, { topPerPaper: K, topPerReviewer: 0, candidatePool: 40 });
    for (let i = 0; i < ps.paper.length; i++) {
      expect(ps.score[i]).toBeCloseTo(scorePair(index, corpus.submissions[ps.paper[i]!]!.id, corpus.reviewers[ps.reviewer[i]!]!.id), 5);
    }
    // With a generous pool the pruned top K equals the exact top K.
    const full = perPaper(exactAll);
    let same = 0;
    let total = 0;
    for (const [p, rows] of perPaper(ps)) {
      const truth = new Set(full.get(p)!.slice(0, K).map((i) => exactAll.reviewer[i]));
      for (const i of rows) if (truth.has(ps.reviewer[i])) same++;
      total += truth.size;
    }
    expect(same / total).toBeGreaterThan(0.95);
  });

  it("puts every top-1 reviewer on one of the paper's topics", () => {
    for (const [p, rows] of perPaper(s)) {
      const r = s.reviewer[rows[0]!]!;
      expect(corpus.reviewerTopics[r]!.some((t) => corpus.submissionTopics[p]!.includes(t))).toBe(true);
    }
  });
});
