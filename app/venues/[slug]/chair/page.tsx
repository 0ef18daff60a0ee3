import type { Metadata } from "next";
import Link from "next/link";
import { loadChairConsole } from "@/lib/venues/loaders";
import { Deadlines, EmptyState, Stat, VenueHeading } from "../../../_components/venue-bits";
import { ExperimentBadges } from "../../../_components/experiment-badges";
import { ChairNav } from "./chair-nav";
import { InviteForm } from "./invite-form";

export const metadata: Metadata = { title: "Chair console" };

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

const STATUS_LABELS: Record<string, string> = { DRAFT: "Draft", SUBMITTED: "Submitted", WITHDRAWN: "Withdrawn", DESK_REJECTED: "Desk rejected" };

export default async function ChairConsolePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const c = await loadChairConsole(slug);
  const total = c.submissions.length;
  const active = c.statusCounts.SUBMITTED ?? 0;
  const pct = c.progress.expected ? Math.round((100 * c.progress.submitted) / c.progress.expected) : 0;
  return (
    <div className="space-y-8">
      <VenueHeading venue={c.venue} console="Chair console" />
      <ChairNav slug={slug} current="console" manages={c.reviewers !== null} />

      <section aria-labelledby="progress" className="space-y-3">
        <h2 id="progress" className="text-lg font-semibold">Progress</h2>
        <div className="grid grid-cols-2 gap-4 lg:grid-cols-4">
          <Stat label={c.scopeLabel} value={total} detail={`${active} active · ${(c.statusCounts.WITHDRAWN ?? 0) + (c.statusCounts.DESK_REJECTED ?? 0)} withdrawn or desk-rejected`} />
          <Stat label="Reviewers" value={c.members.REVIEWER ?? 0} detail={`${plural(c.members.AREA_CHAIR ?? 0, "area chair")} · ${plural(c.members.SENIOR_AREA_CHAIR ?? 0, "senior area chair")}`} />
          <Stat label="Reviews submitted" value={`${c.progress.submitted} / ${c.progress.expected}`} detail={`${pct}% of assigned reviews`} />
          <Stat label="Reviews not started" value={c.progress.missing} detail={`${c.progress.drafts} drafts in progress`} />
        </div>
        <div>
          <div className="mb-1 flex justify-between text-xs text-slate-600"><span>Review completion</span><span>{pct}%</span></div>
          <div className="h-2 w-full overflow-hidden rounded bg-slate-200" role="progressbar" aria-label="Review completion" aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct}>
            <div className="h-full bg-brand-600" style={{ width: `${pct}%` }} />
          </div>
        </div>
      </section>

      {c.reviewers !== null && (
        <nav aria-label="Exports" className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
          <span className="font-medium text-slate-700">Export:</span>
          {(["reviews", "meta-reviews", "decisions"] as const).map((kind) => (
            <span key={kind}>
              {kind.replace("-", " ")}{" "}
              <a href={`/venues/${slug}/chair/export/${kind}.csv`} aria-label={`Export ${kind.replace("-", " ")} as CSV`} className="text-brand-700 underline">CSV</a>{" "}
              <a href={`/venues/${slug}/chair/export/${kind}.json`} aria-label={`Export ${kind.replace("-", " ")} as JSON`} className="text-brand-700 underline">JSON</a>
            </span>
          ))}
        </nav>
      )}

      <Deadlines venue={c.venue} />

      <section aria-labelledby="submissions" className="space-y-3">
        <h2 id="submissions" className="text-lg font-semibold">Submissions</h2>
        {total === 0 ? (
          <EmptyState>No submissions yet.</EmptyState>
        ) : (
          <div className="card overflow-x-auto p-0">
            <table className="table-base">
              <caption className="sr-only">Submissions with their area chair and review progress</caption>
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">Title</th>
                  <th scope="col">Status</th>
                  <th scope="col">Area chair</th>
                  <th scope="col" className="text-right">Theorems</th>
                  <th scope="col" className="text-right">Reviewers</th>
                  <th scope="col" className="text-right">Reviews</th>
                  <th scope="col">Experiments</th>
                </tr>
              </thead>
              <tbody>
                {c.submissions.map((s) => {
                  const submitted = s.reviews.filter((r) => r.status === "SUBMITTED").length;
                  return (
                    <tr key={s.id}>
                      <td className="tabular-nums">{s.number}</td>
                      <td className="max-w-md"><Link href={`/venues/${slug}/chair/papers/${s.number}`} className="underline decoration-slate-300 hover:decoration-current">{s.title}</Link></td>
                      <td>{STATUS_LABELS[s.status] ?? s.status}</td>
                      <td>{s.areaChair?.user.name ?? <span className="text-slate-500">unassigned</span>}</td>
                      <td className="text-right tabular-nums">{s._count.theorems}</td>
                      <td className="text-right tabular-nums">{s._count.assignments}</td>
                      <td className="text-right tabular-nums">{submitted} / {s._count.assignments}</td>
                      <td>
                        <ExperimentBadges slug={slug} number={s.number} badges={c.experiments.get(s.id) ?? []} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {c.reviewers && (
        <section aria-labelledby="reviewers" className="space-y-3">
          <h2 id="reviewers" className="text-lg font-semibold">Reviewer pool</h2>
          {c.reviewers.length === 0 ? (
            <EmptyState>No reviewers yet. Invite them below.</EmptyState>
          ) : (
            <div className="card overflow-x-auto p-0">
              <table className="table-base">
                <caption className="sr-only">Reviewers with their institution and load</caption>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Institution</th>
                    <th scope="col">Seniority</th>
                    <th scope="col">Account</th>
                    <th scope="col" className="text-right">Assigned</th>
                    <th scope="col" className="text-right">Max load</th>
                    <th scope="col" className="text-right">Submitted</th>
                  </tr>
                </thead>
                <tbody>
                  {c.reviewers.map((r) => (
                    <tr key={r.id}>
                      <td>{r.name}<div className="text-xs text-slate-600">{r.email}</div></td>
                      <td>{r.institution}</td>
                      <td className="capitalize">{r.seniority?.toLowerCase() ?? "—"}</td>
                      <td>{r.accepted ? "Active" : <span className="text-amber-800">Invited</span>}</td>
                      <td className="text-right tabular-nums">{r.assigned}</td>
                      <td className="text-right tabular-nums">{r.maxLoad ?? "default"}</td>
                      <td className="text-right tabular-nums">{r.submitted}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}

      {c.invitableRoles.length > 0 && (
        <section aria-labelledby="invite" className="card space-y-3">
          <h2 id="invite" className="text-lg font-semibold">Invite people</h2>
          <p className="text-sm text-slate-700">They receive an email with a single-use link to set their password.</p>
          <InviteForm venueId={c.venue.id} roles={c.invitableRoles} />
        </section>
      )}
    </div>
  );
}
