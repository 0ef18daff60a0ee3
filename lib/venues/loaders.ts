// What venue pages call: resolve the viewer, find the venue within their memberships, check the rule, read.
import "server-only";
import { verdictBadges } from "@/lib/experiments/data";
import { cache } from "react";
import { notFound } from "next/navigation";
import {
  authorSubmissionScope,
  canInvite,
  canManageVenue,
  chairSubmissionScope,
  homeConsole,
  reviewerSubmissionScope,
  whyNotViewAuthorConsole,
  whyNotViewChairConsole,
  whyNotViewReviewerConsole,
  type Role,
} from "@/lib/auth/permissions";
import { allowOr404, requireViewer, type CurrentViewer } from "@/lib/auth/session";
import { listReviewerPool } from "@/lib/reviewers/data";
import {
  listSubmissionsForAuthor,
  listSubmissionsForChairs,
  listSubmissionsForReviewer,
  reviewProgress,
  submissionStatusCounts,
} from "@/lib/submissions/data";
import { findVenueForViewer, listVenuesOfUser, venueMemberCounts, type VenueSummary } from "./data";

async function venueFor(slug: string, path: string): Promise<{ viewer: CurrentViewer; venue: VenueSummary }> {
  const viewer = await requireViewer(path);
  const venue = await findVenueForViewer(slug, viewer);
  if (!venue) notFound();
  return { viewer, venue };
}

export const loadHome = cache(async () => {
  const viewer = await requireViewer("/");
  const venues = await listVenuesOfUser(viewer.id);
  return { viewer, venues };
});

/** Where /venues/[slug] sends a member: their most senior console. */
export const loadVenueLanding = cache(async (slug: string) => {
  const { viewer, venue } = await venueFor(slug, `/venues/${slug}`);
  const console = homeConsole(viewer, venue.id);
  if (!console) notFound();
  return { venue, console };
});

const INVITE_ORDER: Role[] = ["PROGRAM_CHAIR", "SENIOR_AREA_CHAIR", "AREA_CHAIR", "REVIEWER", "AUTHOR"];

export const loadChairConsole = cache(async (slug: string) => {
  const { viewer, venue } = await venueFor(slug, `/venues/${slug}/chair`);
  allowOr404(whyNotViewChairConsole(viewer, venue.id));
  const scope = chairSubmissionScope(viewer, venue.id);
  if (!scope) notFound();
  const managesTrack = canManageVenue(viewer, venue.id);
  const [submissions, statusCounts, progress, members, reviewers] = await Promise.all([
    listSubmissionsForChairs(scope),
    submissionStatusCounts(scope),
    reviewProgress(scope),
    venueMemberCounts(venue.id),
    managesTrack ? listReviewerPool(venue.id) : Promise.resolve(null),
  ]);
  return {
    viewer,
    venue,
    scopeLabel: scope.kind === "venue" ? "All submissions" : "Submissions you handle",
    submissions,
    experiments: await verdictBadges(submissions.map((s) => s.id)),
    statusCounts,
    progress,
    members,
    reviewers,
    invitableRoles: INVITE_ORDER.filter((r) => canInvite(viewer, venue.id, r)),
  };
});

export const loadReviewerConsole = cache(async (slug: string) => {
  const { viewer, venue } = await venueFor(slug, `/venues/${slug}/reviewer`);
  allowOr404(whyNotViewReviewerConsole(viewer, venue.id));
  const scope = reviewerSubmissionScope(viewer, venue.id);
  if (scope?.kind !== "assignedTo") notFound();
  return { viewer, venue, papers: await listSubmissionsForReviewer(scope) };
});

export const loadAuthorConsole = cache(async (slug: string) => {
  const { viewer, venue } = await venueFor(slug, `/venues/${slug}/author`);
  allowOr404(whyNotViewAuthorConsole(viewer, venue.id));
  const scope = authorSubmissionScope(viewer, venue.id);
  if (scope?.kind !== "authoredBy") notFound();
  return { viewer, venue, submissions: await listSubmissionsForAuthor(scope) };
});
