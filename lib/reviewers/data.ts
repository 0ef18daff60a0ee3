import "server-only";
import { db } from "@/lib/db/client";

/** The reviewer pool of a venue with their load: what chairs need to judge capacity at a glance. */
export async function listReviewerPool(venueId: string) {
  const members = await db.membership.findMany({
    where: { venueId, role: "REVIEWER" },
    orderBy: { user: { name: "asc" } },
    select: {
      maxLoad: true,
      user: {
        select: {
          id: true,
          name: true,
          email: true,
          passwordHash: true,
          reviewerProfile: {
            select: { seniority: true, institutions: { where: { endYear: null }, select: { name: true }, take: 1 } },
          },
          _count: { select: { assignments: { where: { venueId } }, reviews: { where: { submission: { venueId }, status: "SUBMITTED" } } } },
        },
      },
    },
  });
  return members.map((m) => ({
    id: m.user.id,
    name: m.user.name,
    email: m.user.email,
    // An invited person who has not yet set a password has not accepted.
    accepted: m.user.passwordHash !== null,
    institution: m.user.reviewerProfile?.institutions[0]?.name ?? "",
    seniority: m.user.reviewerProfile?.seniority ?? null,
    maxLoad: m.maxLoad,
    assigned: m.user._count.assignments,
    submitted: m.user._count.reviews,
  }));
}
