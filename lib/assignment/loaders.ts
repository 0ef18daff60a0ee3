// What the assignment pages and the export route call: only the track's managers run and deploy assignments.
import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import { whyNotManageVenue } from "@/lib/auth/permissions";
import { allowOr404, currentViewer, requireViewer } from "@/lib/auth/session";
import { latestVenueJobs, listConflicts, matchingCounts } from "@/lib/matching/data";
import { findVenueForViewer } from "@/lib/venues/data";
import { listRuns, loadRunProposal, venueRevision } from "./data";
import { EXPLAINED_PAPERS, explainPairs } from "./explain";
import { changesVsDeployed, loadHistogram, paperViews, scoreDistribution } from "./proposal-view";
import { runParamsSchema, type RunSummary } from "./schema";

async function managedVenue(slug: string, path: string) {
  const viewer = await requireViewer(path);
  const venue = await findVenueForViewer(slug, viewer);
  if (!venue) notFound();
  allowOr404(whyNotManageVenue(viewer, venue.id));
  return venue;
}

function num(v: unknown, fallback: number): number {
  return typeof v === "number" && Number.isFinite(v) ? v : fallback;
}

export const loadAssignmentPage = cache(async (slug: string) => {
  const venue = await managedVenue(slug, `/venues/${slug}/chair/assignment`);
  const [jobs, counts, runs, rev, conflicts] = await Promise.all([latestVenueJobs(venue.id), matchingCounts(venue.id), listRuns(venue.id), venueRevision(venue.id), listConflicts(venue.id)]);
  const settings = (rev.settings ?? {}) as Record<string, unknown>;
  const active = [jobs.conflicts, jobs.affinity, ...runs].some((j) => j && (j.status === "QUEUED" || j.status === "RUNNING"));
  return {
    venue,
    jobs,
    counts,
    conflicts,
    runs: runs.map((r) => ({ ...r, summary: r.summary as RunSummary | null, stale: r.baseRevision !== rev.assignmentRevision })),
    revision: rev.assignmentRevision,
    defaults: { reviewersPerPaper: num(settings.reviewersPerPaper, 3), maxLoadDefault: num(settings.defaultMaxLoad, 4) },
    active,
  };
});

export const loadRunPage = cache(async (slug: string, runId: string) => {
  const venue = await managedVenue(slug, `/venues/${slug}/chair/assignment/${runId}`);
  const rows = await loadRunProposal(venue.id, runId);
  if (!rows) notFound();
  const rev = await venueRevision(venue.id);
  const params = runParamsSchema.safeParse(rows.run.params);
  const perPaper = params.success ? params.data.reviewersPerPaper : 3;
  const papers = paperViews(rows, perPaper);
  const why = await explainPairs(papers.slice(0, EXPLAINED_PAPERS).flatMap((p) => p.reviewers.map((r) => ({ paper: p.id, reviewer: r.id }))));
  return {
    venue,
    run: { ...rows.run, summary: rows.run.summary as RunSummary | null, params: params.success ? params.data : null, stale: rows.run.baseRevision !== rev.assignmentRevision },
    papers: papers.map((p) => ({ ...p, reviewers: p.reviewers.map((r) => ({ ...r, why: why.get(`${p.id}|${r.id}`) ?? null })) })),
    explainedPapers: EXPLAINED_PAPERS,
    loads: loadHistogram(rows),
    scores: scoreDistribution(rows),
    changes: changesVsDeployed(rows),
    reviewersPerPaper: perPaper,
  };
});

/** For the CSV export route: null when the viewer may not manage the venue or the run is not theirs to see. */
export async function loadRunForExport(slug: string, runId: string) {
  const viewer = await currentViewer();
  if (!viewer) return null;
  const venue = await findVenueForViewer(slug, viewer);
  if (!venue || whyNotManageVenue(viewer, venue.id)) return null;
  const rows = await loadRunProposal(venue.id, runId);
  return rows ? { venue, rows } : null;
}
