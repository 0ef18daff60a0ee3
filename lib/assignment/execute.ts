// The body of the run-assignment job: load the venue, solve with progress, save the proposal or the reason
// there is none. Cancelling is cooperative: a poller reads the run's status every second and aborts the solver.
import "server-only";
import { AssignmentInputError, solveAssignment, type AssignmentResult } from "@/lib/engines/assignment";
import { buildProblem } from "./build-problem";
import { findRun, loadRunInputs, runStatus } from "./data";
import { failRun, markCancelled, saveRunResult, setRunProgress, startRun, type ProposedPair } from "./mutations";
import { runParamsSchema, type RunSummary } from "./schema";

const POLL_MS = 1000;
const PROGRESS_MS = 500;

function proposalOf(result: AssignmentResult): ProposedPair[] {
  const rank = new Map<string, number>();
  const next = (paper: string) => {
    const r = rank.get(paper) ?? 0;
    rank.set(paper, r + 1);
    return r;
  };
  return [
    ...result.assignments.map((a) => ({ paper: a.paper, reviewer: a.reviewer, score: a.score, isAlternate: false, rank: next(a.paper) })),
    ...result.alternates.map((a) => ({ paper: a.paper, reviewer: a.reviewer, score: a.score, isAlternate: true, rank: next(a.paper) })),
  ];
}

export async function executeRun(runId: string, { pollMs = POLL_MS }: { pollMs?: number } = {}): Promise<void> {
  const run = await findRun(runId);
  if (!run) return;
  if (!(await startRun(runId))) {
    // Cancelled before a worker reached it: record when it ended.
    await markCancelled(runId);
    return;
  }
  const controller = new AbortController();
  const poller = setInterval(() => {
    runStatus(runId)
      .then((s) => {
        if (s !== "RUNNING") controller.abort(new Error("cancelled"));
      })
      .catch(() => undefined); // a missed poll is retried a second later
  }, pollMs);
  let lastWrite = 0;
  let pending: Promise<void> = Promise.resolve();
  try {
    const params = runParamsSchema.parse(run.params);
    await setRunProgress(runId, 0.02, "Loading scores, conflicts and loads");
    const inputs = await loadRunInputs(run.venueId);
    if (inputs.reviewers.length === 0) {
      await failRun(runId, "The reviewer pool is empty: import or invite reviewers first.");
      return;
    }
    if (inputs.papers.length === 0) {
      await failRun(runId, "There are no submitted papers to assign.");
      return;
    }
    const { problem, counts } = buildProblem(inputs, params);
    const result = await solveAssignment(problem, {
      objective: params.objective,
      alternates: 2,
      signal: controller.signal,
      onProgress: (p) => {
        const now = Date.now();
        if (now - lastWrite < PROGRESS_MS && p.fraction < 1) return;
        lastWrite = now;
        // Writes are chained so they land in order; the solver never waits for them.
        pending = pending.then(() => setRunProgress(runId, 0.05 + 0.9 * p.fraction, p.message)).catch(() => undefined);
      },
    });
    await pending;
    const summary: RunSummary = {
      status: result.status,
      papers: result.stats.papers,
      reviewers: result.stats.reviewers,
      assigned: result.assignments.length,
      totalScore: result.totalScore,
      lowestPaperScore: result.lowestPaperScore,
      explanations: result.explanations,
      seconds: result.stats.seconds,
      inputs: counts,
    };
    if (result.status === "infeasible") {
      await failRun(runId, `No assignment satisfies every constraint: ${result.explanations[0] ?? "see the explanation"}`, summary);
      return;
    }
    if (!(await saveRunResult(runId, proposalOf(result), summary))) await markCancelled(runId);
  } catch (error) {
    await pending;
    if (controller.signal.aborted) {
      await markCancelled(runId);
      return;
    }
    const message = error instanceof AssignmentInputError ? `The input is inconsistent: ${error.problems.slice(0, 3).join("; ")}` : `Failed: ${error instanceof Error ? error.message : String(error)}`;
    await failRun(runId, message);
  } finally {
    clearInterval(poller);
  }
}
