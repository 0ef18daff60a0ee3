// Seeded synthetic instances for the benchmark and the scale tests. Scores follow topics, so that
// the good reviewers of a paper compete for the same papers (the hard part of real instances),
// plus a per-reviewer seniority term that makes some reviewers popular everywhere.
import type { AssignmentProblem, PaperReviewer, PairScores } from "./types";

/** mulberry32: tiny, fast and good enough for test data; the same seed gives the same instance. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratorOptions {
  papers: number;
  reviewers: number;
  candidatesPerPaper: number;
  reviewersPerPaper: number;
  maxLoad: number;
  /** Share of reviewers with a smaller personal cap (2 … maxLoad−1). */
  reducedCapShare?: number;
  minLoad?: number;
  conflictRate: number;
  topics?: number;
  seed: number;
}

export function generateInstance(o: GeneratorOptions): AssignmentProblem & { scores: PairScores } {
  const rnd = seededRandom(o.seed);
  const topics = o.topics ?? Math.max(4, Math.round(o.papers / 150));
  const width = String(Math.max(o.papers, o.reviewers) - 1).length;
  const paperIds = Array.from({ length: o.papers }, (_, i) => `p${String(i).padStart(width, "0")}`);
  const reviewerIds = Array.from({ length: o.reviewers }, (_, i) => `r${String(i).padStart(width, "0")}`);

  const primary = new Int32Array(o.reviewers);
  const secondary = new Int32Array(o.reviewers);
  const seniority = new Float64Array(o.reviewers);
  const byTopic: number[][] = Array.from({ length: topics }, () => []);
  for (let r = 0; r < o.reviewers; r++) {
    primary[r] = Math.floor(rnd() * topics);
    secondary[r] = Math.floor(rnd() * topics);
    seniority[r] = rnd() ** 3;
    byTopic[primary[r]!]!.push(r);
    if (secondary[r] !== primary[r]) byTopic[secondary[r]!]!.push(r);
  }

  const n = o.papers * o.candidatesPerPaper;
  const paper = new Int32Array(n);
  const reviewer = new Int32Array(n);
  const score = new Float64Array(n);
  const conflicts: PaperReviewer[] = [];
  const taken = new Uint8Array(o.reviewers);
  const chosen: number[] = [];
  let k = 0;
  for (let p = 0; p < o.papers; p++) {
    const topic = Math.floor(rnd() * topics);
    const pool = byTopic[topic]!;
    const fromTopic = Math.min(pool.length, Math.round(o.candidatesPerPaper * 0.7));
    chosen.length = 0;
    for (let tries = 0; chosen.length < fromTopic && tries < fromTopic * 4; tries++) {
      const r = pool[Math.floor(rnd() * pool.length)]!;
      if (!taken[r]) {
        taken[r] = 1;
        chosen.push(r);
      }
    }
    while (chosen.length < Math.min(o.candidatesPerPaper, o.reviewers)) {
      const r = Math.floor(rnd() * o.reviewers);
      if (!taken[r]) {
        taken[r] = 1;
        chosen.push(r);
      }
    }
    for (const r of chosen) {
      taken[r] = 0;
      const match = primary[r] === topic ? 0.55 : secondary[r] === topic ? 0.35 : 0.05;
      const s = match + 0.25 * seniority[r]! + 0.2 * rnd();
      paper[k] = p;
      reviewer[k] = r;
      score[k] = Math.min(1, s);
      k++;
      if (rnd() < o.conflictRate) conflicts.push({ paper: paperIds[p]!, reviewer: reviewerIds[r]! });
    }
  }

  const maxLoad: Record<string, number> = {};
  const reduced = o.reducedCapShare ?? 0;
  for (let r = 0; r < o.reviewers; r++) {
    if (rnd() < reduced) maxLoad[reviewerIds[r]!] = 2 + Math.floor(rnd() * Math.max(1, o.maxLoad - 2));
  }

  return {
    scores: { paperIds, reviewerIds, paper: paper.subarray(0, k), reviewer: reviewer.subarray(0, k), score: score.subarray(0, k) },
    reviewersPerPaper: o.reviewersPerPaper,
    maxLoadDefault: o.maxLoad,
    minLoadDefault: o.minLoad ?? 0,
    maxLoad,
    conflicts,
  };
}
