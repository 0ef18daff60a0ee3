// Public surface of the affinity engine: plain data in, plain data out.
import { buildAffinityIndex } from "./build-index";
import { scoreAffinity, toAffinityScores } from "./score-all";
import type { AffinityScore, IndexOptions, Reviewer, ScoringOptions, Submission } from "./types";

export { analyzeText, normalizeText, termsOf } from "./analyze";
export { porterStem } from "./stemmer";
export { STOP_WORDS } from "./stopwords";
export { buildAffinityIndex, type AffinityIndex } from "./build-index";
export { scoreAffinity, toAffinityScores, type SparseAffinity } from "./score-all";
export { explainAffinity, scorePair, publicationSimilarities, type AffinityExplanation, type PublicationMatch, type TermMatch } from "./explain";
export { combineScores, BID_LEVELS, type BidLevel, type Bid, type ScoreSource, type CombinedScore, type CombineOptions } from "./combine";
export { parseScoreCsv, type ParsedScores } from "./score-csv";
export { parseBibtex, parseBibtexLenient, BibtexError, type BibtexEntry, type BibtexProblem } from "./bibtex";
export { DEFAULT_BID_VALUES } from "./combine";
export * from "./types";

/** One-call convenience: index, score, and return plain records. */
export function computeAffinity(
  submissions: readonly Submission[],
  reviewers: readonly Reviewer[],
  options: Partial<IndexOptions> & Partial<ScoringOptions> = {},
): AffinityScore[] {
  return toAffinityScores(scoreAffinity(buildAffinityIndex(submissions, reviewers, options), options));
}
