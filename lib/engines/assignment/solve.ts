// The engine's entry point: plain data in, plain data out.
import { pickAlternates } from "./alternates";
import { compileProblem, type CompiledProblem } from "./compile";
import { Cooperation } from "./cooperate";
import { precheckFeasibility } from "./explain-infeasible";
import { solveFair } from "./fair";
import { solveMaxSum } from "./max-sum";
import { paperScores, summarize } from "./network";
import type {
  AssignedPair,
  AssignmentProblem,
  AssignmentProgress,
  AssignmentResult,
  AssignmentStats,
  FairnessReport,
  OptimalityCertificate,
  SolveOptions,
} from "./types";

function progressReporter(onProgress: SolveOptions["onProgress"]) {
  let last = 0;
  return (fraction: number, phase: AssignmentProgress["phase"], message: string) => {
    last = Math.max(last, Math.min(1, fraction));
    onProgress?.({ phase, fraction: last, message });
  };
}

function assignedPairs(cp: CompiledProblem, x: Uint8Array): AssignedPair[] {
  const out: AssignedPair[] = [];
  for (let j = 0; j < cp.fixedPaper.length; j++) {
    out.push({
      paper: cp.paperIds[cp.fixedPaper[j]!]!,
      reviewer: cp.reviewerIds[cp.fixedReviewer[j]!]!,
      score: cp.fixedScore[j]!,
      source: cp.fixedSource[j] === 1 ? "forced" : "existing",
    });
  }
  for (let a = 0; a < x.length; a++) {
    if (x[a]) out.push({ paper: cp.paperIds[cp.arcPaper[a]!]!, reviewer: cp.reviewerIds[cp.arcReviewer[a]!]!, score: cp.arcScore[a]!, source: "solver" });
  }
  // Ids are compared with < as in compileProblem, so the output order is the canonical one.
  out.sort((a, b) => (a.paper < b.paper ? -1 : a.paper > b.paper ? 1 : b.score - a.score || (a.reviewer < b.reviewer ? -1 : a.reviewer > b.reviewer ? 1 : 0)));
  return out;
}

/**
 * Assigns reviewers to papers. Resolves to an "infeasible" result with explanations when the
 * constraints cannot all hold; rejects with AssignmentInputError on malformed input and with the
 * signal's reason (an AbortError by default) when cancelled.
 */
export async function solveAssignment(problem: AssignmentProblem, options: SolveOptions = {}): Promise<AssignmentResult> {
  const t0 = performance.now();
  const objective = options.objective ?? "sum";
  const report = progressReporter(options.onProgress);
  const coop = new Cooperation(options.signal);
  coop.throwIfAborted();
  report(0, "prepare", "checking the input");
  const cp = compileProblem(problem);
  const stats: AssignmentStats = {
    papers: cp.paperIds.length,
    reviewers: cp.reviewerIds.length,
    pairs: cp.arcReviewer.length + cp.fixedPaper.length,
    conflicts: cp.conflictCount,
    fixedPairs: cp.fixedPaper.length,
    shortestPathSearches: 0,
    augmentations: 0,
    seconds: 0,
  };
  const finish = (r: Omit<AssignmentResult, "stats" | "objective">): AssignmentResult => {
    stats.seconds = (performance.now() - t0) / 1000;
    report(1, "done", r.status);
    return { ...r, objective, stats };
  };
  const infeasible = (explanations: string[]) =>
    finish({ status: "infeasible", assignments: [], alternates: [], totalScore: 0, lowestPaperScore: 0, lowestPaper: null, explanations, certificate: null, fairness: null });

  const pre = precheckFeasibility(cp);
  if (pre.length > 0) return infeasible(pre);

  const sumShare = objective === "sum" ? 0.9 : 0.3;
  report(0.02, "greedy", "assigning each paper its best reviewers");
  const sum = await solveMaxSum(cp, {}, {
    signal: options.signal,
    onProgress: (f, n) => report(0.02 + f * (sumShare - 0.02), "augment", `${n.toLocaleString("en-US")} reviews moved off overloaded reviewers`),
  });
  stats.shortestPathSearches += sum.searches;
  stats.augmentations += sum.augmentations;
  if (!sum.feasible) return infeasible([sum.explanation]);

  let x = sum.x;
  let certificate: OptimalityCertificate | null = sum.certificate;
  let fairness: FairnessReport | null = null;
  const explanations: string[] = [];
  let status: AssignmentResult["status"] = "optimal";
  if (objective === "fair") {
    const fair = await solveFair(cp, sum.x, options.fair ?? {}, { signal: options.signal, progress: report });
    stats.shortestPathSearches += fair.searches;
    stats.augmentations += fair.augmentations;
    x = fair.x;
    fairness = fair.report;
    // The certificate proves max-sum optimality, which the fair solution does not claim.
    if (x !== sum.x) certificate = null;
    status = fair.report.proven && fair.report.totalProven ? "optimal" : "feasible";
    explanations.push(...fair.notes);
    if (!fair.report.proven) {
      explanations.push(
        `lowest paper score ${fair.report.lowestPaperScore} is within ${fair.report.gap} of the proven upper bound ${fair.report.upperBound} (${fair.report.boundSource})`,
      );
    }
    if (!fair.report.totalProven) {
      explanations.push(`total ${fair.report.total} at that lowest score; no assignment that good for the weakest paper totals more than ${fair.report.totalUpperBound}`);
    }
  }

  report(0.98, "alternates", "listing alternates");
  const summary = summarize(cp, paperScores(cp, x));
  return finish({
    status,
    assignments: assignedPairs(cp, x),
    alternates: pickAlternates(cp, x, options.alternates ?? 0),
    totalScore: summary.total,
    lowestPaperScore: summary.lowest,
    lowestPaper: summary.lowestPaper >= 0 ? cp.paperIds[summary.lowestPaper]! : null,
    explanations,
    certificate,
    fairness,
  });
}
