// Seeded generator of topical paper-like text for benchmarks and scale tests. Words are
// pseudo-words; each document mixes function words, a Zipfian background vocabulary and
// the Zipfian vocabularies of one to three topics, so posting-list lengths and overlap
// between on-topic documents resemble a real venue's.
import type { Reviewer, Submission } from "./types";

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FUNCTION_WORDS = "the of and a to in we is for that this on with by are as an be our from which these it can at show propose results paper method approach".split(" ");
const ONSETS = ["b", "c", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "cr", "dr", "gl", "pl", "st", "tr", "sp", "qu", "th", "ch"];
const VOWELS = ["a", "e", "i", "o", "u", "ai", "ea", "io", "ou"];
const CODAS = ["", "", "", "n", "r", "s", "l", "x", "m", "nt", "rk"];

class ZipfSampler {
  private readonly cdf: Float64Array;
  constructor(n: number, exponent: number) {
    this.cdf = new Float64Array(n);
    let sum = 0;
    for (let i = 0; i < n; i++) {
      sum += 1 / Math.pow(i + 1, exponent);
      this.cdf[i] = sum;
    }
    for (let i = 0; i < n; i++) this.cdf[i]! /= sum;
  }
  sample(u: number): number {
    let lo = 0;
    let hi = this.cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cdf[mid]! < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

export interface SyntheticOptions {
  submissions: number;
  reviewers: number;
  publicationsPerReviewer: number;
  topics: number;
  seed: number;
}

export interface SyntheticCorpus {
  submissions: Submission[];
  reviewers: Reviewer[];
  /** Topic ids per submission and per reviewer, to check that matches are on-topic. */
  submissionTopics: number[][];
  reviewerTopics: number[][];
}

export function generateCorpus(o: SyntheticOptions): SyntheticCorpus {
  const rnd = mulberry32(o.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const seen = new Set<string>();
  const makeWord = (): string => {
    for (;;) {
      const syllables = 2 + Math.floor(rnd() * 3);
      let w = "";
      for (let i = 0; i < syllables; i++) w += pick(ONSETS) + pick(VOWELS);
      w += pick(CODAS);
      if (!seen.has(w)) {
        seen.add(w);
        return w;
      }
    }
  };
  const background = Array.from({ length: 5000 }, makeWord);
  const technical = Array.from({ length: Math.max(2000, o.topics * 40) }, makeWord);
  const topicWords = Array.from({ length: o.topics }, () => Array.from({ length: 80 }, () => pick(technical)));
  const bgZipf = new ZipfSampler(background.length, 1.0);
  const topicZipf = new ZipfSampler(80, 0.9);

  const word = (topics: readonly number[], functionShare: number): string => {
    const u = rnd();
    if (u < functionShare) return pick(FUNCTION_WORDS);
    if (u < functionShare + 0.25) return background[bgZipf.sample(rnd())]!;
    return topicWords[pick(topics)]![topicZipf.sample(rnd())]!;
  };
  const title = (topics: readonly number[]): string => {
    const n = 7 + Math.floor(rnd() * 6);
    const ws = Array.from({ length: n }, () => word(topics, 0.15));
    ws[0] = ws[0]!.charAt(0).toUpperCase() + ws[0]!.slice(1);
    return ws.join(" ");
  };
  const abstract = (topics: readonly number[]): string => {
    let n = 100 + Math.floor(rnd() * 80);
    const sentences: string[] = [];
    while (n > 0) {
      const len = Math.min(n, 12 + Math.floor(rnd() * 14));
      sentences.push(Array.from({ length: len }, () => word(topics, 0.35)).join(" ") + ".");
      n -= len;
    }
    return sentences.join(" ");
  };
  const topicSet = (max: number): number[] => {
    const n = 1 + Math.floor(rnd() * max);
    const s = new Set<number>();
    while (s.size < n) s.add(Math.floor(rnd() * o.topics));
    return [...s];
  };

  const submissions: Submission[] = [];
  const submissionTopics: number[][] = [];
  for (let i = 0; i < o.submissions; i++) {
    const t = topicSet(2);
    submissionTopics.push(t);
    submissions.push({ id: `P${i}`, title: title(t), abstract: abstract(t) });
  }
  const reviewers: Reviewer[] = [];
  const reviewerTopics: number[][] = [];
  for (let i = 0; i < o.reviewers; i++) {
    const t = topicSet(3);
    reviewerTopics.push(t);
    const publications = Array.from({ length: o.publicationsPerReviewer }, () => {
      // Each publication is on one or two of the reviewer's topics.
      const pt = rnd() < 0.6 || t.length === 1 ? [pick(t)] : [pick(t), pick(t)];
      return { title: title(pt), abstract: abstract(pt), year: 2010 + Math.floor(rnd() * 15) };
    });
    reviewers.push({ id: `R${i}`, publications });
  }
  return { submissions, reviewers, submissionTopics, reviewerTopics };
}
