import "server-only";
import { db, Prisma } from "@/lib/db/client";
import type { TextWriteOutcome } from "@/lib/actions/versioned-text";
import type { DecisionValue } from "./schema";

interface MetaReviewArgs {
  venueId: string;
  submissionId: string;
  authorId: string;
  baseVersion: number;
  body: string;
  submit: boolean;
}

/** The meta-review, with the same optimistic concurrency as reviews (decision 0007). Submitting is audited. */
export async function writeMetaReview(args: MetaReviewArgs): Promise<TextWriteOutcome> {
  const version = args.baseVersion + 1;
  try {
    return await db.$transaction(async (tx) => {
      let row: { id: string; updatedAt: Date };
      if (args.baseVersion === 0) {
        row = await tx.metaReview.create({
          data: { submissionId: args.submissionId, authorId: args.authorId, body: args.body, version, status: args.submit ? "SUBMITTED" : "DRAFT" },
          select: { id: true, updatedAt: true },
        });
      } else {
        const data = { body: args.body, version, authorId: args.authorId, ...(args.submit ? { status: "SUBMITTED" as const } : {}) };
        const { count } = await tx.metaReview.updateMany({ where: { submissionId: args.submissionId, version: args.baseVersion }, data });
        if (count === 0) return stale(tx, args.submissionId);
        row = await tx.metaReview.findUniqueOrThrow({ where: { submissionId: args.submissionId }, select: { id: true, updatedAt: true } });
      }
      if (args.submit) {
        await tx.auditLog.create({
          data: { venueId: args.venueId, actorId: args.authorId, action: "metaReview.submit", entityType: "MetaReview", entityId: row.id, details: { version } },
        });
      }
      return { ok: true as const, version, updatedAt: row.updatedAt };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002" && args.baseVersion === 0) return stale(db, args.submissionId);
    throw error;
  }
}

async function stale(client: Pick<typeof db, "metaReview">, submissionId: string): Promise<TextWriteOutcome> {
  const current = await client.metaReview.findUnique({ where: { submissionId }, select: { updatedAt: true } });
  return { ok: false, changedAt: current?.updatedAt ?? new Date() };
}

export type ProposeOutcome = { kind: "proposed" | "changed" | "unchanged"; clearedConfirmation: boolean } | { kind: "released" };

/**
 * The area chair's proposal. A different value replaces the proposal and clears any confirmation (the senior area
 * chair confirmed something else); the same value changes nothing. A released decision is never touched: the
 * update's where clause re-checks releasedAt under the row lock.
 */
export async function proposeDecision(venueId: string, submissionId: string, actorId: string, value: DecisionValue): Promise<ProposeOutcome> {
  return db.$transaction(async (tx) => {
    const current = await tx.decision.findUnique({ where: { submissionId }, select: { id: true, value: true, confirmedAt: true, releasedAt: true } });
    if (current?.releasedAt) return { kind: "released" as const };
    if (current?.value === value) return { kind: "unchanged" as const, clearedConfirmation: false };
    let id: string;
    if (!current) {
      id = (await tx.decision.create({ data: { submissionId, value, proposedById: actorId }, select: { id: true } })).id;
    } else {
      const { count } = await tx.decision.updateMany({
        where: { submissionId, releasedAt: null },
        data: { value, proposedById: actorId, proposedAt: new Date(), confirmedById: null, confirmedAt: null },
      });
      if (count === 0) return { kind: "released" as const };
      id = current.id;
    }
    const clearedConfirmation = Boolean(current?.confirmedAt);
    await tx.auditLog.create({
      data: { venueId, actorId, action: "decision.propose", entityType: "Decision", entityId: id, details: { value, previous: current?.value ?? null, clearedConfirmation } },
    });
    return { kind: current ? ("changed" as const) : ("proposed" as const), clearedConfirmation };
  });
}

/**
 * Confirming names the value the confirmer saw: if the proposal changed since, nothing is confirmed. Confirming
 * twice keeps the first confirmation.
 */
export async function confirmDecision(venueId: string, submissionId: string, actorId: string, value: DecisionValue): Promise<"confirmed" | "already" | "mismatch"> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.decision.updateMany({
      where: { submissionId, value, releasedAt: null, confirmedAt: null },
      data: { confirmedById: actorId, confirmedAt: new Date() },
    });
    if (count === 0) {
      const current = await tx.decision.findUnique({ where: { submissionId }, select: { value: true, confirmedAt: true } });
      return current?.value === value && current.confirmedAt ? "already" : "mismatch";
    }
    const row = await tx.decision.findUniqueOrThrow({ where: { submissionId }, select: { id: true } });
    await tx.auditLog.create({ data: { venueId, actorId, action: "decision.confirm", entityType: "Decision", entityId: row.id, details: { value } } });
    return "confirmed";
  });
}

/** Release every confirmed, not yet released decision of the venue to its authors, one audit row each. */
export async function releaseDecisions(venueId: string, actorId: string, now: Date = new Date()): Promise<number> {
  return db.$transaction(async (tx) => {
    const due = await tx.decision.findMany({ where: { submission: { venueId }, confirmedAt: { not: null }, releasedAt: null }, select: { id: true, value: true } });
    if (due.length === 0) return 0;
    await tx.decision.updateMany({ where: { id: { in: due.map((d) => d.id) }, releasedAt: null }, data: { releasedAt: now } });
    await tx.auditLog.createMany({
      data: due.map((d) => ({ venueId, actorId, action: "decision.release", entityType: "Decision", entityId: d.id, details: { value: d.value } })),
    });
    return due.length;
  });
}
