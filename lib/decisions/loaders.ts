// What pages show of meta-reviews and decisions: the chairs' panel on a paper, and what an author reads of their
// paper (author-outcome.ts).
import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import { chairSubmissionScope, whyNotConfirmDecision, whyNotProposeDecision, whyNotViewChairConsole, whyNotWriteMetaReview } from "@/lib/auth/permissions";
import { allowOr404, requireViewer } from "@/lib/auth/session";
import { findPaperRoles } from "@/lib/submissions/data";
import { findVenueForViewer } from "@/lib/venues/data";
import { authorPaperOutcome } from "./author-outcome";
import { findDecision, findMetaReview, userNames } from "./data";
import type { DecisionValue } from "./schema";

function paperNumber(raw: string): number {
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < 1) notFound();
  return n;
}

export const loadDecisionPanel = cache(async (slug: string, rawNumber: string) => {
  const viewer = await requireViewer(`/venues/${slug}/chair/papers/${rawNumber}`);
  const venue = await findVenueForViewer(slug, viewer);
  if (!venue) notFound();
  allowOr404(whyNotViewChairConsole(viewer, venue.id));
  const paper = await findPaperRoles(venue.id, paperNumber(rawNumber));
  const scope = chairSubmissionScope(viewer, venue.id);
  if (!paper || !scope || (scope.kind !== "venue" && paper.roles.areaChairUserId !== viewer.id)) notFound();
  const [metaReview, decision] = await Promise.all([findMetaReview(paper.id), findDecision(paper.id)]);
  const names = new Map((await userNames([decision?.proposedById, decision?.confirmedById].filter((x): x is string => !!x))).map((u) => [u.id, u.name]));
  return {
    slug: venue.slug,
    number: paperNumber(rawNumber),
    metaReview: metaReview && { body: metaReview.body, submitted: metaReview.status === "SUBMITTED", version: metaReview.version, updatedAt: metaReview.updatedAt.toISOString() },
    decision: decision && {
      value: decision.value as DecisionValue,
      proposedBy: names.get(decision.proposedById) ?? "a former area chair",
      proposedAt: decision.proposedAt,
      confirmedBy: decision.confirmedById ? (names.get(decision.confirmedById) ?? "a former chair") : null,
      confirmedAt: decision.confirmedAt,
      releasedAt: decision.releasedAt,
    },
    metaReviewClosed: whyNotWriteMetaReview(viewer, paper.roles),
    proposeClosed: whyNotProposeDecision(viewer, paper.roles),
    confirmClosed: whyNotConfirmDecision(viewer, paper.roles),
  };
});

export const loadAuthorPaperOutcome = cache(async (slug: string, rawNumber: string) => {
  const viewer = await requireViewer(`/venues/${slug}/author/papers/${rawNumber}/reviews`);
  const outcome = await authorPaperOutcome(viewer, slug, paperNumber(rawNumber));
  if (!outcome) notFound();
  return outcome;
});
