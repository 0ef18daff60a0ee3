// Saving or submitting a review, for a viewer already resolved: actions.ts adds the session, tests call it
// directly. Order: parse the input → find the venue within the viewer's memberships → permission against the
// database state (assignment, paper status, AoE deadline) → form version → content → optimistic write.
import "server-only";
import { whyNotReviewPaper, type Viewer } from "@/lib/auth/permissions";
import { findVenueForViewer } from "@/lib/venues/data";
import { findReviewTarget, latestReviewForm } from "./data";
import { errorsByField, formFieldsSchema, reviewContentSchema, type Mode } from "./form-schema";
import { writeReview } from "./mutations";
import { clockTime, saveReviewInputSchema, staleMessage, type SaveResult } from "./schema";

const refused = (message: string): SaveResult => ({ ok: false, reason: "refused", message });

export async function saveReview(viewer: Viewer, raw: unknown, mode: Mode, now: Date = new Date()): Promise<SaveResult> {
  const parsed = saveReviewInputSchema.safeParse(raw);
  if (!parsed.success) return refused("This save was malformed; reload the page and try again.");
  const input = parsed.data;

  const venue = await findVenueForViewer(input.slug, viewer);
  if (!venue) return refused("You have no role in this venue.");
  const paper = await findReviewTarget(venue.id, input.number, viewer.id);
  if (!paper) return refused("This paper is not assigned to you, so you cannot review it.");
  const assignment = paper.assignments[0];
  const denied = whyNotReviewPaper(
    viewer,
    { venueId: venue.id, status: paper.status, assignedUserIds: paper.assignments.map((a) => a.userId), deadline: assignment?.dueAt ?? paper.venue.reviewDeadline },
    now,
  );
  if (denied) return refused(denied);

  const review = paper.reviews[0];
  // Refused early when the page is already behind; the write re-checks, for saves racing each other.
  if (review && review.version !== input.baseVersion) return staleResult(review.updatedAt);
  if (!review && input.baseVersion !== 0) return refused("This review no longer exists. Reload the page.");
  if (review?.status === "SUBMITTED" && mode === "draft") {
    return refused("This review is submitted: use “Update review” to revise it, so every field is checked again.");
  }
  const form = review ? review.form : await latestReviewForm(venue.id);
  if (!form) return refused("The chairs have not published a review form yet.");
  if (form.version !== input.formVersion) {
    // A review keeps the form version it began with; a new one begins on the current version.
    return refused(
      review
        ? `This review uses form version ${form.version}, not ${input.formVersion}. Reload the page.`
        : `Form version ${input.formVersion} is not this venue's current review form (version ${form.version}). Reload the page.`,
    );
  }

  const fields = formFieldsSchema.parse(form.fields);
  const content = reviewContentSchema(fields, { theorems: paper.theorems }, mode).safeParse(input.content);
  if (!content.success) {
    const fieldErrors = errorsByField(content.error);
    const n = Object.keys(fieldErrors).length;
    const message = mode === "submit" ? `${n} field${n === 1 ? " needs" : "s need"} attention before you can submit.` : `Not saved: ${n} field${n === 1 ? " has" : "s have"} a problem.`;
    return { ok: false, reason: "invalid", message, fieldErrors };
  }

  const outcome = await writeReview({
    venueId: venue.id,
    submissionId: paper.id,
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
