// Writes of the venue-wide computations: their job records and their results, each result in one transaction.
import "server-only";
import { db, type VenueJobKind } from "@/lib/db/client";
import { enqueueJob } from "@/lib/runner/mutations";
import type { Conflict as DetectedConflict } from "@/lib/engines/conflicts";
import { AFFINITY_SOURCE } from "./source";

export { AFFINITY_SOURCE };

/** Record the job and queue it together: a job row never exists without its queued work, nor the reverse. */
export async function createVenueJob(venueId: string, kind: VenueJobKind, actorId: string): Promise<string> {
  return db.$transaction(async (tx) => {
    const job = await tx.venueJob.create({ data: { venueId, kind, createdById: actorId, message: "Queued" }, select: { id: true } });
    await enqueueJob(tx, kind === "CONFLICTS" ? "compute-conflicts" : "compute-affinity", { jobId: job.id }, { maxAttempts: 1 });
    await tx.auditLog.create({ data: { venueId, actorId, action: `start-${kind.toLowerCase()}`, entityType: "VenueJob", entityId: job.id } });
    return job.id;
  });
}

/** QUEUED → RUNNING; false when the job is gone or no longer queued (then the worker leaves it alone). */
export async function startVenueJob(jobId: string): Promise<boolean> {
  const r = await db.venueJob.updateMany({ where: { id: jobId, status: "QUEUED" }, data: { status: "RUNNING", startedAt: new Date(), message: "Starting" } });
  return r.count === 1;
}

export async function setVenueJobProgress(jobId: string, progress: number, message: string) {
  await db.venueJob.updateMany({ where: { id: jobId, status: "RUNNING" }, data: { progress, message } });
}

export async function failVenueJob(jobId: string, message: string) {
  await db.venueJob.updateMany({ where: { id: jobId, status: { in: ["QUEUED", "RUNNING"] } }, data: { status: "FAILED", message, finishedAt: new Date() } });
}

/**
 * Save detected conflicts: automatic, not-lifted rows are created, updated or (when no longer detected) removed.
 * Conflicts a chair entered or lifted, and those people declared, are never touched.
 */
export async function saveDetectedConflicts(jobId: string, venueId: string, found: DetectedConflict[], result: Record<string, number>) {
  return db.$transaction(async (tx) => {
    const existing = await tx.conflict.findMany({ where: { venueId }, select: { id: true, submissionId: true, userId: true, source: true, liftedAt: true } });
    const byPair = new Map(existing.map((c) => [`${c.submissionId}|${c.userId}`, c]));
    const seen = new Set<string>();
    let created = 0;
    let updated = 0;
    let kept = 0;
    for (const c of found) {
      const key = `${c.paperId}|${c.reviewerId}`;
      seen.add(key);
      const row = byPair.get(key);
      const reasons = c.reasons.map((r) => ({ kind: r.kind, detail: r.detail }));
      if (!row) {
        await tx.conflict.create({ data: { venueId, submissionId: c.paperId, userId: c.reviewerId, source: "AUTOMATIC", reasons } });
        created++;
      } else if (row.source === "AUTOMATIC" && !row.liftedAt) {
        await tx.conflict.update({ where: { id: row.id }, data: { reasons } });
        updated++;
      } else kept++;
    }
    const stale = existing.filter((c) => c.source === "AUTOMATIC" && !c.liftedAt && !seen.has(`${c.submissionId}|${c.userId}`)).map((c) => c.id);
    if (stale.length) await tx.conflict.deleteMany({ where: { id: { in: stale } } });
    const summary = { ...result, created, updated, removed: stale.length, kept };
    await tx.venueJob.update({ where: { id: jobId }, data: { status: "SUCCEEDED", progress: 1, finishedAt: new Date(), result: summary, message: `${found.length} conflicts found` } });
    return summary;
  }, { timeout: 120_000 });
}

/** Replace this source's scores of the venue in one transaction: readers see the old set or the new one. */
export async function saveAffinityScores(jobId: string, venueId: string, scores: { paperId: string; reviewerId: string; score: number }[], result: Record<string, number>) {
  return db.$transaction(async (tx) => {
    await tx.affinityScore.deleteMany({ where: { venueId, source: AFFINITY_SOURCE } });
    for (let i = 0; i < scores.length; i += 5000) {
      await tx.affinityScore.createMany({
        data: scores.slice(i, i + 5000).map((s) => ({ venueId, submissionId: s.paperId, userId: s.reviewerId, source: AFFINITY_SOURCE, score: s.score })),
      });
    }
    const summary = { ...result, scores: scores.length };
    await tx.venueJob.update({ where: { id: jobId }, data: { status: "SUCCEEDED", progress: 1, finishedAt: new Date(), result: summary, message: `${scores.length} scores saved` } });
    return summary;
  }, { timeout: 120_000 });
}
