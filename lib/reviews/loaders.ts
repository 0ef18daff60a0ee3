// What the review pages call: resolve the viewer, find the venue within their memberships, scope the paper in the
// where clause (404 when out of scope, exactly like a paper that does not exist), then shape plain data.
import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import {
  chairSubmissionScope,
  reviewerSubmissionScope,
  whyNotReviewPaper,
  whyNotViewChairConsole,
  whyNotViewReviewerConsole,
} from "@/lib/auth/permissions";
import { allowOr404, requireViewer } from "@/lib/auth/session";
import { ASSUMPTION_FIELDS } from "@/lib/theorems/taxonomy";
import { findVenueForViewer } from "@/lib/venues/data";
import { findPaperForChairs, findPaperForReviewer, latestReviewForm } from "./data";
import { formFieldsSchema, type FormField } from "./form-schema";
import { assumptionMatrix, paperReviewerLabels, scoreSummary } from "./matrix";

function paperNumber(raw: string): number {
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < 1) notFound();
  return n;
}

async function venueOf(slug: string, path: string) {
  const viewer = await requireViewer(path);
  const venue = await findVenueForViewer(slug, viewer);
  if (!venue) notFound();
  return { viewer, venue };
}

function parsedForm(row: { id: string; version: number; fields: unknown } | null): { id: string; version: number; fields: FormField[] } | null {
  return row ? { id: row.id, version: row.version, fields: formFieldsSchema.parse(row.fields) } : null;
}

/** Only the categorical assumptions the reviewer confirms or corrects, as declared (value or null). */
function declaredAssumptions(assumptions: unknown): Record<string, string | null> {
  const a = (assumptions ?? {}) as Record<string, unknown>;
  return Object.fromEntries(ASSUMPTION_FIELDS.map((f) => [f.key, typeof a[f.key] === "string" ? (a[f.key] as string) : null]));
}

export const loadReviewerPaper = cache(async (slug: string, rawNumber: string) => {
  const { viewer, venue } = await venueOf(slug, `/venues/${slug}/reviewer/papers/${rawNumber}`);
  allowOr404(whyNotViewReviewerConsole(viewer, venue.id));
  const scope = reviewerSubmissionScope(viewer, venue.id);
  if (scope?.kind !== "assignedTo") notFound();
  const paper = await findPaperForReviewer(scope, paperNumber(rawNumber));
  if (!paper) notFound();
  const review = paper.reviews[0] ?? null;
  const form = parsedForm(review?.form ?? (await latestReviewForm(venue.id)));
  const deadline = paper.assignments[0]?.dueAt ?? venue.reviewDeadline;
  const lockedReason = whyNotReviewPaper(viewer, { venueId: venue.id, status: paper.status, assignedUserIds: paper.assignments.map((a) => a.userId), deadline });
  return {
    venue,
    deadline,
    lockedReason,
    form,
    paper: {
      number: paper.number,
      title: paper.title,
      abstract: paper.abstract,
      keywords: paper.keywords,
      theorems: paper.theorems.map((t) => ({ id: t.id, label: t.label, statement: t.statement, declared: declaredAssumptions(t.assumptions) })),
    },
    review: review && { version: review.version, status: review.status, content: review.content as Record<string, unknown>, updatedAt: review.updatedAt, submittedAt: review.submittedAt },
  };
});

export const loadChairPaper = cache(async (slug: string, rawNumber: string) => {
  const { viewer, venue } = await venueOf(slug, `/venues/${slug}/chair/papers/${rawNumber}`);
  allowOr404(whyNotViewChairConsole(viewer, venue.id));
  const scope = chairSubmissionScope(viewer, venue.id);
  if (!scope) notFound();
  const paper = await findPaperForChairs(scope, paperNumber(rawNumber));
  if (!paper) notFound();
  const labels = paperReviewerLabels(paper.id, [...paper.assignments.map((a) => a.userId), ...paper.reviews.map((r) => r.reviewerId)]);
  const submitted = paper.reviews
    .filter((r) => r.status === "SUBMITTED")
    .map((r) => ({ id: r.id, label: labels.get(r.reviewerId)!, content: r.content, submittedAt: r.submittedAt, form: parsedForm(r.form)! }));
  const form = parsedForm(await latestReviewForm(venue.id));
  return {
    venue,
    paper: { number: paper.number, title: paper.title, abstract: paper.abstract, keywords: paper.keywords, areaChair: paper.areaChair?.user.name ?? null },
    theorems: paper.theorems.map((t) => ({ id: t.id, label: t.label, statement: t.statement })),
    expected: paper._count.assignments,
    drafts: paper.reviews.length - submitted.length,
    reviews: submitted,
    matrix: assumptionMatrix(paper.theorems, submitted),
    scores: form ? scoreSummary(form.fields, submitted) : [],
  };
});
