import "server-only";
import { db } from "@/lib/db/client";

/**
 * Everything the track view draws on, for the venue's chairs: papers under review with their area chair,
 * decision, theorems' declarations, deployed assignments (reviewer names — chairs know their pool) and reviews
 * (status, and content for reviewers' readings). No author field is selected.
 */
export function listTrackPapers(venueId: string) {
  return db.submission.findMany({
    where: { venueId, status: "SUBMITTED" },
    orderBy: { number: "asc" },
    select: {
      id: true,
      number: true,
      title: true,
      areaChair: { select: { user: { select: { name: true } } } },
      decision: { select: { value: true, confirmedAt: true, releasedAt: true } },
      theorems: { orderBy: { position: "asc" }, select: { id: true, assumptions: true } },
      assignments: { select: { id: true, userId: true, dueAt: true, lastRemindedAt: true, user: { select: { name: true, email: true } } } },
      reviews: { select: { reviewerId: true, status: true, submittedAt: true, content: true } },
    },
  });
}
export type TrackPaper = Awaited<ReturnType<typeof listTrackPapers>>[number];

export function findVenueDeadlines(venueId: string) {
  return db.venue.findUniqueOrThrow({ where: { id: venueId }, select: { reviewDeadline: true } });
}
