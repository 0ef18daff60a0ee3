// The chair's track view: review progress per paper and per reviewer, reminders, how the track's theorems
// distribute over assumption regimes, and the release of confirmed decisions.
import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import { canReleaseDecisions, whyNotManageVenue } from "@/lib/auth/permissions";
import { allowOr404, requireViewer } from "@/lib/auth/session";
import { decisionStates } from "@/lib/decisions/data";
import { findVenueForViewer } from "@/lib/venues/data";
import { listTrackPapers } from "./data";
import { assignmentProgress, byPaper, byReviewer } from "./progress";
import { regimeDistribution } from "./regimes";
import { assignmentRows, chartTheorems } from "./rows";
import { chartQuerySchema } from "./schema";

export const loadTrack = cache(async (slug: string, query: Record<string, string | string[] | undefined>) => {
  const viewer = await requireViewer(`/venues/${slug}/chair/track`);
  const venue = await findVenueForViewer(slug, viewer);
  if (!venue) notFound();
  allowOr404(whyNotManageVenue(viewer, venue.id));
  const filters = chartQuerySchema.parse({ decision: query.decision, source: query.source });
  const now = new Date();
  const [papers, decisions] = await Promise.all([listTrackPapers(venue.id), decisionStates(venue.id)]);
  const progress = assignmentProgress(assignmentRows(papers), venue.reviewDeadline, now);
  const perPaper = byPaper(progress);
  return {
    venue,
    now,
    filters,
    papers: papers.map((p) => ({
      number: p.number,
      title: p.title,
      areaChair: p.areaChair?.user.name ?? null,
      decision: p.decision ? { value: p.decision.value, confirmed: Boolean(p.decision.confirmedAt), released: Boolean(p.decision.releasedAt) } : null,
      tally: perPaper.get(p.number) ?? { assigned: 0, submitted: 0, late: 0, missing: 0 },
    })),
    reviewers: byReviewer(progress),
    totals: {
      assigned: progress.length,
      submitted: progress.filter((p) => p.state === "submitted").length,
      late: progress.filter((p) => p.state === "late").length,
      missing: progress.filter((p) => p.state === "missing").length,
    },
    regimes: regimeDistribution(chartTheorems(papers), filters.decision, filters.source),
    decisions,
    canRelease: canReleaseDecisions(viewer, venue.id),
  };
});
