// The chairs' form editor page: venue managers only (404 for anyone else), the current version as the editor's
// starting point (the default deep-learning-theory form when none exists yet), and the version history.
import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import { whyNotManageVenue } from "@/lib/auth/permissions";
import { allowOr404, requireViewer } from "@/lib/auth/session";
import { defaultDltForm, formFieldsSchema } from "@/lib/reviews/form-schema";
import { findVenueForViewer } from "@/lib/venues/data";
import { listFormVersions } from "./data";
import { editsInPlace, formToken } from "./rules";

export const loadReviewFormEditor = cache(async (slug: string) => {
  const viewer = await requireViewer(`/venues/${slug}/chair/review-form`);
  const venue = await findVenueForViewer(slug, viewer);
  if (!venue) notFound();
  allowOr404(whyNotManageVenue(viewer, venue.id));
  const versions = await listFormVersions(venue.id);
  const current = versions[0] ?? null;
  return {
    venue,
    token: formToken(current),
    currentVersion: current?.version ?? null,
    fields: current ? formFieldsSchema.parse(current.fields) : defaultDltForm.fields,
    inPlace: current !== null && editsInPlace(venue.phase, current._count.reviews),
    history: versions.map((v) => ({
      version: v.version,
      createdAt: v.createdAt,
      createdBy: v.createdBy,
      reviews: v._count.reviews,
      fields: formFieldsSchema.safeParse(v.fields).data?.map((f) => f.label) ?? [],
    })),
  };
});
