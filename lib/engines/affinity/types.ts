// Plain-data shapes shared by the affinity engine, its CLI, benchmark and evaluation.

export interface Submission {
  id: string;
  title: string;
  abstract: string;
}

export interface Publication {
  title: string;
  abstract?: string;
  year?: number;
}

export interface Reviewer {
  id: string;
  publications: Publication[];
}

export interface AffinityScore {
  paperId: string;
  reviewerId: string;
  /** In [0, 1]; comparable across pairs of one run, not across runs with other corpora. */
  score: number;
}

export interface RecencyOptions {
  currentYear: number;
  /** A publication this many years old counts half. */
  halfLifeYears: number;
  /** Lowest weight an old publication keeps, so a reviewer's classic work still counts. */
  floor: number;
}

/** How texts become vectors; fixed when the index is built. */
export interface IndexOptions {
  /** Title occurrences count this many times an abstract occurrence. */
  titleWeight: number;
  /** Multiplier on bigram weights relative to unigrams. */
  bigramWeight: number;
  /** BM25 term-frequency saturation. */
  k1: number;
  /** BM25 document-length normalisation. */
  b: number;
  recency: RecencyOptions | null;
  /**
   * Terms found in more than this fraction of publications are left out of candidate
   * generation and added back only when rescoring candidates (see DECISION.md).
   * "auto" prunes at 2% on large corpora (≥ 50k publications) and never on small ones.
   */
  pruneDfFraction: number | "auto";
  /**
   * Index a reviewer's publications with the same normalised title once: archives often
   * hold the preprint and the proceedings version, which would count twice in the mean.
   */
  dedupePublications: boolean;
}

/** How vectors become a sparse score list; may differ per call on one index. */
export interface ScoringOptions {
  /** Reviewers kept per paper. */
  topPerPaper: number;
  /** Papers kept per reviewer (added to the per-paper lists). */
  topPerReviewer: number;
  /** Weight of the best publication; the rest goes to the mean of the top `topPublications`. */
  maxWeight: number;
  topPublications: number;
  /** Reviewers rescored exactly per paper when pruning; defaults to max(2·topPerPaper, topPerPaper + 100). */
  candidatePool?: number;
}

export const DEFAULT_INDEX_OPTIONS: IndexOptions = {
  titleWeight: 2,
  bigramWeight: 0.5,
  k1: 1.2,
  b: 0.75,
  recency: null,
  pruneDfFraction: "auto",
  dedupePublications: true,
};

export const DEFAULT_SCORING_OPTIONS: ScoringOptions = {
  topPerPaper: 200,
  topPerReviewer: 20,
  maxWeight: 0.5,
  topPublications: 3,
};
