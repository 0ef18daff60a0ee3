// The assignment CLI as a function, so tests run it in-process. Exit codes: 0 solved, 1 infeasible,
// 2 bad arguments or malformed input.
import { writeFile } from "node:fs/promises";
import { z } from "zod";
import { CliArgs, parseMultiFlags, USAGE } from "./cli-args";
import { readMatcherInput } from "./matcher-files";
import { solveAssignment } from "./solve";
import { AssignmentInputError, type AlternatePair, type AssignedPair } from "./types";

export interface CliIo {
  log: (line: string) => void;
  error: (line: string) => void;
}

type MatcherJson = Record<string, { user: string; aggregate_score: number }[]>;

function byPaper(papers: readonly string[], pairs: readonly (AssignedPair | AlternatePair)[]): MatcherJson {
  const out: MatcherJson = {};
  for (const p of papers) out[p] = [];
  for (const a of pairs) out[a.paper]!.push({ user: a.reviewer, aggregate_score: a.score });
  return out;
}

export async function runAssignCli(argv: readonly string[], io: CliIo = { log: console.log, error: console.error }): Promise<number> {
  const t0 = performance.now();
  let args: CliArgs;
  try {
    args = CliArgs.parse(parseMultiFlags(argv));
  } catch (e) {
    const msg = e instanceof z.ZodError ? e.issues.map((i) => (i.path.length ? `--${i.path.join(".")}: ${i.message}` : i.message)).join("\n") : (e as Error).message;
    io.error(`assign: ${msg}\n${USAGE}`);
    return 2;
  }

  let input;
  try {
    input = await readMatcherInput({
      scores: args.scores,
      weights: args.weights,
      constraints: args.constraints,
      maxPapers: args.max_papers,
      minPapers: args.min_papers,
      existing: args.existing,
      numReviewers: args.num_reviewers,
      minPapersDefault: args.min_papers_default,
      maxPapersDefault: args.max_papers_default,
    });
  } catch (e) {
    if (!(e instanceof AssignmentInputError)) throw e;
    for (const p of e.problems) io.error(p);
    io.error(`assign: ${e.problems.length} problem(s) in the input; nothing solved`);
    return 2;
  }

  let lastProgress = 0;
  let result;
  try {
    result = await solveAssignment(input.problem, {
      objective: args.solver,
      alternates: args.alternates,
      fair: {
        ...(args.fair_rounds !== undefined ? { rounds: args.fair_rounds } : {}),
        ...(args.fair_mip_max_pairs !== undefined ? { mipMaxPairs: args.fair_mip_max_pairs } : {}),
      },
      onProgress: (p) => {
        const now = performance.now();
        if (args.quiet || now - lastProgress < 1000) return;
        lastProgress = now;
        io.error(`assign: ${(p.fraction * 100).toFixed(0)}% ${p.message}`);
      },
    });
  } catch (e) {
    if (!(e instanceof AssignmentInputError)) throw e;
    for (const p of e.problems) io.error(p);
    return 2;
  }

  const summary: Record<string, unknown> = {
    status: result.status,
    objective: result.objective,
    total_score: result.totalScore,
    lowest_paper_score: result.lowestPaperScore,
    lowest_paper: result.lowestPaper,
    papers: result.stats.papers,
    reviewers: result.stats.reviewers,
    pairs: result.stats.pairs,
    assignments: result.assignments.length,
  };
  if (result.status === "infeasible") {
    for (const e of result.explanations) io.error(`infeasible: ${e}`);
    io.log(JSON.stringify({ ...summary, explanations: result.explanations, seconds: (performance.now() - t0) / 1000 }));
    return 1;
  }

  const papers = [...new Set(input.problem.scores.paperIds)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const alternatesFile = `${args.out}.alternates.json`;
  await writeFile(args.out, `${JSON.stringify(byPaper(papers, result.assignments))}\n`);
  await writeFile(alternatesFile, `${JSON.stringify(byPaper(papers, result.alternates))}\n`);
  if (result.fairness) {
    summary.upper_bound = result.fairness.upperBound;
    summary.gap = result.fairness.gap;
    summary.bound_source = result.fairness.boundSource;
    summary.sum_solution_lowest = result.fairness.sumSolutionLowest;
  }
  if (result.certificate) summary.optimality_gap_bound = result.certificate.gapBound;
  if (result.explanations.length > 0) summary.notes = result.explanations;
  summary.alternates_file = alternatesFile;
  summary.seconds = (performance.now() - t0) / 1000;
  io.log(JSON.stringify(summary));
  return 0;
}
