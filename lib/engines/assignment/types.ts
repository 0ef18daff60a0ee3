// Plain-data shapes of the reviewer-assignment engine, shared by the web app, the job worker,
// the CLI and the benchmark. Nothing here depends on a framework or a database.

export interface ScoreEntry {
  paper: string;
  reviewer: string;
  score: number;
}

/** Columnar scores for large instances: 3 M pairs as objects would cost ~300 MB; as typed arrays, 48 MB. */
export interface PairScores {
  paperIds: readonly string[];
  reviewerIds: readonly string[];
  /** Index into paperIds, one per pair. */
  paper: Int32Array;
  /** Index into reviewerIds, one per pair. */
  reviewer: Int32Array;
  score: Float64Array;
}

export interface PaperReviewer {
  paper: string;
  reviewer: string;
}

export interface AssignmentProblem {
  /** One entry per candidate pair. A pair without a score is not eligible (unless forced or existing, then it scores 0). */
  scores: readonly ScoreEntry[] | PairScores;
  /** Papers or reviewers that have no score rows still take part (they fail loudly if they cannot be served). */
  papers?: readonly string[];
  reviewers?: readonly string[];
  /** Reviewers each paper needs (openreview-matcher's --num_reviewers). */
  reviewersPerPaper: number;
  /** Per-paper override of reviewersPerPaper. */
  demand?: Readonly<Record<string, number>>;
  minLoadDefault?: number;
  maxLoadDefault: number;
  minLoad?: Readonly<Record<string, number>>;
  maxLoad?: Readonly<Record<string, number>>;
  /** Forbidden pairs. */
  conflicts?: readonly PaperReviewer[];
  /** Pairs that must be in the result (chair decisions). They count towards demand and loads. */
  forced?: readonly PaperReviewer[];
  /** Pairs from an earlier run, kept as they are: incremental runs for late papers and emergency reviewers. */
  existing?: readonly PaperReviewer[];
}

export type Objective = "sum" | "fair";

export interface AssignmentProgress {
  phase: "prepare" | "greedy" | "augment" | "verify" | "alternates" | "fair-bound" | "fair-search" | "fair-total" | "done";
  /** In [0, 1] within the whole run; monotone. */
  fraction: number;
  message: string;
}

export interface FairOptions {
  /** Solve the max-min and then the max-total MIPs exactly with HiGHS when there are at most this many free pairs. */
  mipMaxPairs?: number;
  /** Seconds per MIP; when it binds the result reports the MIP's proven bound. */
  mipTimeLimitSeconds?: number;
  /** Solve the max-min LP relaxation (the upper bound) with HiGHS when there are at most this many free pairs. */
  lpMaxPairs?: number;
  /** Reweighting rounds of the heuristic (each one exact max-sum solve). */
  rounds?: number;
}

export interface SolveOptions {
  objective?: Objective;
  /** Next-best eligible reviewers listed per paper, not assigned. */
  alternates?: number;
  signal?: AbortSignal;
  onProgress?: (progress: AssignmentProgress) => void;
  fair?: FairOptions;
}

export interface AssignedPair {
  paper: string;
  reviewer: string;
  score: number;
  /** Where the pair comes from: chosen by the solver, forced by a chair, or kept from an earlier run. */
  source: "solver" | "forced" | "existing";
}

export interface AlternatePair {
  paper: string;
  reviewer: string;
  score: number;
}

/** Proof that the max-sum result is optimal: potentials whose reduced costs are (numerically) non-negative. */
export interface OptimalityCertificate {
  /** Most negative reduced cost over residual arcs; 0 in exact arithmetic. */
  worstReducedCost: number;
  /** Σ violation × capacity: no feasible assignment has a total larger than ours by more than this. */
  gapBound: number;
}

export interface FairnessReport {
  lowestPaperScore: number;
  /** Proven upper bound on the best possible lowest paper score. */
  upperBound: number;
  gap: number;
  /** Where the upper bound comes from. */
  boundSource: "mip" | "lp" | "lagrangian" | "best-reviewers";
  /** true when lowestPaperScore meets the upper bound (to 1e-9, or HiGHS's 1e-6 when the bound is HiGHS's). */
  proven: boolean;
  /** Total score of the result and a proven upper bound on the total of any assignment whose lowest paper is at least as high. */
  total: number;
  totalUpperBound: number;
  totalProven: boolean;
  /** Lowest paper score of the max-sum solution, for comparison. */
  sumSolutionLowest: number;
  sumSolutionTotal: number;
}

export interface AssignmentStats {
  papers: number;
  reviewers: number;
  pairs: number;
  conflicts: number;
  fixedPairs: number;
  shortestPathSearches: number;
  augmentations: number;
  seconds: number;
}

export interface AssignmentResult {
  status: "optimal" | "feasible" | "infeasible";
  objective: Objective;
  /** Sorted by paper id, then score descending, then reviewer id. Empty when infeasible. */
  assignments: AssignedPair[];
  alternates: AlternatePair[];
  totalScore: number;
  lowestPaperScore: number;
  lowestPaper: string | null;
  /** Why the input is infeasible (one sentence per binding constraint), or notes on a feasible result. */
  explanations: string[];
  certificate: OptimalityCertificate | null;
  fairness: FairnessReport | null;
  stats: AssignmentStats;
}

/** Thrown for malformed input (unknown ids, duplicates, bad loads); infeasible input is a result, not an error. */
export class AssignmentInputError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.length === 1 ? problems[0] : `${problems.length} problems in the input:\n${problems.join("\n")}`);
    this.name = "AssignmentInputError";
  }
}
