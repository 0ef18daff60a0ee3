// Writes of assignment runs: creating and queueing a run, its status transitions, its result, and deploying it.
import "server-only";
import { db, type Prisma } from "@/lib/db/client";
import type { OutgoingMail } from "@/lib/mail/transport";
import { enqueueJob } from "@/lib/runner/mutations";
import type { RunParams, RunSummary } from "./schema";

export async function createRun(venueId: string, actorId: string, params: RunParams): Promise<string> {
  return db.$transaction(async (tx) => {
    const venue = await tx.venue.findUniqueOrThrow({ where: { id: venueId }, select: { assignmentRevision: true } });
    const run = await tx.assignmentRun.create({
      data: { venueId, createdById: actorId, objective: params.objective === "fair" ? "FAIR" : "SUM", params, baseRevision: venue.assignmentRevision, message: "Queued: waiting for a worker" },
      select: { id: true },
    });
    // One attempt: a solver failure is deterministic, and the run row already tells the chair what went wrong.
    await enqueueJob(tx, "run-assignment", { runId: run.id }, { maxAttempts: 1 });
    await tx.auditLog.create({ data: { venueId, actorId, action: "start-assignment-run", entityType: "AssignmentRun", entityId: run.id, details: params } });
    return run.id;
  });
}

/** QUEUED → RUNNING; false if the run was cancelled (or taken) before a worker reached it. */
export async function startRun(runId: string): Promise<boolean> {
  const r = await db.assignmentRun.updateMany({ where: { id: runId, status: "QUEUED" }, data: { status: "RUNNING", startedAt: new Date(), message: "Starting" } });
  return r.count === 1;
}

export async function setRunProgress(runId: string, progress: number, message: string): Promise<void> {
  await db.assignmentRun.updateMany({ where: { id: runId, status: "RUNNING" }, data: { progress, message } });
}

/** RUNNING → FAILED (or CANCELLED when the chair cancelled meanwhile: their choice wins). */
export async function failRun(runId: string, message: string, summary?: RunSummary): Promise<void> {
  await db.assignmentRun.updateMany({
    where: { id: runId, status: { in: ["QUEUED", "RUNNING"] } },
    data: { status: "FAILED", message, finishedAt: new Date(), ...(summary ? { summary: summary as unknown as Prisma.InputJsonValue } : {}) },
  });
}

export async function markCancelled(runId: string): Promise<void> {
  await db.assignmentRun.updateMany({ where: { id: runId, status: "CANCELLED", finishedAt: null }, data: { finishedAt: new Date(), message: "Cancelled" } });
}

/** The chair's cancel: only a queued or running run; the worker notices within a second and stops. */
export async function cancelRun(venueId: string, runId: string, actorId: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const r = await tx.assignmentRun.updateMany({ where: { id: runId, venueId, status: { in: ["QUEUED", "RUNNING"] } }, data: { status: "CANCELLED", message: "Cancelling…" } });
    if (r.count === 1) await tx.auditLog.create({ data: { venueId, actorId, action: "cancel-assignment-run", entityType: "AssignmentRun", entityId: runId } });
    return r.count === 1;
  });
}

export interface ProposedPair {
  paper: string;
  reviewer: string;
  score: number;
  isAlternate: boolean;
  rank: number;
}

/** Save the proposal and mark the run SUCCEEDED, unless it was cancelled meanwhile (then nothing is saved). */
export async function saveRunResult(runId: string, pairs: ProposedPair[], summary: RunSummary): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const done = await tx.assignmentRun.updateMany({
      where: { id: runId, status: "RUNNING" },
      data: { status: "SUCCEEDED", progress: 1, message: `Proposal ready: ${summary.assigned} assignments`, finishedAt: new Date(), summary: summary as unknown as Prisma.InputJsonValue },
    });
    if (done.count !== 1) return false;
    for (let i = 0; i < pairs.length; i += 5000) {
      await tx.proposedAssignment.createMany({
        data: pairs.slice(i, i + 5000).map((p) => ({ runId, submissionId: p.paper, userId: p.reviewer, score: p.score, isAlternate: p.isAlternate, rank: p.rank })),
      });
    }
    return true;
  }, { timeout: 120_000 });
}

export type DeployOutcome =
  | { ok: true; added: number; removed: number; revision: number }
  | { ok: false; reason: string };

