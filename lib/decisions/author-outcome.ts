// What an author reads of their paper: from the rebuttal phase on (or once the decision is released) each submitted
// review's author-visible fields under anonymous labels — never a reviewer's name, email or id — so the response can
// answer them; the decision and the meta-review only after release. Also their response and whether it is open.
import "server-only";
import { authorSubmissionScope, whyNotReadReviewsAsAuthor, whyNotRespondAsAuthor, whyNotViewAuthorConsole, type Viewer } from "@/lib/auth/permissions";
import { fieldsVisibleTo, formFieldsSchema } from "@/lib/reviews/form-schema";
import { paperReviewerLabels } from "@/lib/reviews/matrix";
import { findPaperRoles } from "@/lib/submissions/data";
import { findVenueForViewer } from "@/lib/venues/data";
import { venueSettings } from "@/lib/venues/schema";
import { findPaperOutcomeForAuthor } from "./data";
import type { DecisionValue } from "./schema";

/** What this author may read of their paper, or null when it is not theirs (the page answers 404). */
export async function authorPaperOutcome(viewer: Viewer, slug: string, number: number) {
  const venue = await findVenueForViewer(slug, viewer);
  if (!venue || whyNotViewAuthorConsole(viewer, venue.id)) return null;
  const scope = authorSubmissionScope(viewer, venue.id);
  if (scope?.kind !== "authoredBy") return null;
  const paper = await findPaperOutcomeForAuthor(scope, number);
  const roles = await findPaperRoles(venue.id, number);
  if (!paper || !roles) return null;

  const released = paper.decision?.releasedAt ? { value: paper.decision.value as DecisionValue, releasedAt: paper.decision.releasedAt } : null;
  const reviewsClosed = whyNotReadReviewsAsAuthor(viewer, roles.roles);
  const reviews = reviewsClosed ? [] : authorVisibleReviews(paper.id, paper.reviews, roles.reviewerIds);
  return {
    venue,
    paper: { number: paper.number, title: paper.title, theorems: paper.theorems },
    released,
    metaReview: released && paper.metaReview?.status === "SUBMITTED" ? paper.metaReview.body : null,
    reviews,
    /** Why the reviews are not shown yet (before the rebuttal phase), or null when they are. */
    reviewsClosed,
    response: paper.authorResponse && {
      body: paper.authorResponse.body,
      version: paper.authorResponse.version,
      submitted: Boolean(paper.authorResponse.submittedAt),
      updatedAt: paper.authorResponse.updatedAt.toISOString(),
    },
    responseClosed: whyNotRespondAsAuthor(viewer, roles.roles),
    responseMaxLength: venueSettings(roles.settings).authorResponseMaxLength,
    rebuttalDeadline: venue.rebuttalDeadline,
  };
}

type SubmittedReview = NonNullable<Awaited<ReturnType<typeof findPaperOutcomeForAuthor>>>["reviews"][number];

/**
 * Each submitted review restricted to the fields whose visibility includes authors, under the paper's anonymous
 * labels (keyed by paper and reviewer, so the same as in the discussion); the reviewer ids stay here.
 */
function authorVisibleReviews(paperId: string, reviews: readonly SubmittedReview[], reviewerIds: readonly string[]) {
  const labels = paperReviewerLabels(paperId, reviewerIds);
  return reviews
    .map((r) => {
      const fields = fieldsVisibleTo(formFieldsSchema.parse(r.form.fields), "authors");
      const all = (r.content ?? {}) as Record<string, unknown>;
      const content = Object.fromEntries(fields.flatMap((f) => (f.key in all ? [[f.key, all[f.key]]] : [])));
      return { label: labels.get(r.reviewerId)!, fields, content };
    })
    .sort((a, b) => a.label.localeCompare(b.label));
}
