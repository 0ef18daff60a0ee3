// Sparse scoring: for each paper, accumulate dot products over the inverted index, pick
// candidate reviewers, rescore them exactly, keep the top per paper; then add each
// reviewer's best papers so no reviewer is left without candidates.
import { aggregateTops } from "./aggregate";
import type { AffinityIndex } from "./build-index";
import { GrowableFloat64, GrowableUint32 } from "./growable";
import { insertTop, kthLargest } from "./select";
import { DEFAULT_SCORING_OPTIONS, type AffinityScore, type ScoringOptions } from "./types";

/** Scores grouped by paper (index order), each group by descending score then reviewer index. */
export interface SparseAffinity {
  paperIds: readonly string[];
  reviewerIds: readonly string[];
  paper: Uint32Array;
  reviewer: Uint32Array;
  score: Float64Array;
}

export function resolveScoringOptions(options: Partial<ScoringOptions>): ScoringOptions {
  const o = { ...DEFAULT_SCORING_OPTIONS, ...options };
  if (!(o.maxWeight >= 0 && o.maxWeight <= 1)) throw new Error("maxWeight must be in [0, 1]");
  if (!(o.topPublications >= 1)) throw new Error("topPublications must be ≥ 1");
  if (!(o.topPerPaper >= 0) || !(o.topPerReviewer >= 0)) throw new Error("topPerPaper and topPerReviewer must be ≥ 0");
  return o;
}

/** Keeps, per reviewer, the best `size` (paper, score) pairs seen, ties going to the earlier paper. */
class ReviewerBest {
  readonly score: Float64Array;
  readonly paper: Int32Array;
  private readonly minPos: Int32Array;
  private readonly minVal: Float64Array;
  constructor(reviewers: number, readonly size: number) {
    this.score = new Float64Array(reviewers * size).fill(-1);
    this.paper = new Int32Array(reviewers * size).fill(-1);
    this.minPos = new Int32Array(reviewers);
    this.minVal = new Float64Array(reviewers).fill(-1);
    for (let r = 0; r < reviewers; r++) this.minPos[r] = r * size;
  }
  offer(r: number, p: number, s: number): void {
    if (this.size === 0 || s <= this.minVal[r]!) return;
    const at = this.minPos[r]!;
    this.score[at] = s;
    this.paper[at] = p;
    let mp = r * this.size;
    for (let i = mp + 1; i < (r + 1) * this.size; i++) if (this.score[i]! < this.score[mp]!) mp = i;
    this.minPos[r] = mp;
    this.minVal[r] = this.score[mp]!;
  }
}

