// Reads of assignment runs: what a run is built from, its status for polling, and its proposal for review.
import "server-only";
import { db } from "@/lib/db/client";
import type { RunInputs } from "./build-problem";

export async function loadRunInputs(venueId: string): Promise<RunInputs> {
  const [papers, reviewers, affinities, bids, conflicts, deployed] = await Promise.all([
    db.submission.findMany({ where: { venueId, status: "SUBMITTED" }, orderBy: { number: "asc" }, select: { id: true } }),
    db.membership.findMany({ where: { venueId, role: "REVIEWER" }, select: { userId: true, maxLoad: true, minLoad: true } }),
    db.affinityScore.findMany({ where: { venueId }, select: { submissionId: true, userId: true, source: true, score: true } }),
    db.bid.findMany({ where: { submission: { venueId } }, select: { submissionId: true, userId: true, value: true } }),
    db.conflict.findMany({ where: { venueId, liftedAt: null }, select: { submissionId: true, userId: true } }),
    db.assignment.findMany({ where: { venueId }, select: { submissionId: true, userId: true } }),
  ]);
  return {
    papers: papers.map((p) => p.id),
    reviewers: reviewers.map((r) => ({ id: r.userId, maxLoad: r.maxLoad, minLoad: r.minLoad })),
    affinities: affinities.map((a) => ({ paperId: a.submissionId, reviewerId: a.userId, source: a.source, score: a.score })),
    bids: bids.map((b) => ({ paperId: b.submissionId, reviewerId: b.userId, value: b.value })),
    conflicts: conflicts.map((c) => ({ paper: c.submissionId, reviewer: c.userId })),
    deployed: deployed.map((a) => ({ paper: a.submissionId, reviewer: a.userId })),
  };
}

export function findRun(runId: string) {
  return db.assignmentRun.findUnique({ where: { id: runId }, select: { id: true, venueId: true, status: true, params: true, baseRevision: true, deployedAt: true } });
}

export async function runStatus(runId: string): Promise<string | null> {
  const r = await db.assignmentRun.findUnique({ where: { id: runId }, select: { status: true } });
  return r?.status ?? null;
}

const runListSelect = {
  id: true,
  objective: true,
  status: true,
  params: true,
  progress: true,
  message: true,
  summary: true,
  baseRevision: true,
  createdAt: true,
  startedAt: true,
  finishedAt: true,
  deployedAt: true,
} as const;

export function listRuns(venueId: string, take = 20) {
  return db.assignmentRun.findMany({ where: { venueId }, orderBy: { createdAt: "desc" }, take, select: runListSelect });
}

export function venueRevision(venueId: string) {
  return db.venue.findUniqueOrThrow({ where: { id: venueId }, select: { assignmentRevision: true, settings: true } });
}

/** A run of this venue with its proposal, papers and reviewers named: what the review page shows. */
export async function loadRunProposal(venueId: string, runId: string) {
  const run = await db.assignmentRun.findFirst({ where: { id: runId, venueId }, select: runListSelect });
  if (!run) return null;
  const [proposed, papers, reviewers, deployed] = await Promise.all([
    db.proposedAssignment.findMany({ where: { runId }, orderBy: [{ submissionId: "asc" }, { rank: "asc" }], select: { submissionId: true, userId: true, score: true, isAlternate: true, rank: true } }),
    db.submission.findMany({ where: { venueId, status: "SUBMITTED" }, orderBy: { number: "asc" }, select: { id: true, number: true, externalId: true, title: true } }),
    db.membership.findMany({ where: { venueId, role: "REVIEWER" }, select: { maxLoad: true, user: { select: { id: true, name: true, email: true } } } }),
    db.assignment.findMany({ where: { venueId }, select: { submissionId: true, userId: true } }),
  ]);
  return { run, proposed, papers, reviewers: reviewers.map((m) => ({ ...m.user, maxLoad: m.maxLoad })), deployed };
}

/** Texts behind the affinity of some pairs: the papers' words and the reviewers' publications. */
export async function loadExplanationTexts(paperIds: string[], reviewerIds: string[]) {
  const [papers, profiles] = await Promise.all([
    db.submission.findMany({ where: { id: { in: paperIds } }, select: { id: true, title: true, abstract: true, keywords: true } }),
    db.reviewerProfile.findMany({ where: { userId: { in: reviewerIds } }, select: { userId: true, publications: { select: { title: true, abstract: true, year: true } } } }),
  ]);
  return { papers, reviewers: profiles.map((p) => ({ id: p.userId, publications: p.publications })) };
}
