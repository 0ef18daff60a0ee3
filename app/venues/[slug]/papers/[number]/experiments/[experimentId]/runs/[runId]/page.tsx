import type { Metadata } from "next";
import { StatusBadge, utc } from "@/app/venues/[slug]/chair/assignment/bits";
import { loadRun } from "@/lib/experiments/loaders";
import { PARAMETER_ASSUMPTIONS } from "@/lib/experiments/manifest";
import { PaperTrail } from "../../../paper-trail";
import { EvidenceForm, LiveRun } from "./live-run";
import { RunFigure } from "./run-figure";

export const metadata: Metadata = { title: "Experiment run" };

export default async function RunPage({ params }: { params: Promise<{ slug: string; number: string; experimentId: string; runId: string }> }) {
  const { slug, number, experimentId, runId } = await params;
  const p = await loadRun(slug, number, experimentId, runId);
  const { run } = p;
  const base = `/venues/${slug}/papers/${p.number}/experiments/${experimentId}/runs/${run.id}`;
  const ownStressTest = run.isStressTest && run.requestedById === p.viewer.id && p.isReviewer;
  return (
    <div className="space-y-6">
      <PaperTrail slug={slug} venueName={p.venue.shortName} number={p.number} title={p.title} isAuthor={p.isAuthor} isReviewer={p.isReviewer} extra={[{ href: `/venues/${slug}/papers/${p.number}/experiments/${experimentId}`, label: run.experiment.figureLabel }]} />
      <h1 className="flex flex-wrap items-center gap-2 text-2xl font-semibold">
        {run.isStressTest ? "Stress test" : "Run"} of “{run.experiment.title}” <StatusBadge status={run.status} />
      </h1>
      <p className="text-sm text-slate-700">
        Queued {utc(run.createdAt)}
        {run.finishedAt && ` · finished ${utc(run.finishedAt)}`} · parameters <code className="break-all">{JSON.stringify(run.params)}</code>
      </p>
      <LiveRun
        statusUrl={`${base}/status`}
        initial={{ status: run.status, progress: run.progress, log: run.log, error: run.error, position: p.position, verdict: run.verdict }}
        cancel={p.cancelBlocked ? null : { slug, number: p.number, experimentId, runId: run.id }}
      />
      {run.status === "SUCCEEDED" && <RunFigure manifest={p.manifest} claimed={p.claimed} result={run.result} comparison={run.comparison} runId={run.id} />}
      {run.provenance && (
        <p className="text-sm">
          <a className="text-brand-700 underline" href={`${base}/provenance`} download>Download provenance (JSON)</a>: bundle and manifest hashes, parameters, seeds, runtime and
          library versions, hardware, isolation, start and end, exit status, peak memory.
        </p>
      )}
      {ownStressTest && run.status === "SUCCEEDED" && (
        <EvidenceForm
          slug={slug}
          number={p.number}
          experimentId={experimentId}
          runId={run.id}
          theorems={p.theorems}
          assumptions={[...PARAMETER_ASSUMPTIONS]}
          current={{ theoremId: run.evidenceTheoremId, assumption: run.evidenceAssumption, note: run.evidenceNote }}
        />
      )}
    </div>
  );
}
