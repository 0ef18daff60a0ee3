// Plain-data shapes of the conflict-of-interest engine.

export interface Affiliation {
  name: string;
  /** E.g. "cs.mit.edu"; compared by registrable domain. */
  domain?: string;
  startYear: number;
  /** null = current. */
  endYear: number | null;
}

export interface SubmissionAuthor {
  name: string;
  email: string;
  institutions?: Affiliation[];
}

export interface ConflictSubmission {
  id: string;
  authors: SubmissionAuthor[];
}

export interface ConflictReviewer {
  id: string;
  name: string;
  email: string;
  /** Further domains the reviewer declared (past employers, secondary appointments). */
  extraDomains: string[];
  institutions: Affiliation[];
  publications: { coAuthors: string[]; year?: number }[];
}

export interface ConflictOptions {
  currentYear: number;
  /** Affiliations that ended more than this many years ago are ignored. */
  institutionYears: number;
  /** Co-authorships older than this many years are ignored. */
  coauthorYears: number;
  /** Publications without a year: counted (the cautious default) or ignored. */
  undatedPublications: "include" | "ignore";
  /** Registrable domains that say nothing about affiliation (webmail); defaults to WEBMAIL_DOMAINS. */
  ignoreDomains: readonly string[];
}

export type ConflictKind = "email-domain" | "institution" | "co-author";

export interface ConflictReason {
  kind: ConflictKind;
  detail: string;
}

export interface Conflict {
  paperId: string;
  reviewerId: string;
  reasons: ConflictReason[];
}
