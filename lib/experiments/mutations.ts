// Writes behind the experiment pages: attach an experiment (with its first run queued in the same transaction),
// request runs and stress tests (quota checked under a lock), cancel, attach a run to a review as evidence.
import "server-only";
import { db, type Prisma, type PrismaClient } from "@/lib/db/client";
import { enqueueJob } from "@/lib/runner/mutations";
import type { ExperimentDefinition } from "./definition";

export interface StoredBundleInfo {
  hash: string;
  format: string;
  archiveBytes: number;
  unpackedBytes: number;
  files: { path: string; size: number }[];
}

async function queueRun(
  tx: Prisma.TransactionClient,
  experimentId: string,
  params: Prisma.InputJsonValue,
  actorId: string | null,
  isStressTest: boolean,
): Promise<string> {
  const run = await tx.experimentRun.create({ data: { experimentId, params, requestedById: actorId, isStressTest }, select: { id: true } });
  // One attempt per job: retries after a dead worker are the sweep's decision (runner/mutations.ts).
  await enqueueJob(tx, "run-experiment", { runId: run.id }, { maxAttempts: 1 });
  return run.id;
}

export async function createExperiment(input: {
  venueId: string;
  submissionId: string;
  definition: ExperimentDefinition;
  bundle: StoredBundleInfo | null;
  defaults: Prisma.InputJsonValue;
  actorId: string;
}, client: PrismaClient = db): Promise<{ experimentId: string; runId: string }> {
  const { definition: d } = input;
  // `client`: the demo seed passes its own connection; everything else uses the app's.
  return client.$transaction(async (tx) => {
    if (input.bundle) {
      const b = input.bundle;
      await tx.experimentBundle.upsert({
        where: { hash: b.hash },
        create: { hash: b.hash, format: b.format, archiveBytes: b.archiveBytes, unpackedBytes: b.unpackedBytes, files: b.files, uploadedById: input.actorId },
        update: {},
      });
    }
    const experiment = await tx.experiment.create({
      data: {
        submissionId: input.submissionId,
        title: d.manifest.title,
        figureLabel: d.manifest.figure,
        manifest: d.manifest as unknown as Prisma.InputJsonValue,
        manifestHash: d.manifestHash,
        bundleHash: input.bundle?.hash ?? null,
        claimedPoints: d.claimedPoints as unknown as Prisma.InputJsonValue,
        createdById: input.actorId,
      },
      select: { id: true },
    });
    const runId = await queueRun(tx, experiment.id, input.defaults, input.actorId, false);
    await tx.auditLog.create({
      data: { venueId: input.venueId, actorId: input.actorId, action: "experiment.create", entityType: "Experiment", entityId: experiment.id, details: { manifestHash: d.manifestHash, bundleHash: input.bundle?.hash ?? null } },
    });
    return { experimentId: experiment.id, runId };
  });
}

export async function deleteExperiment(venueId: string, experimentId: string, actorId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.experimentRun.updateMany({ where: { experimentId, status: { in: ["QUEUED", "RUNNING"] } }, data: { cancelRequestedAt: new Date() } });
    await tx.experiment.delete({ where: { id: experimentId } });
    await tx.auditLog.create({ data: { venueId, actorId, action: "experiment.delete", entityType: "Experiment", entityId: experimentId } });
  });
}

export async function requestRun(experimentId: string, params: Prisma.InputJsonValue, actorId: string): Promise<string> {
  return db.$transaction((tx) => queueRun(tx, experimentId, params, actorId, false));
}

/**
 * A reviewer's stress test, refused when the quota is used up. The per-reviewer-and-paper advisory lock makes
 * two simultaneous requests count one after the other, so a double click cannot exceed the quota.
 */
export async function requestStressTest(input: {
  experimentId: string;
  submissionId: string;
  params: Prisma.InputJsonValue;
  actorId: string;
  quota: number;
}): Promise<{ ok: true; runId: string } | { ok: false; used: number }> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`stress:${input.actorId}:${input.submissionId}`}))`;
    const used = await tx.experimentRun.count({ where: { requestedById: input.actorId, isStressTest: true, experiment: { submissionId: input.submissionId } } });
    if (used >= input.quota) return { ok: false, used };
    return { ok: true, runId: await queueRun(tx, input.experimentId, input.params, input.actorId, true) };
  });
}

/** Queued runs end at once; running ones are stopped by their worker within a heartbeat. */
export async function requestCancel(runId: string): Promise<"cancelled" | "stopping" | "finished"> {
  return db.$transaction(async (tx) => {
    const now = new Date();
    const queued = await tx.experimentRun.updateMany({
      where: { id: runId, status: "QUEUED" },
      data: { status: "CANCELLED", cancelRequestedAt: now, finishedAt: now, error: "Cancelled before it started" },
    });
    if (queued.count) return "cancelled";
    const running = await tx.experimentRun.updateMany({ where: { id: runId, status: "RUNNING", cancelRequestedAt: null }, data: { cancelRequestedAt: now } });
    return running.count ? "stopping" : "finished";
  });
}

/** Attaches (or, with theoremId null, detaches) the reviewer's own finished stress test to one assumption. */
export async function setEvidence(runId: string, userId: string, evidence: { theoremId: string; assumption: string; note: string } | null): Promise<boolean> {
  const { count } = await db.experimentRun.updateMany({
    where: { id: runId, requestedById: userId, isStressTest: true },
    data: evidence
      ? { evidenceTheoremId: evidence.theoremId, evidenceAssumption: evidence.assumption, evidenceNote: evidence.note }
      : { evidenceTheoremId: null, evidenceAssumption: null, evidenceNote: "" },
  });
  return count === 1;
}
