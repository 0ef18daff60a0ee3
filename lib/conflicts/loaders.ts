// What the conflicts page calls: only the track's managers (program chairs, senior area chairs) see it.
import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import { whyNotManageVenue } from "@/lib/auth/permissions";
import { allowOr404, requireViewer } from "@/lib/auth/session";
import { findVenueForViewer } from "@/lib/venues/data";
import { assignedConflicts, searchConflicts } from "./data";
import { describeConflict } from "./describe";
import { PAGE_SIZE, type ConflictQuery } from "./schema";

export const loadConflictsPage = cache(async (slug: string, query: ConflictQuery) => {
  const viewer = await requireViewer(`/venues/${slug}/chair/conflicts`);
  const venue = await findVenueForViewer(slug, viewer);
  if (!venue) notFound();
  allowOr404(whyNotManageVenue(viewer, venue.id));
  const [list, assigned] = await Promise.all([searchConflicts(venue.id, query), assignedConflicts(venue.id)]);
  const shape = (r: (typeof list.rows)[number]) => ({ ...r, why: describeConflict(r.reasons) });
  return { venue, query, total: list.total, pages: Math.max(1, Math.ceil(list.total / PAGE_SIZE)), rows: list.rows.map(shape), assigned: assigned.map(shape) };
});
