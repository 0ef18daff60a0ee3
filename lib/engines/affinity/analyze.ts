// Turns free text into stemmed unigrams plus adjacency flags from which bigrams are formed.
// Bigrams only join tokens that were neighbours in the source (no stop word, number or
// punctuation in between), so "gradient descent" is a phrase but "gradient. Descent" is not.
import { porterStem } from "./stemmer";
import { STOP_WORDS } from "./stopwords";

export interface AnalyzedText {
  /** Stemmed content tokens in reading order. */
  stems: string[];
  /** Original (normalised) surface form of each stem, for explanations. */
  surfaces: string[];
  /** joinsPrevious[i]: stems[i - 1] and stems[i] were adjacent in the text. */
  joinsPrevious: boolean[];
  /**
   * Hyphenated compounds written as one word ("over-parameterized" → "overparameter"), so
   * they match the unhyphenated spelling; extra unigrams outside the bigram sequence.
   */
  compounds: string[];
  compoundSurfaces: string[];
}

const WORD = /[\p{L}\p{N}]+/gu;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const DIGITS = /^\p{N}+$/u;

/** NFKD splits ligatures (ﬁ → fi) and separates accents, which are then dropped. */
export function normalizeText(text: string): string {
  return text.normalize("NFKD").replace(COMBINING_MARKS, "").toLowerCase();
}

// Stemming dominates analysis cost; a corpus has far fewer distinct words than tokens.
const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 500_000;

export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = porterStem(word);
    if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
    stemCache.set(word, s);
  }
  return s;
}

/** Gaps that keep a phrase together: whitespace, hyphens, slashes, apostrophes. */
function isSoftGap(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const soft = c === 32 || c === 9 || c === 10 || c === 13 || c === 45 || c === 47 || c === 39 || c === 0x2019 || (c >= 0x2010 && c <= 0x2015);
    if (!soft) return false;
  }
  return true;
}

export function isContentToken(token: string): boolean {
  return token.length >= 2 && !STOP_WORDS.has(token) && !DIGITS.test(token);
}

function isHyphen(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c === 45 || (c >= 0x2010 && c <= 0x2011);
}

const LETTERS = /^\p{L}+$/u;

export function analyzeText(text: string): AnalyzedText {
  const norm = normalizeText(text);
  const stems: string[] = [];
  const surfaces: string[] = [];
  const joinsPrevious: boolean[] = [];
  const compounds: string[] = [];
  const compoundSurfaces: string[] = [];
  let prevEnd = -1;
  let chain = false;
  let pieces: string[] = [];
  const endCompound = (): void => {
    if (pieces.length >= 2) {
      const joined = pieces.join("");
      if (isContentToken(joined)) {
        compounds.push(stem(joined));
        compoundSurfaces.push(pieces.join("-"));
      }
    }
    pieces = [];
  };
  for (const m of norm.matchAll(WORD)) {
    const token = m[0];
    const start = m.index;
    if (prevEnd >= 0 && !isSoftGap(norm, prevEnd, start)) chain = false;
    const hyphenated = prevEnd >= 0 && start === prevEnd + 1 && isHyphen(norm, prevEnd) && pieces.length > 0;
    if (!hyphenated) endCompound();
    if (LETTERS.test(token)) pieces.push(token);
    else endCompound();
    prevEnd = start + token.length;
    if (!isContentToken(token)) {
      chain = false;
      continue;
    }
    stems.push(stem(token));
    surfaces.push(token);
    joinsPrevious.push(chain);
    chain = true;
  }
  endCompound();
  return { stems, surfaces, joinsPrevious, compounds, compoundSurfaces };
}

/** Unigram and bigram term strings of a text; bigrams are "a b" over adjacent stems. */
export function termsOf(text: string): string[] {
  const { stems, joinsPrevious, compounds } = analyzeText(text);
  const out: string[] = stems.slice();
  for (let i = 1; i < stems.length; i++) if (joinsPrevious[i]) out.push(`${stems[i - 1]} ${stems[i]}`);
  out.push(...compounds);
  return out;
}
