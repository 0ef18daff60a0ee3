import "server-only";
import { db, type Prisma } from "@/lib/db/client";
import type { SubmissionScope } from "@/lib/auth/permissions";

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
