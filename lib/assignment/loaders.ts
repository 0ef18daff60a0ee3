// What the assignment pages and the export route call: only the track's managers run and deploy assignments.
import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import { whyNotManageVenue } from "@/lib/auth/permissions";
import { allowOr404, currentViewer, requireViewer } from "@/lib/auth/session";
import { latestVenueJobs, listConflicts, matchingCounts } from "@/lib/matching/data";
import { findVenueForViewer } from "@/lib/venues/data";
import { combinedPairScores } from "./build-problem";
import { compareRuns } from "./compare";
import { AFFINITY_SOURCE } from "@/lib/matching/source";
import { conflictedProposalPairs, listRuns, scoreSources, loadPaperEditor, loadRunProposal, venueRevision } from "./data";
import { EXPLAINED_PAPERS, explainPairs } from "./explain";
import { changesVsDeployed, loadHistogram, paperViews, scoreDistribution } from "./proposal-view";
import { runParamsSchema, type RunParams, type RunSummary } from "./schema";

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
  const [jobs, counts, runs, rev, conflicts, sources] = await Promise.all([latestVenueJobs(venue.id), matchingCounts(venue.id), listRuns(venue.id), venueRevision(venue.id), listConflicts(venue.id), scoreSources(venue.id)]);
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
    // The lexical source is always offered: the affinity job may not have run yet.
    sources: [...new Set([AFFINITY_SOURCE, ...sources])],
    active,
  };
});

/** The hand editor of one paper: its reviewers, and every pool reviewer with this run's load, score and conflict. */
async function paperEditor(venueId: string, runId: string, paperNumber: number, params: RunParams) {
  const e = await loadPaperEditor(venueId, runId, paperNumber);
  if (!e) return null;
  const scores = combinedPairScores(e.scoreInputs.affinities, e.scoreInputs.bids, params, e.scoreInputs.sourceNames);
  const names = new Map(e.pool.map((r) => [r.id, r.name]));
  const on = e.rows.filter((r) => !r.isAlternate);
  const onIds = new Set(on.map((r) => r.userId));
  const alternates = new Set(e.rows.filter((r) => r.isAlternate).map((r) => r.userId));
  const candidates = e.pool
    .filter((r) => !onIds.has(r.id))
    .map((r) => ({ id: r.id, name: r.name, load: e.loads.get(r.id) ?? 0, maxLoad: r.maxLoad ?? params.maxLoadDefault, score: scores.get(`${e.paper.id}|${r.id}`) ?? 0, conflicted: e.conflicted.has(r.id), alternate: alternates.has(r.id) }))
    // Eligible first, then by score: the chair's likely pick is at the top.
    .sort((a, b) => Number(a.conflicted || a.load >= a.maxLoad) - Number(b.conflicted || b.load >= b.maxLoad) || b.score - a.score || a.name.localeCompare(b.name));
  return { paper: e.paper, reviewers: on.map((r) => ({ id: r.userId, name: names.get(r.userId) ?? "(no longer a reviewer)", score: r.score })), candidates };
}

export const loadRunPage = cache(async (slug: string, runId: string, editNumber?: number) => {
  const venue = await managedVenue(slug, `/venues/${slug}/chair/assignment/${runId}`);
  const rows = await loadRunProposal(venue.id, runId);
  if (!rows) notFound();
  const rev = await venueRevision(venue.id);
  const params = runParamsSchema.safeParse(rows.run.params);
  const perPaper = params.success ? params.data.reviewersPerPaper : 3;
  const papers = paperViews(rows, perPaper);
  const editable = rows.run.status === "SUCCEEDED" && !rows.run.deployedAt;
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
    editable,
    conflicted: editable ? await conflictedProposalPairs(venue.id, runId) : [],
    editor: editable && editNumber !== undefined && params.success ? await paperEditor(venue.id, runId, editNumber, params.data) : null,
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

/** The comparison page: the venue's finished runs to choose from, and the comparison of the two chosen. */
export const loadComparePage = cache(async (slug: string, aId?: string, bId?: string) => {
  const venue = await managedVenue(slug, `/venues/${slug}/chair/assignment/compare`);
  const runs = (await listRuns(venue.id, 50)).filter((r) => r.status === "SUCCEEDED");
  const [a, b] = await Promise.all([aId ? loadRunProposal(venue.id, aId) : null, bId ? loadRunProposal(venue.id, bId) : null]);
  const usable = (x: typeof a) => (x && x.run.status === "SUCCEEDED" ? x : null);
  const ra = usable(a);
  const rb = usable(b);
  const problem = (aId && !ra) || (bId && !rb) ? "One of the chosen runs does not exist here or has no proposal." : aId && aId === bId ? "Choose two different runs." : null;
  let comparison = null;
  if (ra && rb && !problem) {
    const side = (x: NonNullable<typeof ra>) => ({ objective: x.run.objective, pairs: x.proposed.filter((p) => !p.isAlternate) });
    comparison = compareRuns(side(ra), side(rb), ra.papers, new Map(ra.reviewers.map((r) => [r.id, r.name])));
  }
  return {
    venue,
    runs: runs.map((r) => ({ id: r.id, createdAt: r.createdAt, objective: r.objective, deployedAt: r.deployedAt })),
    chosen: { a: ra?.run ?? null, b: rb?.run ?? null },
    problem,
    comparison,
  };
});
