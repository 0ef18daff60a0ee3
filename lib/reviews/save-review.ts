// Saving or submitting a review, for a signed-in user: the autosave route and the submit action add the session,
// tests call it directly. Order: parse the input → one read of everything the save depends on (the user's roles
// in the venue, the paper, the assignment, the review and its form: lib/reviews/data.ts) → permission against that
// database state (assignment, paper status, AoE deadline) → form version → content → optimistic write.
import "server-only";
import { whyNotReviewPaper, type Viewer } from "@/lib/auth/permissions";
import { findReviewSaveContext } from "./data";
import { contentSchemaFor } from "./content-schema-cache";
import { errorsByField, type Mode } from "./form-schema";
import { writeReview } from "./mutations";
import { clockTime, saveReviewInputSchema, staleMessage, type SaveResult } from "./schema";

const refused = (message: string): SaveResult => ({ ok: false, reason: "refused", message });

/**
 * Only the viewer's id is used: their site-admin flag and roles in the venue are read again with the paper, in
 * the same query, so a save is decided on the database state of this moment however the viewer was resolved.
 */
export async function saveReview(viewer: Pick<Viewer, "id">, raw: unknown, mode: Mode, now: Date = new Date()): Promise<SaveResult> {
  const parsed = saveReviewInputSchema.safeParse(raw);
  if (!parsed.success) return refused("This save was malformed; reload the page and try again.");
  const input = parsed.data;

  const ctx = await findReviewSaveContext(viewer.id, input.slug, input.number);
  if (!ctx?.venueId || (!ctx.isSiteAdmin && ctx.memberships.length === 0)) return refused("You have no role in this venue.");
  const venueId = ctx.venueId;
  if (!ctx.submissionId || !ctx.status) return refused("This paper is not assigned to you, so you cannot review it.");
  const denied = whyNotReviewPaper(
    { id: viewer.id, isSiteAdmin: ctx.isSiteAdmin, memberships: ctx.memberships },
    { venueId, status: ctx.status, assignedUserIds: ctx.assignment ? [ctx.assignment.userId] : [], deadline: ctx.assignment?.dueAt ?? ctx.reviewDeadline },
    now,
  );
  if (denied) return refused(denied);

  const review = ctx.review;
  // Refused early when the page is already behind; the write re-checks, for saves racing each other.
  if (review && review.version !== input.baseVersion) return staleResult(review.updatedAt);
  if (!review && input.baseVersion !== 0) return refused("This review no longer exists. Reload the page.");
  if (review?.status === "SUBMITTED" && mode === "draft") {
    return refused("This review is submitted: use “Update review” to revise it, so every field is checked again.");
  }
  const form = ctx.form;
  if (!form) return refused("The chairs have not published a review form yet.");
  if (form.version !== input.formVersion) {
    // A review keeps the form version it began with; a new one begins on the current version.
    return refused(
      review
        ? `This review uses form version ${form.version}, not ${input.formVersion}. Reload the page.`
        : `Form version ${input.formVersion} is not this venue's current review form (version ${form.version}). Reload the page.`,
    );
  }

  const content = contentSchemaFor(form.fields, { theorems: ctx.theorems }, mode).schema.safeParse(input.content);
  if (!content.success) {
    const fieldErrors = errorsByField(content.error);
    const n = Object.keys(fieldErrors).length;
    const message = mode === "submit" ? `${n} field${n === 1 ? " needs" : "s need"} attention before you can submit.` : `Not saved: ${n} field${n === 1 ? " has" : "s have"} a problem.`;
    return { ok: false, reason: "invalid", message, fieldErrors };
  }

  const outcome = await writeReview({
    venueId,
    submissionId: ctx.submissionId,
    reviewerId: viewer.id,
    formId: form.id,
    baseVersion: input.baseVersion,
    content: content.data,
    submit: mode === "submit",
  });
  if (!outcome.ok) return staleResult(outcome.changedAt);
  return {
    ok: true,
    version: outcome.version,
    savedAt: outcome.updatedAt.toISOString(),
    status: mode === "submit" ? "SUBMITTED" : "DRAFT",
    message: mode === "submit" ? "Review submitted." : "Draft saved.",
  };
}

function staleResult(changedAt: Date): SaveResult {
  return { ok: false, reason: "stale", message: staleMessage(`${clockTime(changedAt, "UTC")} UTC`), changedAt: changedAt.toISOString() };
}
