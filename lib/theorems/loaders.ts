// What the author's paper page calls: the viewer, the venue within their memberships, the paper within the
// author scope (404 otherwise, exactly like a paper that does not exist), and whether it can still change.
import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import { authorSubmissionScope, whyNotDeclareTheorems, whyNotViewAuthorConsole } from "@/lib/auth/permissions";
import { allowOr404, requireViewer } from "@/lib/auth/session";
import { findVenueForViewer } from "@/lib/venues/data";
import { findPaperForAuthor } from "./data";
import { declarationsToken } from "./token";

export const loadAuthorPaper = cache(async (slug: string, rawNumber: string) => {
  const viewer = await requireViewer(`/venues/${slug}/author/papers/${rawNumber}`);
  const venue = await findVenueForViewer(slug, viewer);
  if (!venue) notFound();
  allowOr404(whyNotViewAuthorConsole(viewer, venue.id));
  const scope = authorSubmissionScope(viewer, venue.id);
  const number = Number(rawNumber);
  if (scope?.kind !== "authoredBy" || !Number.isSafeInteger(number) || number < 1) notFound();
  const paper = await findPaperForAuthor(scope, number);
  if (!paper) notFound();
  const lockedReason = whyNotDeclareTheorems(viewer, {
    venueId: venue.id,
    status: paper.status,
    authorUserIds: paper.authors.flatMap((a) => (a.userId ? [a.userId] : [])),
    submissionDeadline: venue.submissionDeadline,
  });
  return {
    venue,
    lockedReason,
    token: declarationsToken(paper.theorems),
    paper: { number: paper.number, title: paper.title, status: paper.status },
    theorems: paper.theorems.map((t) => ({ id: t.id, label: t.label, statement: t.statement, assumptions: t.assumptions })),
  };
});
