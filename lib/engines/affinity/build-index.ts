// Builds BM25-weighted, L2-normalised sparse vectors for submissions and publications, and
// an inverted index (term → publications) over the publications.
import { analyzeText, normalizeText } from "./analyze";
import { GrowableFloat32, GrowableUint32 } from "./growable";
import { pushTermHashes } from "./term-hash";
import { TermTable } from "./term-table";
import { DEFAULT_INDEX_OPTIONS, type IndexOptions, type Publication, type Reviewer, type Submission } from "./types";

/** Compressed sparse rows: row i holds entries offsets[i] .. offsets[i+1]. */
export interface SparseRows {
  offsets: Uint32Array;
  terms: Uint32Array;
  weights: Float32Array;
}

export interface AffinityIndex {
  options: IndexOptions;
  submissions: readonly Submission[];
  reviewers: readonly Reviewer[];
  table: TermTable;
  numTerms: number;
  bigramFlag: Uint8Array;
  /** Number of publications containing each term (posting-list length). */
  pubDf: Uint32Array;
  /** Posting lists longer than this are pruned from candidate generation (Infinity = exact). */
  pruneAbove: number;
  subVectors: SparseRows;
  /** Per publication, its pruned (high-df) terms come first: pubHighCount[p] of them. */
  pubVectors: SparseRows;
  pubHighCount: Uint32Array;
  pubOwner: Uint32Array;
  /** Position of each indexed publication in its reviewer's `publications` list. */
  pubSource: Uint32Array;
  /** Publications of reviewer r are reviewerPubStart[r] .. reviewerPubStart[r+1]. */
  reviewerPubStart: Uint32Array;
  pubRecency: Float32Array;
  postings: SparseRows;
  paperIndex: Map<string, number>;
  reviewerIndex: Map<string, number>;
}

interface RawRows {
  offsets: GrowableUint32;
  terms: GrowableUint32;
  tfs: GrowableFloat32;
  lengths: GrowableFloat32;
}

function newRawRows(capacity: number): RawRows {
  const offsets = new GrowableUint32(1024);
  offsets.push(0);
  return { offsets, terms: new GrowableUint32(capacity), tfs: new GrowableFloat32(capacity), lengths: new GrowableFloat32(1024) };
}

class TermCounter {
  df = new Uint32Array(1 << 16);
  pubDf = new Uint32Array(1 << 16);
  bigram = new Uint8Array(1 << 16);
  ensure(id: number): void {
    if (id < this.df.length) return;
    let n = this.df.length;
    while (n <= id) n *= 2;
    const df = new Uint32Array(n);
    df.set(this.df);
    this.df = df;
    const pdf = new Uint32Array(n);
    pdf.set(this.pubDf);
    this.pubDf = pdf;
    const bg = new Uint8Array(n);
    bg.set(this.bigram);
    this.bigram = bg;
  }
}

/** Analyses one document into (term id, weighted tf) rows; fields weighted by titleWeight. */
function addDocument(
  title: string,
  abstract: string,
  opts: IndexOptions,
  table: TermTable,
  counter: TermCounter,
  rows: RawRows,
  isPublication: boolean,
  scratch: { hashes: number[]; tf: Map<number, number> },
): void {
  const { hashes, tf } = scratch;
  tf.clear();
  let length = 0;
  for (const [text, fieldWeight] of [[title, opts.titleWeight], [abstract, 1]] as const) {
    if (!text) continue;
    hashes.length = 0;
    const analyzed = analyzeText(text);
    pushTermHashes(analyzed, hashes);
    const unigramCount = analyzed.stems.length;
    const bigramEnd = hashes.length - analyzed.compounds.length;
    for (let i = 0; i < hashes.length; i++) {
      const id = table.intern(hashes[i]!);
      counter.ensure(id);
      if (i >= unigramCount && i < bigramEnd) counter.bigram[id] = 1;
      tf.set(id, (tf.get(id) ?? 0) + fieldWeight);
    }
    // Length counts unigrams only, so phrase-rich texts are not penalised twice.
    length += fieldWeight * unigramCount;
  }
  for (const [id, count] of tf) {
    rows.terms.push(id);
    rows.tfs.push(count);
    counter.df[id]!++;
    if (isPublication) counter.pubDf[id]!++;
  }
  rows.offsets.push(rows.terms.length);
  rows.lengths.push(length);
}

