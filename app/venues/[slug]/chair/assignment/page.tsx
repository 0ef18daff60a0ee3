import type { Metadata } from "next";
import Link from "next/link";
import { loadAssignmentPage } from "@/lib/assignment/loaders";
import { EmptyState, VenueHeading } from "../../../../_components/venue-bits";
import { ChairNav } from "../chair-nav";
import { duration, ProgressBar, StatusBadge, utc } from "./bits";
import { AutoRefresh, CancelRunButton, StartJobForm, StartRunForm } from "./controls";

export const metadata: Metadata = { title: "Assignment" };

type Job = Awaited<ReturnType<typeof loadAssignmentPage>>["jobs"]["conflicts"];

function JobCard({ title, job, children, outcome }: { title: string; job: Job; children: React.ReactNode; outcome: (r: Record<string, number>) => string }) {
  const id = title.toLowerCase().replace(/\W+/g, "-");
  return (
    <section aria-labelledby={id} className="card space-y-3">
      <h3 id={id} className="text-base font-semibold">{title}</h3>
      {job ? (
        <div className="space-y-2 text-sm">
          <p className="flex flex-wrap items-center gap-2"><StatusBadge status={job.status} /> <span>{job.message}</span></p>
          {(job.status === "QUEUED" || job.status === "RUNNING") && <ProgressBar label={`${title} progress`} value={job.progress} />}
          {job.status === "SUCCEEDED" && job.result && (
            <p className="text-slate-700">
              {outcome(job.result as Record<string, number>)} · finished {job.finishedAt ? utc(job.finishedAt) : ""} in {duration(job.startedAt, job.finishedAt)}
            </p>
          )}
        </div>
      ) : (
        <p className="text-sm text-slate-600">Not run yet.</p>
      )}
      {children}
    </section>
  );
}

export default async function AssignmentPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const p = await loadAssignmentPage(slug);
  return (
    <div className="space-y-8">
      <VenueHeading venue={p.venue} console="Assignment" />
      <ChairNav slug={slug} current="assignment" />
      <AutoRefresh active={p.active} />

      <section aria-labelledby="inputs" className="space-y-3">
        <h2 id="inputs" className="text-lg font-semibold">1. Conflicts and affinities</h2>
        <p className="text-sm text-slate-700">
          {p.counts.conflicts} conflicts in force ({p.counts.lifted} lifted) · {p.counts.affinities} affinity scores ·{" "}
          <Link className="text-brand-700 underline" href={`/venues/${slug}/chair/conflicts`}>search, add or lift conflicts</Link>.
        </p>
        <div className="grid gap-4 lg:grid-cols-2">
          <JobCard title="Conflict detection" job={p.jobs.conflicts} outcome={(r) => `${r.found ?? 0} conflicts (${r.created ?? 0} new, ${r.updated ?? 0} updated, ${r.removed ?? 0} removed, ${r.kept ?? 0} chair-set or lifted kept)`}>
            <StartJobForm venueId={p.venue.id} kind="CONFLICTS" label="Detect conflicts" />
          </JobCard>
          <JobCard title="Affinity scoring" job={p.jobs.affinity} outcome={(r) => `${r.scores ?? 0} scores for ${r.papers ?? 0} papers and ${r.reviewers ?? 0} reviewers`}>
            <StartJobForm venueId={p.venue.id} kind="AFFINITY" label="Compute affinities" />
          </JobCard>
        </div>
        {p.conflicts.length > 0 && (
          <details className="card">
            <summary className="cursor-pointer text-sm font-medium">Conflicts and their reasons ({p.conflicts.length}{p.conflicts.length < p.counts.conflicts + p.counts.lifted ? " shown" : ""})</summary>
            <div className="mt-3 overflow-x-auto">
              <table className="table-base">
                <caption className="sr-only">Conflicts with their source and reasons</caption>
                <thead>
                  <tr><th scope="col">Paper</th><th scope="col">Reviewer</th><th scope="col">Source</th><th scope="col">Reasons</th></tr>
                </thead>
                <tbody>
                  {p.conflicts.map((c) => (
                    <tr key={c.id}>
                      <td className="tabular-nums">#{c.paper}</td>
                      <td>{c.reviewer}</td>
                      <td className="capitalize">{c.source.toLowerCase().replace("_", " ")}{c.lifted && <span className="ml-1 text-xs text-amber-900">lifted</span>}</td>
                      <td className="text-xs">{c.reasons.join("; ")}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        )}
      </section>

      <section aria-labelledby="start-run" className="card space-y-3">
        <h2 id="start-run" className="text-lg font-semibold">2. Start an assignment run</h2>
        <StartRunForm venueId={p.venue.id} defaults={p.defaults} sources={p.sources} />
      </section>

      <section aria-labelledby="runs" className="space-y-3">
        <h2 id="runs" className="text-lg font-semibold">3. Runs</h2>
        <p className="text-sm text-slate-700">Deployed assignment revision {p.revision}. A run can be deployed only if no other deploy happened since it started.</p>
        {p.runs.filter((r) => r.status === "SUCCEEDED").length >= 2 && <p className="text-sm"><Link className="text-brand-700 underline" href={`/venues/${slug}/chair/assignment/compare`}>Compare two runs</Link></p>}
        {p.runs.length === 0 ? (
          <EmptyState>No runs yet.</EmptyState>
        ) : (
          <div className="card overflow-x-auto p-0">
            <table className="table-base">
              <caption className="sr-only">Assignment runs, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Started</th><th scope="col">Objective</th><th scope="col">Status</th><th scope="col">Progress</th><th scope="col">Outcome</th><th scope="col"><span className="sr-only">Actions</span></th>
                </tr>
              </thead>
              <tbody>
                {p.runs.map((r) => {
                  const live = r.status === "QUEUED" || r.status === "RUNNING";
                  return (
                    <tr key={r.id}>
                      <td className="whitespace-nowrap">{utc(r.createdAt)}</td>
                      <td>{r.objective === "FAIR" ? "Fairest" : "Highest total"}</td>
                      <td><StatusBadge status={r.status} />{r.deployedAt && <span className="ml-1 text-xs text-emerald-800">deployed</span>}</td>
                      <td className="min-w-40">
                        <ProgressBar label={`Progress of the run started ${utc(r.createdAt)}`} value={r.progress} />
                        <span className="text-xs text-slate-600">{Math.round(r.progress * 100)}% · {r.message}</span>
                      </td>
                      <td className="text-xs">
                        {r.summary && r.status === "SUCCEEDED" && `${r.summary.assigned} pairs · lowest paper ${r.summary.lowestPaperScore.toFixed(2)} · ${r.summary.seconds.toFixed(1)} s`}
                        {r.status === "SUCCEEDED" && !r.deployedAt && r.stale && <div className="text-amber-900">Stale: the deployed assignment changed since.</div>}
                      </td>
                      <td className="whitespace-nowrap">
                        {live ? <CancelRunButton venueId={p.venue.id} runId={r.id} /> : <Link className="text-brand-700 underline" href={`/venues/${slug}/chair/assignment/${r.id}`}>Open<span className="sr-only"> run started {utc(r.createdAt)}</span></Link>}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
