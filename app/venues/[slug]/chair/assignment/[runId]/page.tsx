import type { Metadata } from "next";
import Link from "next/link";
import { loadRunPage } from "@/lib/assignment/loaders";
import { EmptyState, Stat, VenueHeading } from "../../../../../_components/venue-bits";
import { ChairNav } from "../../chair-nav";
import { duration, ProgressBar, StatusBadge, utc } from "../bits";
import { AutoRefresh, CancelRunButton, DeployForm } from "../controls";
import { HistogramTable } from "./charts";
import { ProposalEditor } from "./editor";

export const metadata: Metadata = { title: "Assignment proposal" };

export default async function RunPage({ params, searchParams }: { params: Promise<{ slug: string; runId: string }>; searchParams: Promise<{ deployed?: string; edit?: string }> }) {
  const { slug, runId } = await params;
  const { deployed, edit } = await searchParams;
  const editNumber = edit && /^\d{1,9}$/.test(edit) ? Number(edit) : undefined;
  const p = await loadRunPage(slug, runId, editNumber);
  const base = `/venues/${slug}/chair/assignment/${runId}`;
  const { run } = p;
  const live = run.status === "QUEUED" || run.status === "RUNNING";
  const explanations = run.summary?.explanations ?? [];
  return (
    <div className="space-y-8">
      <VenueHeading venue={p.venue} console="Assignment proposal" />
      <ChairNav slug={slug} current="assignment" />
      <AutoRefresh active={live} />
      <p className="text-sm"><Link href={`/venues/${slug}/chair/assignment`} className="text-brand-700 underline">All runs</Link></p>

      <section aria-labelledby="run-status" className="card space-y-3">
        <h2 id="run-status" className="flex items-center gap-2 text-lg font-semibold">Run started {utc(run.createdAt)} <StatusBadge status={run.status} /></h2>
        <p className="text-sm">{run.message}{run.finishedAt && ` · ${duration(run.startedAt, run.finishedAt)}`}</p>
        {live && (
          <div className="space-y-2">
            <ProgressBar label="Run progress" value={run.progress} />
            <CancelRunButton venueId={p.venue.id} runId={run.id} />
          </div>
        )}
        {deployed && <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800">Deployed: {deployed.split("-")[0]} assignments added, {deployed.split("-")[1]} removed. Newly assigned reviewers are being emailed.</p>}
        {run.status === "SUCCEEDED" && !run.deployedAt && (
          <>
            {run.stale && <p className="text-sm text-amber-900">The deployed assignment changed since this run started: deploying it will be refused.</p>}
            <DeployForm venueId={p.venue.id} runId={run.id} />
          </>
        )}
        {run.deployedAt && <p className="text-sm text-emerald-800">Deployed {utc(run.deployedAt)}. A deployed run can no longer be edited.</p>}
        {run.status === "SUCCEEDED" && <a className="text-sm text-brand-700 underline" href={`/venues/${slug}/chair/assignment/${run.id}/export`}>Download as CSV</a>}
      </section>

      {explanations.length > 0 && (
        <section aria-labelledby="explanation" className="card space-y-2">
          <h2 id="explanation" className="text-lg font-semibold">{run.summary?.status === "infeasible" ? "Why no assignment exists" : "Notes"}</h2>
          <ul className="list-disc space-y-1 pl-5 text-sm">{explanations.map((e) => <li key={e}>{e}</li>)}</ul>
        </section>
      )}

      {run.status === "SUCCEEDED" && run.summary && (
        <>
          <div className="grid grid-cols-2 gap-4 lg:grid-cols-4">
            <Stat label="Assigned pairs" value={run.summary.assigned} detail={`vs. deployed now: ${p.changes.added} new · ${p.changes.removed} removed · ${p.changes.kept} kept`} />
            <Stat label="Total score" value={run.summary.totalScore.toFixed(2)} detail={run.summary.handEdits ? `after ${run.summary.handEdits} hand edit${run.summary.handEdits > 1 ? "s" : ""}` : undefined} />
            <Stat label="Weakest paper score" value={run.summary.lowestPaperScore.toFixed(2)} />
            <Stat label="Inputs" value={`${run.summary.papers} × ${run.summary.reviewers}`} detail={`${run.summary.inputs.conflicts} conflicts · ${run.summary.inputs.bids} bids · ${run.summary.inputs.affinityPairs} affinity scores`} />
          </div>
          <div className="grid gap-4 lg:grid-cols-2">
            <div className="card overflow-x-auto p-0"><HistogramTable caption="Load histogram" head={["Papers per reviewer", "Reviewers"]} rows={p.loads.map((l) => ({ label: String(l.load), value: l.reviewers }))} /></div>
            <div className="card overflow-x-auto p-0"><HistogramTable caption="Score distribution of assigned pairs" head={["Score", "Pairs"]} rows={p.scores.map((s) => ({ label: `${s.from.toFixed(2)}–${s.to.toFixed(2)}`, value: s.pairs }))} /></div>
          </div>
          {p.conflicted.length > 0 && (
            <section aria-labelledby="conflicted-pairs" className="space-y-2 rounded-lg border-2 border-red-300 bg-red-50 p-4 text-sm text-red-900">
              <h2 id="conflicted-pairs" className="text-lg font-semibold">Proposed pairs now conflicted ({p.conflicted.length})</h2>
              <p>A conflict was recorded after this run was computed. Swap these reviewers before deploying.</p>
              <ul className="list-disc pl-5">{p.conflicted.map((c) => <li key={`${c.submissionId}-${c.name}`}><Link className="underline" href={`${base}?edit=${c.number}#edit-paper`}>Paper {c.number}</Link>: {c.name}</li>)}</ul>
            </section>
          )}
          {editNumber !== undefined && p.editable && (
            <section id="edit-paper" aria-labelledby="edit-heading" className="card space-y-3 border-brand-300">
              {p.editor ? (
                <>
                  <h2 id="edit-heading" className="text-lg font-semibold">Edit the reviewers of paper {p.editor.paper.number}: {p.editor.paper.title}</h2>
                  <ProposalEditor key={p.editor.paper.id} venueId={p.venue.id} runId={run.id} closeHref={base} paper={p.editor.paper} reviewers={p.editor.reviewers} candidates={p.editor.candidates} />
                </>
              ) : (
                <h2 id="edit-heading" className="text-lg font-semibold">There is no submitted paper {editNumber}.</h2>
              )}
            </section>
          )}
          <section aria-labelledby="papers" className="space-y-3">
            <h2 id="papers" className="text-lg font-semibold">Papers, weakest coverage first</h2>
            <p className="text-sm text-slate-700">
              Scores mix {run.params?.sourceWeights ? `${Object.entries(run.params.sourceWeights).map(([k, w]) => `${k} × ${w}`).join(", ")} and bids × ${run.params.bidWeight ?? 0}` : `affinity × ${run.params?.affinityWeight ?? "?"} and bids`} as set for this run; the first {p.explainedPapers} papers show why each reviewer matches.
            </p>
            {p.papers.length === 0 ? <EmptyState>No papers.</EmptyState> : (
              <div className="card overflow-x-auto p-0">
                <table className="table-base">
                  <caption className="sr-only">Proposed reviewers of each paper with their scores</caption>
                  <thead>
                    <tr><th scope="col">#</th><th scope="col">Title</th><th scope="col">Reviewers (score)</th><th scope="col" className="text-right">Total</th><th scope="col">Alternates</th></tr>
                  </thead>
                  <tbody>
                    {p.papers.map((paper) => (
                      <tr key={paper.id}>
                        <td className="tabular-nums">
                          {paper.number}
                          {p.editable && (
                            <div><Link href={`${base}?edit=${paper.number}#edit-paper`} className="text-xs text-brand-700 underline">Edit<span className="sr-only"> reviewers of paper {paper.number}</span></Link></div>
                          )}
                        </td>
                        <td className="max-w-sm">{paper.title}{paper.reviewers.length < p.reviewersPerPaper && <div className="text-xs text-red-700">{p.reviewersPerPaper - paper.reviewers.length} reviewer(s) short</div>}</td>
                        <td>
                          <ul className="space-y-1">
                            {paper.reviewers.map((r) => (
                              <li key={r.id}>
                                {r.name} <span className="tabular-nums text-slate-600">({r.score.toFixed(2)})</span>
                                {r.isNew && <span className="ml-1 text-xs text-brand-700">new</span>}
                                {r.why && <div className="text-xs text-slate-600">{r.why}</div>}
                              </li>
                            ))}
                          </ul>
                        </td>
                        <td className="text-right tabular-nums">{paper.total.toFixed(2)}</td>
                        <td className="text-xs text-slate-700">{paper.alternates.map((a) => `${a.name} (${a.score.toFixed(2)})`).join(", ")}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        </>
      )}
    </div>
  );
}