function resolvePruneAbove(opts: IndexOptions, numPubs: number): number {
  const fraction = opts.pruneDfFraction === "auto" ? (numPubs >= 50_000 ? 0.02 : null) : opts.pruneDfFraction;
  if (fraction === null || fraction >= 1) return Infinity;
  // Never prune short lists: below a few hundred postings the traversal is cheap anyway.
  return Math.max(256, Math.floor(fraction * numPubs));
}

function titleKey(title: string): string {
  return normalizeText(title).replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

function recencyWeight(pub: Publication, opts: IndexOptions): number {
  const r = opts.recency;
  if (!r || pub.year === undefined) return 1;
  const age = Math.max(0, r.currentYear - pub.year);
  return Math.max(r.floor, Math.pow(0.5, age / r.halfLifeYears));
}

/** BM25 weights (idf · saturated tf), then L2 normalisation so dot products are cosines in [0, 1]. */
function weightRows(raw: RawRows, idf: Float32Array, bigramFlag: Uint8Array, opts: IndexOptions, avgLength: number): SparseRows {
  const offsets = raw.offsets.toArray();
  const terms = raw.terms.toArray();
  const weights = new Float32Array(terms.length);
  const tfs = raw.tfs.data;
  const lengths = raw.lengths.data;
  const { k1, b, bigramWeight } = opts;
  for (let d = 0; d + 1 < offsets.length; d++) {
    const start = offsets[d]!;
    const end = offsets[d + 1]!;
    const norm = k1 * (1 - b + (b * lengths[d]!) / (avgLength || 1));
    let sq = 0;
    for (let e = start; e < end; e++) {
      const t = terms[e]!;
      const tf = tfs[e]!;
      const w = idf[t]! * ((tf * (k1 + 1)) / (tf + norm)) * (bigramFlag[t] ? bigramWeight : 1);
      weights[e] = w;
      sq += w * w;
    }
    const inv = sq > 0 ? 1 / Math.sqrt(sq) : 0;
    for (let e = start; e < end; e++) weights[e]! *= inv;
  }
  return { offsets, terms, weights };
}

/** Reorders each publication's entries so that pruned terms come first. */
function partitionHighTerms(rows: SparseRows, pubDf: Uint32Array, pruneAbove: number): Uint32Array {
  const n = rows.offsets.length - 1;
  const highCount = new Uint32Array(n);
  if (pruneAbove === Infinity) return highCount;
  const { terms, weights } = rows;
  for (let d = 0; d < n; d++) {
    const start = rows.offsets[d]!;
    const end = rows.offsets[d + 1]!;
    let k = start;
    for (let e = start; e < end; e++) {
      if (pubDf[terms[e]!]! > pruneAbove) {
        const t = terms[k]!;
        terms[k] = terms[e]!;
        terms[e] = t;
        const w = weights[k]!;
        weights[k] = weights[e]!;
        weights[e] = w;
        k++;
      }
    }
    highCount[d] = k - start;
  }
  return highCount;
}

/**
 * Posting lists of the non-pruned terms; pruned ones stay empty, and so do terms found in a
 * single document of the whole corpus (most bigrams), which can never match anything.
 */
function buildPostings(rows: SparseRows, highCount: Uint32Array, pubDf: Uint32Array, df: Uint32Array, numTerms: number, pruneAbove: number): SparseRows {
  const listed = (t: number): boolean => df[t]! >= 2 && pubDf[t]! <= pruneAbove;
  const offsets = new Uint32Array(numTerms + 1);
  for (let t = 0; t < numTerms; t++) offsets[t + 1] = offsets[t]! + (listed(t) ? pubDf[t]! : 0);
  const total = offsets[numTerms]!;
  const pubs = new Uint32Array(total);
  const weights = new Float32Array(total);
  const fill = offsets.slice(0, numTerms);
  const n = rows.offsets.length - 1;
  for (let d = 0; d < n; d++) {
    const end = rows.offsets[d + 1]!;
    for (let e = rows.offsets[d]! + highCount[d]!; e < end; e++) {
      const t = rows.terms[e]!;
      if (!listed(t)) continue;
      const at = fill[t]!++;
      pubs[at] = d;
      weights[at] = rows.weights[e]!;
    }
  }
  return { offsets, terms: pubs, weights };
}

export function buildAffinityIndex(
  submissions: readonly Submission[],
  reviewers: readonly Reviewer[],
  options: Partial<IndexOptions> = {},
): AffinityIndex {
  const opts: IndexOptions = { ...DEFAULT_INDEX_OPTIONS, ...options };
  const table = new TermTable(1 << 18);
  const counter = new TermCounter();
  const scratch = { hashes: [] as number[], tf: new Map<number, number>() };

  const paperIndex = new Map<string, number>();
  const subRaw = newRawRows(Math.max(1024, submissions.length * 64));
  for (const s of submissions) {
    if (paperIndex.has(s.id)) throw new Error(`duplicate submission id ${s.id}`);
    paperIndex.set(s.id, paperIndex.size);
    addDocument(s.title, s.abstract, opts, table, counter, subRaw, false, scratch);
  }

  const reviewerIndex = new Map<string, number>();
  const reviewerPubStart = new Uint32Array(reviewers.length + 1);
  const totalPubs = reviewers.reduce((n, r) => n + r.publications.length, 0);
  const pubRaw = newRawRows(Math.max(1024, totalPubs * 64));
  let pubOwner = new Uint32Array(totalPubs);
  let pubSource = new Uint32Array(totalPubs);
  let pubRecency = new Float32Array(totalPubs);
  let p = 0;
  reviewers.forEach((r, ri) => {
    if (reviewerIndex.has(r.id)) throw new Error(`duplicate reviewer id ${r.id}`);
    reviewerIndex.set(r.id, ri);
    reviewerPubStart[ri] = p;
    const titles = new Set<string>();
    r.publications.forEach((pub, source) => {
      if (opts.dedupePublications) {
        const key = titleKey(pub.title);
        if (key && titles.has(key)) return;
        titles.add(key);
      }
      addDocument(pub.title, pub.abstract ?? "", opts, table, counter, pubRaw, true, scratch);
      pubOwner[p] = ri;
      pubSource[p] = source;
      pubRecency[p] = recencyWeight(pub, opts);
      p++;
    });
  });
  reviewerPubStart[reviewers.length] = p;
  if (p < totalPubs) {
    pubOwner = pubOwner.slice(0, p);
    pubSource = pubSource.slice(0, p);
    pubRecency = pubRecency.slice(0, p);
  }
  const indexedPubs = p;

  const numTerms = table.size;
  const numDocs = submissions.length + indexedPubs;
  const idf = new Float32Array(numTerms);
  for (let t = 0; t < numTerms; t++) {
    const df = counter.df[t]!;
    idf[t] = Math.log(1 + (numDocs - df + 0.5) / (df + 0.5));
  }
  let lengthSum = 0;
  for (let d = 0; d < submissions.length; d++) lengthSum += subRaw.lengths.data[d]!;
  for (let d = 0; d < indexedPubs; d++) lengthSum += pubRaw.lengths.data[d]!;
  const avgLength = numDocs > 0 ? lengthSum / numDocs : 1;

  const bigramFlag = counter.bigram.slice(0, numTerms);
  const pubDf = counter.pubDf.slice(0, numTerms);
  const subVectors = weightRows(subRaw, idf, bigramFlag, opts, avgLength);
  const pubVectors = weightRows(pubRaw, idf, bigramFlag, opts, avgLength);
  const pruneAbove = resolvePruneAbove(opts, indexedPubs);
  const pubHighCount = partitionHighTerms(pubVectors, pubDf, pruneAbove);
  const postings = buildPostings(pubVectors, pubHighCount, pubDf, counter.df, numTerms, pruneAbove);

  return {
    options: opts,
    submissions,
    reviewers,
    table,
    numTerms,
    bigramFlag,
    pubDf,
    pruneAbove,
    subVectors,
    pubVectors,
    pubHighCount,
    pubOwner,
    pubSource,
    reviewerPubStart,
    pubRecency,
    postings,
    paperIndex,
    reviewerIndex,
  };
}
