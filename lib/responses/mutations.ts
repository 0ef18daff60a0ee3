import "server-only";
import { db, Prisma } from "@/lib/db/client";
import type { TextWriteOutcome } from "@/lib/actions/versioned-text";

interface WriteArgs {
  venueId: string;
  submissionId: string;
  actorId: string;
  /** The version the editor edited: 0 when it began the response. */
  baseVersion: number;
  body: string;
  submit: boolean;
}

/**
 * Save the authors' response with optimistic concurrency (decision 0007): written only if the row is still at
 * `baseVersion`; creating races through the unique submissionId. Co-authors editing at once never overwrite
 * each other. Submitting stamps submittedAt (what makes the response readable by reviewers) and is audited.
 */
export async function writeAuthorResponse(args: WriteArgs): Promise<TextWriteOutcome> {
  const version = args.baseVersion + 1;
  const now = new Date();
  try {
    return await db.$transaction(async (tx) => {
      let row: { id: string; updatedAt: Date };
      if (args.baseVersion === 0) {
        row = await tx.authorResponse.create({
          data: { submissionId: args.submissionId, body: args.body, version, submittedAt: args.submit ? now : null },
          select: { id: true, updatedAt: true },
        });
      } else {
        const data = args.submit ? { body: args.body, version, submittedAt: now } : { body: args.body, version };
        const { count } = await tx.authorResponse.updateMany({ where: { submissionId: args.submissionId, version: args.baseVersion }, data });
        if (count === 0) return stale(tx, args.submissionId);
        row = await tx.authorResponse.findUniqueOrThrow({ where: { submissionId: args.submissionId }, select: { id: true, updatedAt: true } });
      }
      if (args.submit) {
        await tx.auditLog.create({
          data: { venueId: args.venueId, actorId: args.actorId, action: "authorResponse.submit", entityType: "AuthorResponse", entityId: row.id, details: { version, length: args.body.length } },
        });
      }
      return { ok: true as const, version, updatedAt: row.updatedAt };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002" && args.baseVersion === 0) return stale(db, args.submissionId);
    throw error;
  }
}

async function stale(client: Pick<typeof db, "authorResponse">, submissionId: string): Promise<TextWriteOutcome> {
  const current = await client.authorResponse.findUnique({ where: { submissionId }, select: { updatedAt: true } });
  return { ok: false, changedAt: current?.updatedAt ?? new Date() };
}
