// Writes of assignment runs: creating and queueing a run, its status transitions, its result, and deploying it.
import "server-only";
import { db, type Prisma } from "@/lib/db/client";
import type { OutgoingMail } from "@/lib/mail/transport";
import { enqueueJob } from "@/lib/runner/mutations";
import { combinedPairScores } from "./build-problem";
import { readEditSnapshot, paperScoreInputs } from "./data";
import { checkEdit, type EditCheck, type EditRequest } from "./edit-check";
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
      // Hand edits lock the run's row too: a deploy never ships a proposal halfway through an edit.
      await lockRun(tx, runId);
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

type Tx = Prisma.TransactionClient;

/** Serialise the writers of one run's proposal (hand edits, deploy) on the run's row. */
async function lockRun(tx: Tx, runId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "AssignmentRun" WHERE id = ${runId} FOR UPDATE`;
}

export type EditOutcome = { ok: true; check: EditCheck; score: number | null } | { ok: false; check: EditCheck };

/**
 * A chair's hand edit of a proposal: add, remove or swap one reviewer of one paper. The checks run on the state
 * read inside the transaction, after locking the run, so two chairs editing at once cannot both take the last
 * slot of a reviewer's load. The run's totals are recomputed and the edit is audited.
 */
export async function applyProposalEdit(venueId: string, runId: string, actorId: string | null, req: EditRequest): Promise<EditOutcome> {
  return db.$transaction(async (tx) => {
    await lockRun(tx, runId);
    const read = await readEditSnapshot(venueId, runId, req, tx);
    if (!read) return { ok: false, check: { errors: ["This run does not exist."], warnings: [], effects: [] } };
    const check = checkEdit(read.snapshot, req);
    if (check.errors.length) return { ok: false, check };
    const paperId = req.paperId;
    let removedRank: number | null = null;
    if (req.remove) {
      const gone = await tx.proposedAssignment.delete({ where: { runId_submissionId_userId: { runId, submissionId: paperId, userId: req.remove } }, select: { rank: true, score: true } });
      removedRank = gone.rank;
    }
    let score: number | null = null;
    if (req.add) {
      const inputs = await paperScoreInputs(venueId, paperId, tx);
      score = combinedPairScores(inputs.affinities, inputs.bids, read.params, inputs.sourceNames).get(`${paperId}|${req.add}`) ?? 0;
      const last = await tx.proposedAssignment.aggregate({ where: { runId, submissionId: paperId }, _max: { rank: true } });
      const rank = removedRank ?? (last._max.rank ?? -1) + 1;
      // An alternate of this paper becomes one of its reviewers.
      await tx.proposedAssignment.upsert({
        where: { runId_submissionId_userId: { runId, submissionId: paperId, userId: req.add } },
        create: { runId, submissionId: paperId, userId: req.add, score, isAlternate: false, rank },
        update: { score, isAlternate: false, rank },
      });
    }
    await refreshRunTotals(tx, venueId, runId);
    const op = req.add && req.remove ? "swap" : req.add ? "add" : "remove";
    await tx.auditLog.create({
      data: { venueId, actorId, action: "edit-assignment-proposal", entityType: "AssignmentRun", entityId: runId, details: { op, paper: read.snapshot.paper!.number, paperId, added: req.add ?? null, removed: req.remove ?? null, score } },
    });
    return { ok: true, check, score };
  }, { timeout: 30_000 });
}

/** Totals of the summary after a hand edit: assigned pairs, total score, the lowest paper's total, edit count. */
async function refreshRunTotals(tx: Tx, venueId: string, runId: string): Promise<void> {
  const run = await tx.assignmentRun.findUniqueOrThrow({ where: { id: runId }, select: { summary: true } });
  if (!run.summary) return;
  const [byPaper, papers] = await Promise.all([
    tx.proposedAssignment.groupBy({ by: ["submissionId"], where: { runId, isAlternate: false }, _sum: { score: true }, _count: { _all: true } }),
    tx.submission.count({ where: { venueId, status: "SUBMITTED" } }),
  ]);
  const totals = byPaper.map((g) => g._sum.score ?? 0);
  // A paper left with no reviewer has a total of 0.
  if (byPaper.length < papers) totals.push(0);
  const summary = run.summary as unknown as RunSummary;
  const next: RunSummary = {
    ...summary,
    assigned: byPaper.reduce((n, g) => n + g._count._all, 0),
    totalScore: totals.reduce((a, b) => a + b, 0),
    lowestPaperScore: totals.length ? Math.min(...totals) : 0,
    handEdits: (summary.handEdits ?? 0) + 1,
  };
  await tx.assignmentRun.update({ where: { id: runId }, data: { summary: next as unknown as Prisma.InputJsonValue } });
}
