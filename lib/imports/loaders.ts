// What the imports page calls: only the track's managers (program chairs, senior area chairs) may import.
import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import { whyNotManageVenue } from "@/lib/auth/permissions";
import { allowOr404, requireViewer } from "@/lib/auth/session";
import { findVenueForViewer } from "@/lib/venues/data";
import { listRecentImports } from "./data";

export const loadImportsPage = cache(async (slug: string) => {
  const viewer = await requireViewer(`/venues/${slug}/chair/imports`);
  const venue = await findVenueForViewer(slug, viewer);
  if (!venue) notFound();
  allowOr404(whyNotManageVenue(viewer, venue.id));
  return { venue, recent: await listRecentImports(venue.id) };
});
