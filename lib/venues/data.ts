import "server-only";
import { db } from "@/lib/db/client";
import type { Viewer } from "@/lib/auth/permissions";

const venueSelect = {
  id: true,
  slug: true,
  name: true,
  shortName: true,
  description: true,
  phase: true,
  submissionDeadline: true,
  biddingDeadline: true,
  reviewDeadline: true,
  rebuttalDeadline: true,
  decisionDeadline: true,
} as const;

/** A venue the viewer belongs to; a venue they have no role in is not found, exactly like one that does not exist. */
export function findVenueForViewer(slug: string, viewer: Viewer) {
  return db.venue.findFirst({
    where: viewer.isSiteAdmin ? { slug } : { slug, memberships: { some: { userId: viewer.id } } },
    select: venueSelect,
  });
}

export type VenueSummary = NonNullable<Awaited<ReturnType<typeof findVenueForViewer>>>;

/** A venue's slug and name by id, for actions that were handed its id (null: it no longer exists). */
export function findVenueBasics(venueId: string) {
  return db.venue.findUnique({ where: { id: venueId }, select: { slug: true, name: true } });
}

/** The venues on a person's home page, with their roles in each. */
export function listVenuesOfUser(userId: string) {
  return db.venue.findMany({
    where: { memberships: { some: { userId } } },
    orderBy: { createdAt: "desc" },
    select: { ...venueSelect, memberships: { where: { userId }, select: { role: true } } },
  });
}

export async function venueMemberCounts(venueId: string) {
  const rows = await db.membership.groupBy({ by: ["role"], where: { venueId }, _count: { _all: true } });
  return Object.fromEntries(rows.map((r) => [r.role, r._count._all])) as Partial<Record<string, number>>;
}
