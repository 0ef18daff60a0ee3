// What the experiment pages call: resolve the viewer, find the venue and paper within their memberships, check
// the rules against database state, and assemble plain data. A paper the viewer may not see is a 404.
import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import {
  rolesIn,
  whyNotCancelRun,
  whyNotEditExperiments,
  whyNotRerunExperiment,
  whyNotStressTest,
  whyNotViewExperiments,
  type ExperimentPaper,
  type Viewer,
} from "@/lib/auth/permissions";
import { currentViewer, requireViewer } from "@/lib/auth/session";
import type { SeriesPoint } from "@/lib/engines/figures/types";
import { venueSettings } from "@/lib/venues/schema";
import { findVenueForViewer } from "@/lib/venues/data";
import { PARAMETER_ASSUMPTIONS, parseManifest, type Manifest } from "./manifest";
import { findPaperRoles } from "@/lib/submissions/data";
import { findExperiment, findRun, listEvidence, listExperiments, listRuns, queuePosition, stressTestsUsed, theoremsOf, verdictBadges } from "./data";

export interface PaperContext {
  viewer: Viewer;
  venue: NonNullable<Awaited<ReturnType<typeof findVenueForViewer>>>;
  submissionId: string;
  title: string;
  number: number;
  paper: ExperimentPaper;
  quota: number;
  isAuthor: boolean;
  isReviewer: boolean;
}

/** A paper's roles plus the submission deadline, which decides whether authors may still attach experiments. */
async function findExperimentPaper(venueId: string, number: number): Promise<{ id: string; title: string; settings: unknown; paper: ExperimentPaper } | null> {
  const found = await findPaperRoles(venueId, number);
  return found && { id: found.id, title: found.title, settings: found.settings, paper: { ...found.roles, submissionDeadline: found.submissionDeadline } };
}

/** The paper and the viewer's place in it, or null when the viewer may not see its experiments. */
async function findPaperContext(slug: string, number: number, viewer: Viewer): Promise<PaperContext | null> {
  const venue = await findVenueForViewer(slug, viewer);
  if (!venue) return null;
  const found = await findExperimentPaper(venue.id, number);
  if (!found || whyNotViewExperiments(viewer, found.paper)) return null;
  const roles = rolesIn(viewer, venue.id);
  return {
    viewer,
    venue,
    submissionId: found.id,
    title: found.title,
    number,
    paper: found.paper,
    quota: venueSettings(found.settings).stressTestQuotaPerPaper,
    isAuthor: roles.has("AUTHOR") && found.paper.authorUserIds.includes(viewer.id),
    isReviewer: roles.has("REVIEWER") && found.paper.assignedUserIds.includes(viewer.id),
  };
}

async function paperContext(slug: string, number: number, viewer: Viewer): Promise<PaperContext> {
  return (await findPaperContext(slug, number, viewer)) ?? notFound();
}

function paperNumber(raw: string): number {
  if (!/^\d{1,9}$/.test(raw)) notFound();
  return Number(raw);
}

/** Runs a viewer may see: chairs all; reviewers the declared-settings runs and their own stress tests; authors no stress tests. */
function runVisibility(ctx: PaperContext) {
  if (ctx.isReviewer) return { ownStressTestsOf: ctx.viewer.id } as const;
  if (ctx.isAuthor) return { noStressTests: true } as const;
  return { all: true } as const;
}

export const loadExperimentList = cache(async (slug: string, rawNumber: string) => {
  const number = paperNumber(rawNumber);
  const viewer = await requireViewer(`/venues/${slug}/papers/${number}/experiments`);
  const ctx = await paperContext(slug, number, viewer);
  const experiments = await listExperiments(ctx.submissionId);
  return {
    ...ctx,
    editBlocked: whyNotEditExperiments(viewer, ctx.paper),
    experiments: experiments.map((e) => {
      const parsed = parseManifest(e.manifest);
      return {
        id: e.id,
        title: e.title,
        figureLabel: e.figureLabel,
        runtime: parsed.ok ? runtimeLabel(parsed.manifest) : "invalid manifest",
        latest: e.runs[0] ?? null,
      };
    }),
  };
});

export function runtimeLabel(m: Manifest): string {
  return m.runtime.kind === "builtin" ? `built-in kernel ${m.runtime.kernel}` : `${m.runtime.kind === "node" ? "Node" : "Python"} script ${m.runtime.entry}`;
}

