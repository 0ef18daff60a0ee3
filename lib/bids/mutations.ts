import "server-only";
import { db } from "@/lib/db/client";
import type { BidValue } from "./schema";

interface BidWrite {
  venueId: string;
  submissionId: string;
  userId: string;
  value: BidValue | "NONE";
  /** For a CONFLICT bid: why, in the reviewer's words. */
  reason?: string;
}

/**
 * Record a bid: an upsert on (paper, reviewer); NONE removes it. A CONFLICT bid is also the reviewer's
 * declaration of a conflict: it upserts a Conflict row (source REVIEWER_DECLARED, re-activating one a chair had
 * lifted), so the paper leaves the reviewer's bidding list and the assignment never pairs them. One transaction.
 */
export async function writeBid(args: BidWrite): Promise<{ updatedAt: Date }> {
  const key = { submissionId_userId: { submissionId: args.submissionId, userId: args.userId } };
  return db.$transaction(async (tx) => {
    if (args.value === "NONE") {
      await tx.bid.deleteMany({ where: { submissionId: args.submissionId, userId: args.userId } });
      return { updatedAt: new Date() };
    }
    const bid = await tx.bid.upsert({
      where: key,
      create: { submissionId: args.submissionId, userId: args.userId, value: args.value },
      update: { value: args.value },
      select: { updatedAt: true },
    });
    if (args.value === "CONFLICT") {
      const reasons = [{ kind: "declared", detail: args.reason ?? "" }];
      const conflict = await tx.conflict.upsert({
        where: key,
        create: { venueId: args.venueId, submissionId: args.submissionId, userId: args.userId, source: "REVIEWER_DECLARED", reasons },
        update: { source: "REVIEWER_DECLARED", reasons, liftedAt: null, liftedById: null },
        select: { id: true },
      });
      await tx.auditLog.create({
        data: { venueId: args.venueId, actorId: args.userId, action: "conflict.declare", entityType: "Conflict", entityId: conflict.id, details: { reason: args.reason ?? "" } },
      });
    }
    return { updatedAt: bid.updatedAt };
  });
}
