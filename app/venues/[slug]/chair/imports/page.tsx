import type { Metadata } from "next";
import { loadImportsPage } from "@/lib/imports/loaders";
import { EmptyState, VenueHeading } from "../../../../_components/venue-bits";
import { ChairNav } from "../chair-nav";
import { ImportForm, PublicationsImportForm, ScoresImportForm } from "./import-form";

export const metadata: Metadata = { title: "Imports" };

export default async function ImportsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { venue, recent } = await loadImportsPage(slug);
  return (
    <div className="space-y-8">
      <VenueHeading venue={venue} console="Imports" />
      <ChairNav slug={slug} current="imports" />
      <p className="text-sm text-slate-700">
        Re-importing a file updates what it names (papers by number or id, reviewers by email) and never duplicates. A
        file with errors imports nothing unless you choose to skip its bad rows.
      </p>
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="import-submissions" className="card space-y-3">
          <h2 id="import-submissions" className="text-lg font-semibold">Submissions</h2>
          <ImportForm venueId={venue.id} kind="submissions" columns="number or id, title, abstract, keywords (a; b), authors (Name <email>; …)" />
        </section>
        <section aria-labelledby="import-reviewers" className="card space-y-3">
          <h2 id="import-reviewers" className="text-lg font-semibold">Reviewers</h2>
          <ImportForm venueId={venue.id} kind="reviewers" columns="name, email, institutions (MIT (2019-); Stanford (2014-2019)), max load, seniority" />
        </section>
        <section aria-labelledby="import-publications" className="card space-y-3">
          <h2 id="import-publications" className="text-lg font-semibold">Reviewer publications</h2>
          <PublicationsImportForm venueId={venue.id} />
        </section>
        <section aria-labelledby="import-scores" className="card space-y-3">
          <h2 id="import-scores" className="text-lg font-semibold">Affinity scores computed elsewhere</h2>
          <ScoresImportForm venueId={venue.id} />
        </section>
      </div>
      <section aria-labelledby="recent-imports" className="space-y-3">
        <h2 id="recent-imports" className="text-lg font-semibold">Recent imports</h2>
        {recent.length === 0 ? (
          <EmptyState>No imports yet.</EmptyState>
        ) : (
          <div className="card overflow-x-auto p-0">
            <table className="table-base">
              <caption className="sr-only">Recent imports with their counts</caption>
              <thead>
                <tr>
                  <th scope="col">When (UTC)</th><th scope="col">What</th><th scope="col">File</th><th scope="col">By</th>
                  <th scope="col" className="text-right">Created</th><th scope="col" className="text-right">Updated</th><th scope="col" className="text-right">Skipped</th>
                </tr>
              </thead>
              <tbody>
                {recent.map((r) => (
                  <tr key={r.id}>
                    <td><time dateTime={r.at.toISOString()}>{r.at.toISOString().slice(0, 16).replace("T", " ")}</time></td>
                    <td>{r.kind}</td><td>{r.fileName}</td><td>{r.by}</td>
                    <td className="text-right tabular-nums">{r.created}</td><td className="text-right tabular-nums">{r.updated}</td><td className="text-right tabular-nums">{r.skipped}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
