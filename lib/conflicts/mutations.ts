// A chair's conflicts by hand: adding one (source CHAIR, with the reason) and lifting one (kept on record with
// who lifted it and when). Each in one transaction with its audit entry.
import "server-only";
import { db } from "@/lib/db/client";
import type { AddConflictInput } from "./schema";

export type AddOutcome = { ok: true; conflictId: string; paper: number; reviewer: string; assigned: boolean } | { ok: false; message: string };

export async function addChairConflict(venueId: string, actorId: string | null, input: Omit<AddConflictInput, "venueId">): Promise<AddOutcome> {
  return db.$transaction(async (tx) => {
    const paper = await tx.submission.findFirst({ where: { venueId, number: input.paper }, select: { id: true, number: true } });
    if (!paper) return { ok: false, message: `There is no paper #${input.paper} in this venue.` };
    const member = await tx.membership.findFirst({ where: { venueId, role: "REVIEWER", user: { email: input.reviewer } }, select: { user: { select: { id: true, name: true } } } });
    if (!member) return { ok: false, message: `${input.reviewer} is not in this venue's reviewer pool.` };
    const reviewer = member.user;
    const reason = { kind: "chair", detail: input.reason };
    const key = { submissionId_userId: { submissionId: paper.id, userId: reviewer.id } };
    const existing = await tx.conflict.findUnique({ where: key, select: { id: true, liftedAt: true, reasons: true } });
    if (existing && !existing.liftedAt) return { ok: false, message: `Paper #${paper.number} is already conflicted with ${reviewer.name}.` };
    // A lifted conflict comes back in force as the chair's, keeping its earlier reasons on record.
    const conflict = existing
      ? await tx.conflict.update({ where: { id: existing.id }, data: { source: "CHAIR", liftedAt: null, liftedById: null, reasons: [...(Array.isArray(existing.reasons) ? existing.reasons : []), reason] }, select: { id: true } })
      : await tx.conflict.create({ data: { venueId, submissionId: paper.id, userId: reviewer.id, source: "CHAIR", reasons: [reason] }, select: { id: true } });
    const assigned = (await tx.assignment.count({ where: { submissionId: paper.id, userId: reviewer.id } })) > 0;
    await tx.auditLog.create({ data: { venueId, actorId, action: "conflict.add", entityType: "Conflict", entityId: conflict.id, details: { paper: paper.number, reviewerId: reviewer.id, reason: input.reason, assigned } } });
    return { ok: true, conflictId: conflict.id, paper: paper.number, reviewer: reviewer.name, assigned };
  });
}

export type LiftOutcome = { ok: true; paper: number; reviewer: string; clearedBid: boolean } | { ok: false; message: string };

/** Lift a conflict in force. A reviewer's declared conflict also loses its CONFLICT bid, so the paper returns to their bidding list. */
export async function liftConflict(venueId: string, actorId: string, conflictId: string): Promise<LiftOutcome> {
  return db.$transaction(async (tx) => {
    const c = await tx.conflict.findFirst({ where: { id: conflictId, venueId }, select: { id: true, source: true, liftedAt: true, submissionId: true, userId: true, submission: { select: { number: true } }, user: { select: { name: true } } } });
    if (!c) return { ok: false, message: "This conflict does not exist." };
    const done = await tx.conflict.updateMany({ where: { id: c.id, liftedAt: null }, data: { liftedAt: new Date(), liftedById: actorId } });
    if (done.count !== 1) return { ok: false, message: `The conflict of paper #${c.submission.number} with ${c.user.name} is already lifted.` };
    const cleared = c.source === "REVIEWER_DECLARED" ? await tx.bid.deleteMany({ where: { submissionId: c.submissionId, userId: c.userId, value: "CONFLICT" } }) : { count: 0 };
    await tx.auditLog.create({ data: { venueId, actorId, action: "conflict.lift", entityType: "Conflict", entityId: c.id, details: { paper: c.submission.number, reviewerId: c.userId, source: c.source, clearedBid: cleared.count > 0 } } });
    return { ok: true, paper: c.submission.number, reviewer: c.user.name, clearedBid: cleared.count > 0 };
  });
}
