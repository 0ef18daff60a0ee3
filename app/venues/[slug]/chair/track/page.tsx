import type { Metadata } from "next";
import Link from "next/link";
import { DECISION_LABELS, type DecisionValue } from "@/lib/decisions/schema";
import { formatAoE } from "@/lib/time/aoe";
import { loadTrack } from "@/lib/track/loaders";
import { DECISION_FILTERS, SOURCES, type DecisionFilter, type RegimeSource } from "@/lib/track/regimes";
import { Stat, VenueHeading } from "../../../../_components/venue-bits";
import { ChairNav } from "../chair-nav";
import { RegimeCharts } from "./regime-charts";
import { ReleaseForm } from "./release-form";
import { ReminderForm } from "./reminder-form";

export const metadata: Metadata = { title: "Track" };

const FILTER_LABELS: Record<DecisionFilter, string> = { all: "All papers", accepted: "Accepted", rejected: "Rejected", undecided: "Undecided" };
const SOURCE_LABELS: Record<RegimeSource, string> = { declared: "Authors’ declarations", readings: "Reviewers’ readings" };

export default async function TrackPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { slug } = await params;
  const t = await loadTrack(slug, await searchParams);
  const href = (q: { decision?: string; source?: string }) => `/venues/${slug}/chair/track?${new URLSearchParams({ decision: q.decision ?? t.filters.decision, source: q.source ?? t.filters.source })}#regimes`;
  return (
    <div className="space-y-8">
      <VenueHeading venue={t.venue} console="Track" />
      <ChairNav slug={slug} current="track" />

      <section aria-labelledby="progress" className="space-y-3">
        <h2 id="progress" className="text-lg font-semibold">Review progress</h2>
        <p className="text-sm text-slate-700">
          {t.venue.reviewDeadline ? <>Review deadline {formatAoE(t.venue.reviewDeadline)}; </> : "No review deadline set; "}
          a review is late when it is not submitted by its reviewer’s own due date or, without one, the venue’s deadline.
        </p>
        <div className="grid grid-cols-2 gap-4 lg:grid-cols-4">
          <Stat label="Assigned reviews" value={t.totals.assigned} />
          <Stat label="Submitted" value={t.totals.submitted} />
          <Stat label="Missing (not yet due)" value={t.totals.missing} />
          <Stat label="Late" value={t.totals.late} />
        </div>
      </section>

      <section aria-labelledby="per-paper" className="space-y-3">
        <h2 id="per-paper" className="text-lg font-semibold">Per paper</h2>
        <div className="card overflow-x-auto p-0">
          <table className="table-base">
            <caption className="sr-only">Review progress and decision per paper</caption>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">Title</th>
                <th scope="col">Area chair</th>
                <th scope="col" className="text-right">Submitted</th>
                <th scope="col" className="text-right">Missing</th>
                <th scope="col" className="text-right">Late</th>
                <th scope="col">Decision</th>
              </tr>
            </thead>
            <tbody>
              {t.papers.map((p) => (
                <tr key={p.number}>
                  <td className="tabular-nums">{p.number}</td>
                  <td><Link href={`/venues/${slug}/chair/papers/${p.number}`} className="text-brand-700 underline">{p.title}</Link></td>
                  <td>{p.areaChair ?? "—"}</td>
                  <td className="text-right tabular-nums">{p.tally.submitted} / {p.tally.assigned}</td>
                  <td className="text-right tabular-nums">{p.tally.missing}</td>
                  <td className={`text-right tabular-nums ${p.tally.late ? "font-semibold text-red-700" : ""}`}>{p.tally.late}</td>
                  <td>
                    {p.decision
                      ? `${DECISION_LABELS[p.decision.value as DecisionValue]} · ${p.decision.released ? "released" : p.decision.confirmed ? "confirmed" : "proposed"}`
                      : "—"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="per-reviewer" className="space-y-3">
        <h2 id="per-reviewer" className="text-lg font-semibold">Per reviewer and reminders</h2>
        <ReminderForm
          venueId={t.venue.id}
          lateCount={t.totals.late}
          rows={t.reviewers.map((r) => ({
            reviewerId: r.reviewerId,
            name: r.name,
            email: r.email,
            assigned: r.assigned,
            submitted: r.submitted,
            late: r.late,
            missing: r.missing,
            lastReminded: r.lastRemindedAt ? formatAoE(r.lastRemindedAt) : null,
            open: r.items.flatMap((i) =>
              i.state === "submitted"
                ? []
                : [{ assignmentId: i.assignmentId, paperNumber: i.paperNumber, state: i.state, started: i.started, recentlyReminded: i.recentlyReminded, deadline: i.deadline?.toISOString() ?? null }],
            ),
          }))}
        />
      </section>

      <section aria-labelledby="regimes" className="space-y-3">
        <h2 id="regimes" className="text-lg font-semibold">Assumption regimes of the track’s theorems</h2>
        <p className="text-sm text-slate-700">
          {t.regimes.theorems} theorem{t.regimes.theorems === 1 ? "" : "s"} of {FILTER_LABELS[t.filters.decision].toLowerCase()} papers (confirmed decisions), from{" "}
          {SOURCE_LABELS[t.filters.source].toLowerCase()}.
        </p>
        <nav aria-label="Filter the charts" className="flex flex-wrap gap-6 text-sm">
          <ul className="flex flex-wrap gap-3" aria-label="Decision">
            {DECISION_FILTERS.map((f) => (
              <li key={f}>
                <Link href={href({ decision: f })} aria-current={t.filters.decision === f ? "true" : undefined} className={t.filters.decision === f ? "font-semibold text-brand-900" : "text-brand-700 underline"}>
                  {FILTER_LABELS[f]}
                </Link>
              </li>
            ))}
          </ul>
          <ul className="flex flex-wrap gap-3" aria-label="Source">
            {SOURCES.map((s) => (
              <li key={s}>
                <Link href={href({ source: s })} aria-current={t.filters.source === s ? "true" : undefined} className={t.filters.source === s ? "font-semibold text-brand-900" : "text-brand-700 underline"}>
                  {SOURCE_LABELS[s]}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <RegimeCharts charts={t.regimes.charts} unit={t.filters.source === "declared" ? "theorems" : "readings"} />
      </section>

      <section aria-labelledby="release" className="card space-y-3">
        <h2 id="release" className="text-lg font-semibold">Release decisions</h2>
        <p className="text-sm text-slate-700">
          {t.decisions.proposed} proposed and awaiting confirmation · {t.decisions.confirmed} confirmed, not yet released · {t.decisions.released} released.
          Releasing shows each paper’s authors its decision, its meta-review and the author-visible fields of its reviews, under anonymous labels.
        </p>
        {t.canRelease ? (
          <ReleaseForm venueId={t.venue.id} confirmed={t.decisions.confirmed} />
        ) : (
          <p className="text-sm text-slate-600">Only program chairs release decisions.</p>
        )}
      </section>
    </div>
  );
}
