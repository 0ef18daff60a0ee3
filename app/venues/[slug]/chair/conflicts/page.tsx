import type { Metadata } from "next";
import Link from "next/link";
import { loadConflictsPage } from "@/lib/conflicts/loaders";
import { conflictQuerySchema } from "@/lib/conflicts/schema";
import { EmptyState, VenueHeading } from "../../../../_components/venue-bits";
import { ChairNav } from "../chair-nav";
import { AddConflictForm, LiftConflictButton } from "./forms";

export const metadata: Metadata = { title: "Conflicts" };

const SOURCE: Record<string, string> = { AUTOMATIC: "Detected", AUTHOR_DECLARED: "Declared by an author", REVIEWER_DECLARED: "Declared by the reviewer", CHAIR: "Entered by a chair" };

const day = (d: Date) => d.toISOString().slice(0, 10);

export default async function ConflictsPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { slug } = await params;
  const raw = await searchParams;
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const query = conflictQuerySchema.parse({ q: first(raw.q), status: first(raw.status), page: first(raw.page) });
  const p = await loadConflictsPage(slug, query);
  const pageHref = (page: number) => `/venues/${slug}/chair/conflicts?${new URLSearchParams({ q: query.q, status: query.status, page: String(page) })}`;
  return (
    <div className="space-y-8">
      <VenueHeading venue={p.venue} console="Conflicts" />
      <ChairNav slug={slug} current="conflicts" />

      {p.assigned.length > 0 && (
        <section aria-labelledby="assigned-conflicts" className="space-y-2 rounded-lg border-2 border-red-300 bg-red-50 p-4">
          <h2 id="assigned-conflicts" className="text-lg font-semibold text-red-900">Assigned despite a conflict ({p.assigned.length})</h2>
          <p className="text-sm text-red-900">
            These reviewers are assigned to a paper they are conflicted with. Nothing was removed: lift the conflict if it
            is not real, or start an assignment run that does not keep the deployed assignment and deploy it.
          </p>
          <ul className="list-disc space-y-1 pl-5 text-sm text-red-900">
            {p.assigned.map((c) => (
              <li key={c.id}>Paper #{c.submission.number} “{c.submission.title}” — {c.user.name}: {c.why}</li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="add-conflict" className="card space-y-3">
        <h2 id="add-conflict" className="text-lg font-semibold">Add a conflict</h2>
        <p className="text-sm text-slate-700">A conflict entered here is never changed by conflict detection, and the assignment never pairs the two.</p>
        <AddConflictForm venueId={p.venue.id} />
      </section>

      <section aria-labelledby="conflict-list" className="space-y-3">
        <h2 id="conflict-list" className="text-lg font-semibold">Conflicts</h2>
        <form method="get" className="flex flex-wrap items-end gap-3" role="search" aria-label="Search conflicts">
          <div className="space-y-1">
            <label htmlFor="q" className="block text-sm font-medium text-slate-800">Paper number, title or reviewer</label>
            <input id="q" name="q" defaultValue={query.q} className="input" />
          </div>
          <div className="space-y-1">
            <label htmlFor="status" className="block text-sm font-medium text-slate-800">Show</label>
            <select id="status" name="status" defaultValue={query.status} className="input">
              <option value="active">In force</option>
              <option value="lifted">Lifted</option>
              <option value="all">All</option>
            </select>
          </div>
          <button type="submit" className="btn-secondary">Search</button>
        </form>
        <p className="text-sm text-slate-700" aria-live="polite">{p.total} conflict{p.total === 1 ? "" : "s"}{query.q ? ` matching “${query.q}”` : ""}.</p>
        {p.rows.length === 0 ? (
          <EmptyState>No conflicts to show.</EmptyState>
        ) : (
          <div className="card overflow-x-auto p-0">
            <table className="table-base">
              <caption className="sr-only">Conflicts with their source and reasons</caption>
              <thead>
                <tr><th scope="col">Paper</th><th scope="col">Reviewer</th><th scope="col">Source</th><th scope="col">Reasons</th><th scope="col">Status</th><th scope="col"><span className="sr-only">Actions</span></th></tr>
              </thead>
              <tbody>
                {p.rows.map((c) => (
                  <tr key={c.id}>
                    <td><span className="tabular-nums">#{c.submission.number}</span> <span className="text-xs text-slate-700">{c.submission.title}</span></td>
                    <td>{c.user.name}<div className="text-xs text-slate-600">{c.user.email}</div></td>
                    <td>{SOURCE[c.source] ?? c.source}</td>
                    <td className="max-w-md text-xs">{c.why}</td>
                    <td className="text-xs">{c.liftedAt ? <span className="text-amber-900">Lifted {day(c.liftedAt)} by {c.liftedBy}</span> : <span>In force since {day(c.createdAt)}</span>}</td>
                    <td>{!c.liftedAt && <LiftConflictButton venueId={p.venue.id} conflictId={c.id} label={`paper ${c.submission.number} with ${c.user.name}`} />}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {p.pages > 1 && (
          <nav aria-label="Pages of conflicts" className="flex items-center gap-4 text-sm">
            {query.page > 1 && <Link className="text-brand-700 underline" href={pageHref(query.page - 1)}>Previous page</Link>}
            <span>Page {query.page} of {p.pages}</span>
            {query.page < p.pages && <Link className="text-brand-700 underline" href={pageHref(query.page + 1)}>Next page</Link>}
          </nav>
        )}
      </section>
    </div>
  );
}
