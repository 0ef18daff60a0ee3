// Terms are identified by 32-bit hashes rather than strings: a 300k-document corpus has
// millions of distinct bigrams, and string-keyed maps of that size cost hundreds of MB.
// With ~5M distinct terms, about n²/2³³ ≈ 3k pairs collide; each collision merges two
// rare terms, which moves similarities negligibly.
import type { AnalyzedText } from "./analyze";

export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Order-sensitive mix of two unigram hashes (murmur3 finaliser), disjoint in practice from unigram hashes. */
export function bigramHash(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x7f4a7c15, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const hashCache = new Map<string, number>();
const HASH_CACHE_LIMIT = 500_000;

export function stemHash(stem: string): number {
  let h = hashCache.get(stem);
  if (h === undefined) {
    h = fnv1a(stem);
    if (hashCache.size >= HASH_CACHE_LIMIT) hashCache.clear();
    hashCache.set(stem, h);
  }
  return h;
}

export type TermKind = "unigram" | "bigram";

export interface TermOccurrence {
  hash: number;
  /** Human-readable form (surface words), used only for explanations. */
  label: string;
  kind: TermKind;
}

/** Appends unigram, then bigram, then compound hashes of an analysed text to `out`. */
export function pushTermHashes(a: AnalyzedText, out: number[]): void {
  const n = a.stems.length;
  const hs = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const h = stemHash(a.stems[i]!);
    hs[i] = h;
    out.push(h);
  }
  for (let i = 1; i < n; i++) if (a.joinsPrevious[i]) out.push(bigramHash(hs[i - 1]!, hs[i]!));
  for (const c of a.compounds) out.push(stemHash(c));
}

/** Same terms as pushTermHashes, with labels; slower, for explanations. */
export function termOccurrences(a: AnalyzedText): TermOccurrence[] {
  const out: TermOccurrence[] = [];
  const n = a.stems.length;
  for (let i = 0; i < n; i++) out.push({ hash: stemHash(a.stems[i]!), label: a.surfaces[i]!, kind: "unigram" });
  for (let i = 1; i < n; i++) {
    if (!a.joinsPrevious[i]) continue;
    out.push({
      hash: bigramHash(stemHash(a.stems[i - 1]!), stemHash(a.stems[i]!)),
      label: `${a.surfaces[i - 1]} ${a.surfaces[i]}`,
      kind: "bigram",
    });
  }
  a.compounds.forEach((c, i) => out.push({ hash: stemHash(c), label: a.compoundSurfaces[i]!, kind: "unigram" }));
  return out;
}
