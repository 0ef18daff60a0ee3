import "server-only";
import { db } from "@/lib/db/client";
import type { SubmissionScope } from "@/lib/auth/permissions";
import { blindPaperFields, scopeWhere } from "@/lib/submissions/data";

const theoremSelect = { id: true, label: true, position: true, statement: true, assumptions: true } as const;
const formSelect = { id: true, version: true, fields: true } as const;

/** The newest version of a venue's review form: new reviews begin on it. */
export function latestReviewForm(venueId: string) {
  return db.reviewForm.findFirst({ where: { venueId }, orderBy: { version: "desc" }, select: formSelect });
}

/**
 * Everything a review save is decided on, fresh from the database: the paper's state and deadline, the
 * reviewer's deployed assignment and their review. Deliberately unscoped, so the action can say precisely why a
 * save is refused ("not assigned to you"); it selects no title, abstract or author field, so nothing leaks.
 */
export function findReviewTarget(venueId: string, number: number, reviewerId: string) {
  return db.submission.findUnique({
    where: { venueId_number: { venueId, number } },
    select: {
      id: true,
      status: true,
      venue: { select: { reviewDeadline: true } },
      assignments: { where: { userId: reviewerId }, select: { userId: true, dueAt: true } },
      theorems: { orderBy: { position: "asc" }, select: { id: true, label: true } },
      reviews: { where: { reviewerId }, select: { id: true, version: true, status: true, updatedAt: true, form: { select: formSelect } } },
    },
  });
}

/**
 * The reviewer's page: the paper within the reviewer's scope (deployed assignment, not withdrawn) and their own
 * review. Double blind by construction: no author field is selected.
 */
export function findPaperForReviewer(scope: SubmissionScope & { kind: "assignedTo" }, number: number) {
  return db.submission.findFirst({
    where: { ...scopeWhere(scope), number },
    select: {
      ...blindPaperFields,
      status: true,
      theorems: { orderBy: { position: "asc" }, select: theoremSelect },
      assignments: { where: { userId: scope.userId }, select: { userId: true, dueAt: true } },
      reviews: {
        where: { reviewerId: scope.userId },
        select: { id: true, version: true, status: true, content: true, updatedAt: true, submittedAt: true, form: { select: formSelect } },
      },
    },
  });
}

/** The area chair's paper page: the paper within the chair's scope, its theorems and every review. */
export function findPaperForChairs(scope: SubmissionScope, number: number) {
  return db.submission.findFirst({
    where: { ...scopeWhere(scope), number },
    select: {
      ...blindPaperFields,
      status: true,
      areaChair: { select: { user: { select: { name: true } } } },
      _count: { select: { assignments: true } },
      theorems: { orderBy: { position: "asc" }, select: theoremSelect },
      // Reviewer identities are not selected: reviews are shown under stable anonymous labels.
      reviews: { orderBy: { createdAt: "asc" }, select: { id: true, status: true, content: true, submittedAt: true, form: { select: formSelect } } },
    },
  });
}
