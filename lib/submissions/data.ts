import "server-only";
import { db, type Prisma } from "@/lib/db/client";
import type { PaperRoles, SubmissionScope } from "@/lib/auth/permissions";

/**
 * The fields of a paper that anyone handling or reviewing it may see — never its authors. Reviewer-facing
 * queries build on this select, so double blindness holds by construction.
 */
export const blindPaperFields = { id: true, number: true, title: true, abstract: true, keywords: true } as const;

/** A permission scope as a `where` clause: what the viewer may not see is simply not selected. */
export function scopeWhere(scope: SubmissionScope): Prisma.SubmissionWhereInput {
  switch (scope.kind) {
    case "venue":
      return { venueId: scope.venueId };
    case "handledBy":
      return { venueId: scope.venueId, areaChair: { userId: scope.userId } };
    case "assignedTo":
      return { venueId: scope.venueId, assignments: { some: { userId: scope.userId } }, status: { not: "WITHDRAWN" } };
    case "authoredBy":
      return { venueId: scope.venueId, authors: { some: { userId: scope.userId } } };
  }
}

/** The chair console's table: progress per paper. */
export function listSubmissionsForChairs(scope: SubmissionScope) {
  return db.submission.findMany({
    where: scopeWhere(scope),
    orderBy: { number: "asc" },
    select: {
      id: true,
      number: true,
      title: true,
      status: true,
      keywords: true,
      areaChair: { select: { user: { select: { name: true } } } },
      _count: { select: { assignments: true, theorems: true, conflicts: true } },
      reviews: { select: { status: true } },
    },
  });
}

export async function submissionStatusCounts(scope: SubmissionScope) {
  const rows = await db.submission.groupBy({ by: ["status"], where: scopeWhere(scope), _count: { _all: true } });
  return Object.fromEntries(rows.map((r) => [r.status, r._count._all])) as Partial<Record<string, number>>;
}

/** Review progress over the scope: expected (one per deployed assignment), submitted, drafts. */
export async function reviewProgress(scope: SubmissionScope) {
  const where = scopeWhere(scope);
  const [expected, submitted, drafts] = await Promise.all([
    db.assignment.count({ where: { submission: where } }),
    db.review.count({ where: { submission: where, status: "SUBMITTED" } }),
    db.review.count({ where: { submission: where, status: "DRAFT" } }),
  ]);
  return { expected, submitted, drafts, missing: Math.max(0, expected - submitted - drafts) };
}

/**
 * A reviewer's papers. Double blind by construction: no author field is selected here, so nothing downstream
 * can leak one.
 */
export function listSubmissionsForReviewer(scope: SubmissionScope & { kind: "assignedTo" }) {
  return db.submission.findMany({
    where: scopeWhere(scope),
    orderBy: { number: "asc" },
    select: {
      ...blindPaperFields,
      _count: { select: { theorems: true } },
      assignments: { where: { userId: scope.userId }, select: { dueAt: true } },
      reviews: { where: { reviewerId: scope.userId }, select: { status: true, updatedAt: true } },
    },
  });
}

export function listSubmissionsForAuthor(scope: SubmissionScope & { kind: "authoredBy" }) {
  return db.submission.findMany({
    where: scopeWhere(scope),
    orderBy: { number: "asc" },
    select: {
      id: true,
      number: true,
      title: true,
      status: true,
      keywords: true,
      updatedAt: true,
      authors: { orderBy: { position: "asc" }, select: { name: true, institution: true } },
      theorems: { orderBy: { position: "asc" }, select: { label: true } },
      decision: { select: { value: true, releasedAt: true } },
    },
  });
}

/**
 * Who handles a paper and where its venue stands, for the discussion, response and decision rules. Unscoped, so an
 * action can say precisely why it refuses; it selects author *user ids* only (never names) and callers return
 * none of it to the page.
 */
export async function findPaperRoles(
  venueId: string,
  number: number,
): Promise<{ id: string; title: string; settings: unknown; submissionDeadline: Date | null; roles: PaperRoles; reviewerIds: string[] } | null> {
  const row = await db.submission.findUnique({
    where: { venueId_number: { venueId, number } },
    select: {
      id: true,
      title: true,
      status: true,
      venue: { select: { phase: true, settings: true, rebuttalDeadline: true, submissionDeadline: true } },
      areaChair: { select: { userId: true, seniorAreaChair: { select: { userId: true } } } },
      assignments: { select: { userId: true } },
      reviews: { select: { reviewerId: true } },
      authors: { where: { userId: { not: null } }, select: { userId: true } },
      decision: { select: { releasedAt: true } },
    },
  });
  if (!row) return null;
  return {
    id: row.id,
    title: row.title,
    settings: row.venue.settings,
    submissionDeadline: row.venue.submissionDeadline,
    // Everyone who reviews or reviewed the paper: the set its anonymous labels are computed over.
    reviewerIds: [...row.assignments.map((a) => a.userId), ...row.reviews.map((r) => r.reviewerId)],
    roles: {
      venueId,
      phase: row.venue.phase,
      status: row.status,
      assignedUserIds: row.assignments.map((a) => a.userId),
      authorUserIds: row.authors.flatMap((a) => (a.userId ? [a.userId] : [])),
      areaChairUserId: row.areaChair?.userId ?? null,
      seniorAreaChairUserId: row.areaChair?.seniorAreaChair?.userId ?? null,
      rebuttalDeadline: row.venue.rebuttalDeadline,
      decisionReleased: Boolean(row.decision?.releasedAt),
    },
  };
}