class DeployRefused extends Error {}

type MailFor = (reviewer: { name: string; email: string }, papers: { number: number; title: string }[]) => OutgoingMail;

/**
 * Make a run's proposal the deployed assignment, all or nothing. Refused when the deployed assignment changed
 * since the run started (the venue's revision moved), and when it would take a paper away from a reviewer who
 * has already begun its review. Newly assigned reviewers get an email, queued in the same transaction.
 */
export async function deployRun(venueId: string, runId: string, actorId: string, mailFor: MailFor): Promise<DeployOutcome> {
  try {
    return await db.$transaction(async (tx) => {
      const run = await tx.assignmentRun.findFirst({ where: { id: runId, venueId }, select: { status: true, baseRevision: true, deployedAt: true } });
      if (!run) throw new DeployRefused("This run does not exist.");
      if (run.deployedAt) throw new DeployRefused("This run is already deployed.");
      if (run.status !== "SUCCEEDED") throw new DeployRefused("Only a finished run with a proposal can be deployed.");
      // The conditional update is the lock: of two deploys racing, the second finds the revision moved.
      const bumped = await tx.venue.updateMany({ where: { id: venueId, assignmentRevision: run.baseRevision }, data: { assignmentRevision: { increment: 1 } } });
      if (bumped.count !== 1) {
        throw new DeployRefused("The deployed assignment changed since this run started (someone deployed or edited it meanwhile). Start a new run from the current assignment and deploy that.");
      }
      const proposal = await tx.proposedAssignment.findMany({ where: { runId, isAlternate: false }, select: { submissionId: true, userId: true } });
      const current = await tx.assignment.findMany({ where: { venueId, submission: { status: "SUBMITTED" } }, select: { id: true, submissionId: true, userId: true } });
      const key = (p: { submissionId: string; userId: string }) => `${p.submissionId}|${p.userId}`;
      const wanted = new Set(proposal.map(key));
      const have = new Set(current.map(key));
      const removed = current.filter((a) => !wanted.has(key(a)));
      const added = proposal.filter((p) => !have.has(key(p)));

      if (removed.length) {
        const started = await tx.review.findMany({
          where: { OR: removed.map((a) => ({ submissionId: a.submissionId, reviewerId: a.userId })) },
          select: { submission: { select: { number: true } }, reviewer: { select: { name: true } } },
        });
        if (started.length) {
          const who = started.slice(0, 3).map((s) => `${s.reviewer.name} (#${s.submission.number})`).join(", ");
          throw new DeployRefused(`Deploying would take ${started.length} paper${started.length > 1 ? "s" : ""} from reviewers who already began reviewing: ${who}. Start a run that keeps the deployed assignment instead.`);
        }
        await tx.assignment.deleteMany({ where: { id: { in: removed.map((a) => a.id) } } });
      }
      await tx.assignment.createMany({ data: added.map((p) => ({ venueId, submissionId: p.submissionId, userId: p.userId, runId })) });
      await tx.assignmentRun.update({ where: { id: runId }, data: { deployedAt: new Date() } });
      const revision = run.baseRevision + 1;
      await tx.auditLog.create({
        data: { venueId, actorId, action: "deploy-assignment", entityType: "AssignmentRun", entityId: runId, details: { added: added.length, removed: removed.length, revision } },
      });

      const newByReviewer = new Map<string, string[]>();
      for (const p of added) (newByReviewer.get(p.userId) ?? newByReviewer.set(p.userId, []).get(p.userId)!).push(p.submissionId);
      const people = await tx.user.findMany({ where: { id: { in: [...newByReviewer.keys()] } }, select: { id: true, name: true, email: true } });
      const papers = new Map((await tx.submission.findMany({ where: { id: { in: added.map((a) => a.submissionId) } }, select: { id: true, number: true, title: true } })).map((s) => [s.id, s]));
      for (const person of people) {
        const theirs = newByReviewer.get(person.id)!.map((id) => papers.get(id)!).sort((a, b) => a.number - b.number);
        await enqueueJob(tx, "send-mail", mailFor(person, theirs));
      }
      return { ok: true, added: added.length, removed: removed.length, revision } as const;
    }, { timeout: 60_000 });
  } catch (error) {
    if (error instanceof DeployRefused) return { ok: false, reason: error.message };
    throw error;
  }
}
