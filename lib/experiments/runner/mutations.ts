// Writes the job runner makes to an experiment run: claim, progress and heartbeat, outcome, and the sweep that
// rescues runs whose worker died. (User-facing writes — create, request, cancel, attach — are in ../mutations.ts.)
import "server-only";
import { db, type Prisma } from "@/lib/db/client";
import { enqueueJob } from "@/lib/runner/mutations";

/** QUEUED → RUNNING for exactly one worker; false if it was cancelled, finished, or claimed by another. */
export async function claimRun(runId: string): Promise<boolean> {
  const now = new Date();
  const { count } = await db.experimentRun.updateMany({
    where: { id: runId, status: "QUEUED", cancelRequestedAt: null },
    data: { status: "RUNNING", startedAt: now, heartbeatAt: now, attempts: { increment: 1 }, progress: 0 },
  });
  return count === 1;
}

/** A queued run whose cancellation arrived before any worker took it. */
export async function finishQueuedCancel(runId: string): Promise<void> {
  await db.experimentRun.updateMany({
    where: { id: runId, status: "QUEUED", cancelRequestedAt: { not: null } },
    data: { status: "CANCELLED", finishedAt: new Date(), error: "Cancelled before it started" },
  });
}

/** Progress, log tail and heartbeat in one write; returns whether cancellation was requested meanwhile. */
export async function heartbeat(runId: string, progress: number, log: string): Promise<{ cancelRequested: boolean; stillOurs: boolean }> {
  const rows = await db.$queryRaw<{ cancel: Date | null }[]>`
    UPDATE "ExperimentRun" SET progress = ${progress}, log = ${log}, "heartbeatAt" = now()
    WHERE id = ${runId} AND status = 'RUNNING'
    RETURNING "cancelRequestedAt" AS cancel`;
  return { cancelRequested: rows[0]?.cancel != null, stillOurs: rows.length === 1 };
}

export interface RunOutcomeData {
  status: "SUCCEEDED" | "FAILED" | "CANCELLED";
  verdict: "REPRODUCED" | "PARTIALLY_REPRODUCED" | "NOT_REPRODUCED" | "FAILED_TO_RUN" | null;
  result: Prisma.InputJsonValue | null;
  comparison: Prisma.InputJsonValue | null;
  provenance: Prisma.InputJsonValue;
  log: string;
  error: string | null;
}

/** Saves the outcome only while the run is still RUNNING (a sweep may have given up on it meanwhile). */
export async function finishRun(runId: string, o: RunOutcomeData): Promise<boolean> {
  const { count } = await db.experimentRun.updateMany({
    where: { id: runId, status: "RUNNING" },
    data: {
      status: o.status,
      verdict: o.verdict,
      result: o.result ?? undefined,
      comparison: o.comparison ?? undefined,
      provenance: o.provenance,
      log: o.log,
      error: o.error,
      progress: o.status === "SUCCEEDED" ? 1 : undefined,
      finishedAt: new Date(),
    },
  });
  return count === 1;
}

export const STALE_AFTER_SECONDS = 60;
export const MAX_RUN_ATTEMPTS = 3;

/**
 * Runs left RUNNING by a worker that stopped heartbeating: queued again (with a fresh job) while attempts
 * remain, else failed with the reason. Safe to run from every worker at once: each row moves in one UPDATE.
 */
export async function sweepStaleRuns(now = new Date(), staleAfterSeconds = STALE_AFTER_SECONDS): Promise<{ requeued: number; failed: number }> {
  const cutoff = new Date(now.getTime() - staleAfterSeconds * 1000);
  return db.$transaction(async (tx) => {
    const failed = await tx.$executeRaw`
      UPDATE "ExperimentRun" SET status = 'FAILED', verdict = 'FAILED_TO_RUN', "finishedAt" = ${now},
        error = 'The worker running it stopped responding ' || attempts || ' time(s); not retried again',
        log = log || E'\n[tangent] worker stopped responding; giving up after ' || attempts || E' attempt(s)\n'
      WHERE status = 'RUNNING' AND "heartbeatAt" < ${cutoff} AND attempts >= ${MAX_RUN_ATTEMPTS}`;
    const requeued = await tx.$queryRaw<{ id: string }[]>`
      UPDATE "ExperimentRun" SET status = 'QUEUED', progress = 0, "heartbeatAt" = NULL,
        log = log || E'\n[tangent] worker stopped responding; queued again (attempt ' || (attempts + 1) || E')\n'
      WHERE status = 'RUNNING' AND "heartbeatAt" < ${cutoff} AND attempts < ${MAX_RUN_ATTEMPTS}
      RETURNING id`;
    for (const { id } of requeued) await enqueueJob(tx, "run-experiment", { runId: id }, { maxAttempts: 1 });
    return { requeued: requeued.length, failed };
  });
}