export function scoreAffinity(index: AffinityIndex, options: Partial<ScoringOptions> = {}): SparseAffinity {
  const opts = resolveScoringOptions(options);
  const P = index.submissions.length;
  const R = index.reviewers.length;
  const N = index.pubOwner.length;
  const k = opts.topPublications;
  const K = Math.min(opts.topPerPaper, R);
  const pruned = index.pruneAbove !== Infinity;
  const C = pruned ? Math.min(R, Math.max(K, opts.candidatePool ?? Math.max(2 * K, K + 100))) : R;
  const { subVectors: sub, pubVectors: pv, postings, pubDf, pubOwner, pubRecency, reviewerPubStart, pubHighCount } = index;
  const pruneAbove = index.pruneAbove;

  const acc = new Float64Array(N);
  const touchedPubs = new Uint32Array(N);
  const revTops = new Float64Array(R * k);
  const revTouched = new Uint8Array(R);
  const touchedRevs = new Uint32Array(R);
  const candScore = new Float64Array(R);
  const scratch = new Float64Array(R);
  const exactTops = new Float64Array(k);
  const qDense = pruned ? new Float64Array(index.numTerms) : new Float64Array(0);
  const highTerms: number[] = [];
  const cand: number[] = [];
  const candExact: number[] = [];

  const best = new ReviewerBest(R, Math.min(opts.topPerReviewer, P));
  const thrScore = new Float64Array(P);
  const thrRev = new Int32Array(P);
  const full = new Uint8Array(P);
  const mainStart = new Uint32Array(P + 1);
  const outRev = new GrowableUint32(Math.max(1024, P * Math.min(K, 64)));
  const outScore = new GrowableFloat64(Math.max(1024, P * Math.min(K, 64)));

  for (let p = 0; p < P; p++) {
    mainStart[p] = outRev.length;
    let nT = 0;
    highTerms.length = 0;
    for (let e = sub.offsets[p]!; e < sub.offsets[p + 1]!; e++) {
      const t = sub.terms[e]!;
      const df = pubDf[t]!;
      if (df === 0) continue;
      const qw = sub.weights[e]!;
      if (df > pruneAbove) {
        qDense[t] = qw;
        highTerms.push(t);
        continue;
      }
      const end = postings.offsets[t + 1]!;
      for (let j = postings.offsets[t]!; j < end; j++) {
        const pub = postings.terms[j]!;
        if (acc[pub] === 0) touchedPubs[nT++] = pub;
        acc[pub]! += qw * postings.weights[j]!;
      }
    }

    let nR = 0;
    for (let i = 0; i < nT; i++) {
      const pub = touchedPubs[i]!;
      const r = pubOwner[pub]!;
      if (!revTouched[r]) {
        revTouched[r] = 1;
        touchedRevs[nR++] = r;
      }
      insertTop(revTops, r * k, k, acc[pub]! * pubRecency[pub]!);
    }
    for (let i = 0; i < nR; i++) {
      const r = touchedRevs[i]!;
      candScore[i] = aggregateTops(revTops, r * k, k, reviewerPubStart[r + 1]! - reviewerPubStart[r]!, opts.maxWeight);
    }

    cand.length = 0;
    candExact.length = 0;
    if (!pruned) {
      for (let i = 0; i < nR; i++) {
        cand.push(touchedRevs[i]!);
        candExact.push(candScore[i]!);
      }
    } else {
      // Candidates by the partial (low-df) score, then exact rescoring with the pruned terms added back.
      const thr = nR > C ? kthLargest(candScore, nR, C, scratch) : -Infinity;
      for (let i = 0; i < nR; i++) if (candScore[i]! > thr) cand.push(touchedRevs[i]!);
      for (let i = 0; i < nR && cand.length < C; i++) if (candScore[i] === thr) cand.push(touchedRevs[i]!);
      for (const r of cand) {
        exactTops.fill(0);
        for (let pub = reviewerPubStart[r]!; pub < reviewerPubStart[r + 1]!; pub++) {
          let sim = acc[pub]!;
          const start = pv.offsets[pub]!;
          const end = start + pubHighCount[pub]!;
          for (let e = start; e < end; e++) sim += qDense[pv.terms[e]!]! * pv.weights[e]!;
          insertTop(exactTops, 0, k, sim * pubRecency[pub]!);
        }
        candExact.push(aggregateTops(exactTops, 0, k, reviewerPubStart[r + 1]! - reviewerPubStart[r]!, opts.maxWeight));
      }
      for (const t of highTerms) qDense[t] = 0;
    }

    const order: number[] = [];
    for (let i = 0; i < cand.length; i++) {
      if (candExact[i]! > 0) {
        order.push(i);
        best.offer(cand[i]!, p, candExact[i]!);
      }
    }
    order.sort((a, b) => candExact[b]! - candExact[a]! || cand[a]! - cand[b]!);
    const keep = Math.min(K, order.length);
    for (let i = 0; i < keep; i++) {
      outRev.push(cand[order[i]!]!);
      outScore.push(candExact[order[i]!]!);
    }
    if (order.length >= K && K > 0) {
      full[p] = 1;
      thrScore[p] = candExact[order[K - 1]!]!;
      thrRev[p] = cand[order[K - 1]!]!;
    } else if (K === 0) {
      full[p] = 1;
      thrScore[p] = Infinity;
    }

    for (let i = 0; i < nT; i++) acc[touchedPubs[i]!] = 0;
    for (let i = 0; i < nR; i++) {
      const r = touchedRevs[i]!;
      revTouched[r] = 0;
      revTops.fill(0, r * k, r * k + k);
    }
  }
  mainStart[P] = outRev.length;

  return mergeReviewerBest(index, best, { mainStart, outRev, outScore, full, thrScore, thrRev });
}

interface MainLists {
  mainStart: Uint32Array;
  outRev: GrowableUint32;
  outScore: GrowableFloat64;
  full: Uint8Array;
  thrScore: Float64Array;
  thrRev: Int32Array;
}

/** Adds reviewer-best pairs missing from the per-paper lists, keeping per-paper order. */
function mergeReviewerBest(index: AffinityIndex, best: ReviewerBest, m: MainLists): SparseAffinity {
  const P = index.submissions.length;
  const R = index.reviewers.length;
  const extras: Array<[number, number, number]> = [];
  for (let r = 0; r < R; r++) {
    for (let i = r * best.size; i < (r + 1) * best.size; i++) {
      const p = best.paper[i]!;
      if (p < 0) continue;
      const s = best.score[i]!;
      const inMain = !m.full[p] || s > m.thrScore[p]! || (s === m.thrScore[p]! && r <= m.thrRev[p]!);
      if (inMain) continue;
      extras.push([p, r, s]);
    }
  }
  extras.sort((a, b) => a[0] - b[0] || b[2] - a[2] || a[1] - b[1]);

  const total = m.outRev.length + extras.length;
  const paper = new Uint32Array(total);
  const reviewer = new Uint32Array(total);
  const score = new Float64Array(total);
  let w = 0;
  let x = 0;
  for (let p = 0; p < P; p++) {
    let i = m.mainStart[p]!;
    const end = m.mainStart[p + 1]!;
    // Extras all rank below the paper's K-th pair, so they simply follow the main list.
    for (; i < end; i++, w++) {
      paper[w] = p;
      reviewer[w] = m.outRev.data[i]!;
      score[w] = m.outScore.data[i]!;
    }
    for (; x < extras.length && extras[x]![0] === p; x++, w++) {
      paper[w] = p;
      reviewer[w] = extras[x]![1];
      score[w] = extras[x]![2];
    }
  }
  return {
    paperIds: index.submissions.map((s) => s.id),
    reviewerIds: index.reviewers.map((r) => r.id),
    paper,
    reviewer,
    score,
  };
}

export function toAffinityScores(sparse: SparseAffinity): AffinityScore[] {
  const out: AffinityScore[] = new Array(sparse.paper.length);
  for (let i = 0; i < sparse.paper.length; i++) {
    out[i] = { paperId: sparse.paperIds[sparse.paper[i]!]!, reviewerId: sparse.reviewerIds[sparse.reviewer[i]!]!, score: sparse.score[i]! };
  }
  return out;
}
