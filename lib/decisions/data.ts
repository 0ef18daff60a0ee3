import "server-only";
import { db } from "@/lib/db/client";
import type { SubmissionScope } from "@/lib/auth/permissions";
import { scopeWhere } from "@/lib/submissions/data";

const decisionSelect = { value: true, proposedById: true, proposedAt: true, confirmedById: true, confirmedAt: true, releasedAt: true } as const;

export function findMetaReview(submissionId: string) {
  return db.metaReview.findUnique({ where: { submissionId }, select: { body: true, status: true, version: true, updatedAt: true } });
}

export function findDecision(submissionId: string) {
  return db.decision.findUnique({ where: { submissionId }, select: decisionSelect });
}

/** Names of the people who proposed and confirmed, for chairs (who know who handles a paper). */
export function userNames(ids: readonly string[]) {
  return db.user.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true } });
}

/** Decisions of a venue by state, for the release control. */
export async function decisionStates(venueId: string) {
  const rows = await db.decision.findMany({ where: { submission: { venueId } }, select: { confirmedAt: true, releasedAt: true } });
  return {
    proposed: rows.filter((r) => !r.confirmedAt).length,
    confirmed: rows.filter((r) => r.confirmedAt && !r.releasedAt).length,
    released: rows.filter((r) => r.releasedAt).length,
  };
}

/**
 * What an author's view of their paper is built from: the decision and meta-review (shown only once released), and
 * the submitted reviews (shown from the rebuttal phase on) with reviewer *ids* to compute anonymous labels — the
 * loader (author-outcome.ts) applies those rules and drops the ids; never names or emails.
 */
export function findPaperOutcomeForAuthor(scope: SubmissionScope & { kind: "authoredBy" }, number: number) {
  return db.submission.findFirst({
    where: { ...scopeWhere(scope), number },
    select: {
      id: true,
      number: true,
      title: true,
      status: true,
      theorems: { orderBy: { position: "asc" }, select: { id: true, label: true } },
      assignments: { select: { userId: true } },
      decision: { select: { value: true, releasedAt: true } },
      metaReview: { select: { body: true, status: true } },
      authorResponse: { select: { body: true, version: true, submittedAt: true, updatedAt: true } },
      reviews: {
        where: { status: "SUBMITTED" },
        orderBy: { createdAt: "asc" },
        select: { reviewerId: true, content: true, form: { select: { fields: true } } },
      },
    },
  });
}
