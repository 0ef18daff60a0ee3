// Reads behind the experiment pages. Callers check permission (lib/auth/permissions.ts) on the paper first;
// nothing here returns author identities.
import "server-only";
import { db, type JobStatus, type Verdict } from "@/lib/db/client";

const runSummary = {
  id: true,
  status: true,
  verdict: true,
  progress: true,
  isStressTest: true,
  params: true,
  requestedById: true,
  error: true,
  createdAt: true,
  startedAt: true,
  finishedAt: true,
  evidenceTheoremId: true,
  evidenceAssumption: true,
  evidenceNote: true,
} as const;

export function listExperiments(submissionId: string) {
  return db.experiment.findMany({
    where: { submissionId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      title: true,
      figureLabel: true,
      manifest: true,
      bundleHash: true,
      createdAt: true,
      // The latest run at the declared settings decides the badge; stress tests never do.
      runs: { where: { isStressTest: false }, orderBy: { createdAt: "desc" }, take: 1, select: runSummary },
    },
  });
}

export function findExperiment(submissionId: string, experimentId: string) {
  return db.experiment.findFirst({
    where: { id: experimentId, submissionId },
    select: {
      id: true,
      title: true,
      figureLabel: true,
      manifest: true,
      manifestHash: true,
      bundleHash: true,
      claimedPoints: true,
      createdAt: true,
      bundle: { select: { format: true, archiveBytes: true, unpackedBytes: true, files: true } },
    },
  });
}

/** Runs of an experiment a viewer may see: all of them, or the declared-settings runs plus the viewer's own. */
export function listRuns(experimentId: string, visibility: { all: true } | { ownStressTestsOf: string } | { noStressTests: true }) {
  const where =
    "all" in visibility
      ? { experimentId }
      : "noStressTests" in visibility
        ? { experimentId, isStressTest: false }
        : { experimentId, OR: [{ isStressTest: false }, { requestedById: visibility.ownStressTestsOf }] };
  return db.experimentRun.findMany({ where, orderBy: { createdAt: "desc" }, take: 50, select: runSummary });
}

export function findRun(runId: string) {
  return db.experimentRun.findUnique({
    where: { id: runId },
    select: {
      ...runSummary,
      log: true,
      result: true,
      comparison: true,
      provenance: true,
      experiment: { select: { id: true, submissionId: true, manifest: true, claimedPoints: true, title: true, figureLabel: true } },
    },
  });
}

/** Runs ahead of this one in the queue (0 = next to start). */
export async function queuePosition(runId: string, createdAt: Date): Promise<number> {
  return db.experimentRun.count({ where: { status: "QUEUED", id: { not: runId }, createdAt: { lt: createdAt } } });
}

export function stressTestsUsed(userId: string, submissionId: string): Promise<number> {
  return db.experimentRun.count({ where: { requestedById: userId, isStressTest: true, experiment: { submissionId } } });
}

export interface VerdictBadge {
  experimentId: string;
  figureLabel: string;
  status: JobStatus | null;
  verdict: Verdict | null;
}

/** Each submission's experiments with the verdict of their latest declared-settings run, for consoles. */
export async function verdictBadges(submissionIds: string[]): Promise<Map<string, VerdictBadge[]>> {
  const rows = await db.experiment.findMany({
    where: { submissionId: { in: submissionIds } },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      submissionId: true,
      figureLabel: true,
      runs: { where: { isStressTest: false }, orderBy: { createdAt: "desc" }, take: 1, select: { status: true, verdict: true } },
    },
  });
  const out = new Map<string, VerdictBadge[]>();
  for (const r of rows) {
    const list = out.get(r.submissionId) ?? [];
    list.push({ experimentId: r.id, figureLabel: r.figureLabel, status: r.runs[0]?.status ?? null, verdict: r.runs[0]?.verdict ?? null });
    out.set(r.submissionId, list);
  }
  return out;
}

/** Stress tests attached as evidence in reviews of a paper; chairs see all, a reviewer only theirs. */
export function listEvidence(submissionId: string, onlyUserId?: string) {
  return db.experimentRun.findMany({
    where: { experiment: { submissionId }, evidenceTheoremId: { not: null }, ...(onlyUserId ? { requestedById: onlyUserId } : {}) },
    orderBy: { createdAt: "asc" },
    select: { ...runSummary, experiment: { select: { id: true, title: true, figureLabel: true } } },
  });
}

export function theoremsOf(submissionId: string) {
  return db.theorem.findMany({ where: { submissionId }, orderBy: { position: "asc" }, select: { id: true, label: true } });
}