export const loadExperiment = cache(async (slug: string, rawNumber: string, experimentId: string) => {
  const number = paperNumber(rawNumber);
  const viewer = await requireViewer(`/venues/${slug}/papers/${number}/experiments/${experimentId}`);
  const ctx = await paperContext(slug, number, viewer);
  const experiment = await findExperiment(ctx.submissionId, experimentId);
  if (!experiment) notFound();
  const parsed = parseManifest(experiment.manifest);
  if (!parsed.ok) throw new Error(`Experiment ${experiment.id} has a manifest that no longer validates`);
  const runs = await listRuns(experiment.id, runVisibility(ctx));
  const used = ctx.isReviewer ? await stressTestsUsed(viewer.id, ctx.submissionId) : 0;
  const latestDeclared = runs.find((r) => !r.isStressTest && r.status === "SUCCEEDED") ?? null;
  return {
    ...ctx,
    experiment,
    manifest: parsed.manifest,
    claimed: experiment.claimedPoints as unknown as SeriesPoint[],
    files: (experiment.bundle?.files ?? []) as { path: string; size: number }[],
    runs,
    latestDeclaredRunId: latestDeclared?.id ?? null,
    used,
    rerunBlocked: whyNotRerunExperiment(viewer, ctx.paper),
    stressBlocked: ctx.isReviewer ? whyNotStressTest(viewer, ctx.paper, used, ctx.quota) : null,
    theorems: ctx.isReviewer ? await theoremsOf(ctx.submissionId) : [],
    assumptionKeys: PARAMETER_ASSUMPTIONS,
  };
});

/** A run, if the viewer may see it (the same visibility as the run list), else null. */
async function visibleRun(ctx: PaperContext, experimentId: string, runId: string) {
  const run = await findRun(runId);
  if (!run || run.experiment.id !== experimentId || run.experiment.submissionId !== ctx.submissionId) return null;
  const v = runVisibility(ctx);
  if (run.isStressTest && ("noStressTests" in v || ("ownStressTestsOf" in v && run.requestedById !== ctx.viewer.id))) return null;
  return run;
}

export const loadRun = cache(async (slug: string, rawNumber: string, experimentId: string, runId: string) => {
  const number = paperNumber(rawNumber);
  const viewer = await requireViewer(`/venues/${slug}/papers/${number}/experiments/${experimentId}/runs/${runId}`);
  const ctx = await paperContext(slug, number, viewer);
  const run = await visibleRun(ctx, experimentId, runId);
  if (!run) notFound();
  const parsed = parseManifest(run.experiment.manifest);
  if (!parsed.ok) throw new Error(`Experiment ${experimentId} has a manifest that no longer validates`);
  return {
    ...ctx,
    run,
    manifest: parsed.manifest,
    claimed: run.experiment.claimedPoints as unknown as SeriesPoint[],
    position: run.status === "QUEUED" ? await queuePosition(run.id, run.createdAt) : null,
    cancelBlocked: whyNotCancelRun(viewer, ctx.paper, run.requestedById),
    /** For attaching the reviewer's own stress test to an assumption of one theorem. */
    theorems: ctx.isReviewer && run.requestedById === viewer.id ? await theoremsOf(ctx.submissionId) : [],
  };
});

/** For server actions: the signed-in viewer's context on a paper, or null (signed out, or not allowed to see it). */
export async function experimentContextForAction(slug: string, number: number): Promise<PaperContext | null> {
  const viewer = await currentViewer();
  return viewer ? findPaperContext(slug, number, viewer) : null;
}

/** For the JSON route handlers (status poll, provenance): null instead of redirects and 404 pages. */
export async function runForApi(slug: string, rawNumber: string, experimentId: string, runId: string) {
  if (!/^\d{1,9}$/.test(rawNumber)) return null;
  const viewer = await currentViewer();
  if (!viewer) return null;
  const ctx = await findPaperContext(slug, Number(rawNumber), viewer);
  if (!ctx) return null;
  const run = await visibleRun(ctx, experimentId, runId);
  if (!run) return null;
  return { run, position: run.status === "QUEUED" ? await queuePosition(run.id, run.createdAt) : null };
}

/**
 * A paper's experiment badges and the stress tests attached to reviews as evidence — all of them for chairs, the
 * viewer's own for a reviewer, none for authors — for the panel on paper pages. Null when the viewer may not see
 * the paper's experiments.
 */
export async function loadPaperExperimentSummary(slug: string, number: number) {
  const ctx = await experimentContextForAction(slug, number);
  if (!ctx) return null;
  const evidenceOf = ctx.isReviewer ? ctx.viewer.id : ctx.isAuthor ? null : undefined;
  const [badges, runs, theorems] = await Promise.all([
    verdictBadges([ctx.submissionId]),
    evidenceOf === null ? Promise.resolve([]) : listEvidence(ctx.submissionId, evidenceOf),
    evidenceOf === null ? Promise.resolve([]) : theoremsOf(ctx.submissionId),
  ]);
  const label = new Map(theorems.map((t) => [t.id, t.label]));
  return {
    evidenceScope: evidenceOf === null ? ("none" as const) : evidenceOf ? ("own" as const) : ("all" as const),
    badges: badges.get(ctx.submissionId) ?? [],
    evidence: runs.map((r) => ({
      runId: r.id,
      experimentId: r.experiment.id,
      figureLabel: r.experiment.figureLabel,
      theorem: label.get(r.evidenceTheoremId ?? "") ?? "(removed theorem)",
      assumption: r.evidenceAssumption ?? "",
      note: r.evidenceNote,
      verdict: r.verdict,
      status: r.status,
      params: r.params,
    })),
  };
}
