import "server-only";
import { db, Prisma } from "@/lib/db/client";

export type WriteOutcome = { ok: true; version: number; updatedAt: Date } | { ok: false; changedAt: Date };

interface WriteArgs {
  venueId: string;
  submissionId: string;
  reviewerId: string;
  formId: string;
  /** The version the editor edited: 0 when it began a new review. */
  baseVersion: number;
  content: object;
  submit: boolean;
}

/**
 * Save a review with optimistic concurrency. The write succeeds only if the row is still at `baseVersion`
 * (`updateMany where {…, version}`; PostgreSQL re-checks the condition after waiting for a concurrent writer's
 * row lock, so of two saves from the same version exactly one wins). A refused save changes nothing and answers
 * when the newer version was written. Submitting also keeps the submitted text as a ReviewRevision.
 */
export async function writeReview(args: WriteArgs): Promise<WriteOutcome> {
  const version = args.baseVersion + 1;
  const status = args.submit ? ("SUBMITTED" as const) : ("DRAFT" as const);
  if (!args.submit && args.baseVersion > 0) {
    // Autosave, the hot path: one conditional UPDATE … RETURNING is atomic on its own, so it needs no
    // transaction (no revision or audit row to write alongside it). Written as SQL because Prisma's
    // updateManyAndReturn costs twice the CPU of the same statement sent raw (0.53 against 0.24 ms per call,
    // measured for docs/decisions/0010-review-autosave-path.md); `updatedAt` is set as Prisma's @updatedAt would.
    const [row] = await db.$queryRaw<{ updatedAt: Date }[]>`
      UPDATE "Review" SET content = ${JSON.stringify(args.content)}::jsonb, version = ${version}, "updatedAt" = ${new Date()}
       WHERE "submissionId" = ${args.submissionId} AND "reviewerId" = ${args.reviewerId} AND version = ${args.baseVersion}
       RETURNING "updatedAt"`;
    return row ? { ok: true, version, updatedAt: row.updatedAt } : stale(db, args);
  }
  try {
    return await db.$transaction(async (tx) => {
      let reviewId: string;
      let updatedAt: Date;
      if (args.baseVersion === 0) {
        // A unique violation here means another tab created the review first: stale, like a version mismatch.
        const created = await tx.review.create({
          data: { submissionId: args.submissionId, reviewerId: args.reviewerId, formId: args.formId, content: args.content, status, version, submittedAt: args.submit ? new Date() : null },
          select: { id: true, updatedAt: true },
        });
        reviewId = created.id;
        updatedAt = created.updatedAt;
      } else {
        const where = { submissionId: args.submissionId, reviewerId: args.reviewerId, version: args.baseVersion };
        const data = args.submit ? { content: args.content, version, status, submittedAt: new Date() } : { content: args.content, version };
        const { count } = await tx.review.updateMany({ where, data });
        if (count === 0) return stale(tx, args);
        const row = await tx.review.findUniqueOrThrow({ where: { submissionId_reviewerId: { submissionId: args.submissionId, reviewerId: args.reviewerId } }, select: { id: true, updatedAt: true } });
        reviewId = row.id;
        updatedAt = row.updatedAt;
      }
      if (args.submit) {
        await tx.reviewRevision.create({ data: { reviewId, version, status: "SUBMITTED", content: args.content } });
        await tx.auditLog.create({
          data: { venueId: args.venueId, actorId: args.reviewerId, action: "review.submit", entityType: "Review", entityId: reviewId, details: { version } },
        });
      }
      return { ok: true as const, version, updatedAt };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002" && args.baseVersion === 0) return stale(db, args);
    throw error;
  }
}

async function stale(client: Pick<typeof db, "review">, args: WriteArgs): Promise<WriteOutcome> {
  const current = await client.review.findUnique({
    where: { submissionId_reviewerId: { submissionId: args.submissionId, reviewerId: args.reviewerId } },
    select: { updatedAt: true },
  });
  return { ok: false, changedAt: current?.updatedAt ?? new Date() };
}
