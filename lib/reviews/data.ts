import "server-only";
import { db } from "@/lib/db/client";
import type { Role, SubmissionScope } from "@/lib/auth/permissions";
import { blindPaperFields, scopeWhere } from "@/lib/submissions/data";

const theoremSelect = { id: true, label: true, position: true, statement: true, assumptions: true } as const;
const formSelect = { id: true, version: true, fields: true } as const;

/** The newest version of a venue's review form: new reviews begin on it. */
export function latestReviewForm(venueId: string) {
  return db.reviewForm.findFirst({ where: { venueId }, orderBy: { version: "desc" }, select: formSelect });
}

/** Everything a review save is decided on, as one row (see findReviewSaveContext). */
export interface ReviewSaveContext {
  isSiteAdmin: boolean;
  /** Null when no venue has this slug. */
  venueId: string | null;
  /** The user's memberships in this venue only: all a review permission looks at. */
  memberships: { id: string; venueId: string; role: Role }[];
  reviewDeadline: Date | null;
  /** Null when the venue has no paper with this number. */
  submissionId: string | null;
  status: string | null;
  /** The user's own assignment to the paper, if any. */
  assignment: { userId: string; dueAt: Date | null } | null;
  theorems: { id: string; label: string }[];
  review: { version: number; status: "DRAFT" | "SUBMITTED"; updatedAt: Date } | null;
  /** The review's own form version when it exists; else the venue's newest form (what a new review begins on). */
  form: { id: string; version: number; fields: unknown } | null;
}

interface ContextRow {
  isSiteAdmin: boolean;
  venueId: string | null;
  memberships: { id: string; venueId: string; role: Role }[] | null;
  reviewDeadline: Date | null;
  submissionId: string | null;
  status: string | null;
  assignedUserId: string | null;
  dueAt: Date | null;
  theorems: { id: string; label: string }[] | null;
  reviewVersion: number | null;
  reviewStatus: "DRAFT" | "SUBMITTED" | null;
  reviewUpdatedAt: Date | null;
  formId: string | null;
  formVersion: number | null;
  formFields: unknown;
}

/**
 * Everything a review save is decided on, fresh from the database in one round trip (autosave runs it for every
 * save, and each query costs the server far more than the row itself): the user's site-admin flag and roles in the
 * venue, the paper's state and deadline, the user's assignment and review, and the form the review is on.
 * Deliberately unscoped, so the save can say precisely why it is refused ("not assigned to you"); it selects no
 * title, abstract or author field, so nothing leaks. Null when the user no longer exists.
 */
export async function findReviewSaveContext(userId: string, slug: string, number: number): Promise<ReviewSaveContext | null> {
  const [row] = await db.$queryRaw<ContextRow[]>`
    SELECT u."isSiteAdmin",
           v.id AS "venueId",
           (SELECT json_agg(json_build_object('id', m.id, 'venueId', m."venueId", 'role', m.role))
              FROM "Membership" m WHERE m."venueId" = v.id AND m."userId" = u.id) AS memberships,
           v."reviewDeadline",
           s.id AS "submissionId",
           s.status::text AS status,
           a."userId" AS "assignedUserId",
           a."dueAt",
           (SELECT json_agg(json_build_object('id', t.id, 'label', t.label) ORDER BY t.position)
              FROM "Theorem" t WHERE t."submissionId" = s.id) AS theorems,
           r.version AS "reviewVersion",
           r.status::text AS "reviewStatus",
           r."updatedAt" AS "reviewUpdatedAt",
           f.id AS "formId",
           f.version AS "formVersion",
           f.fields AS "formFields"
      FROM "User" u
      LEFT JOIN "Venue" v ON v.slug = ${slug}
      LEFT JOIN "Submission" s ON s."venueId" = v.id AND s.number = ${number}
      LEFT JOIN "Assignment" a ON a."submissionId" = s.id AND a."userId" = u.id
      LEFT JOIN "Review" r ON r."submissionId" = s.id AND r."reviewerId" = u.id
      LEFT JOIN LATERAL (
        SELECT rf.id, rf.version, rf.fields FROM "ReviewForm" rf
         WHERE (r.id IS NOT NULL AND rf.id = r."formId") OR (r.id IS NULL AND rf."venueId" = v.id)
         ORDER BY rf.version DESC LIMIT 1
      ) f ON true
     WHERE u.id = ${userId}`;
  if (!row) return null;
  return {
    isSiteAdmin: row.isSiteAdmin,
    venueId: row.venueId,
    memberships: row.memberships ?? [],
    reviewDeadline: row.reviewDeadline,
    submissionId: row.submissionId,
    status: row.status,
    assignment: row.assignedUserId ? { userId: row.assignedUserId, dueAt: row.dueAt } : null,
    theorems: row.theorems ?? [],
    review: row.reviewVersion !== null ? { version: row.reviewVersion, status: row.reviewStatus!, updatedAt: row.reviewUpdatedAt! } : null,
    form: row.formId !== null ? { id: row.formId, version: row.formVersion!, fields: row.formFields } : null,
  };
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
      assignments: { select: { userId: true } },
      theorems: { orderBy: { position: "asc" }, select: theoremSelect },
      // Reviewer ids only, to key their stable anonymous labels (paperReviewerLabels); never names or emails.
      reviews: { orderBy: { createdAt: "asc" }, select: { id: true, reviewerId: true, status: true, content: true, submittedAt: true, form: { select: formSelect } } },
    },
  });
}
