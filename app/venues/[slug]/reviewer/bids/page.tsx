import type { Metadata } from "next";
import Link from "next/link";
import { loadBidding, type SearchParams } from "@/lib/bids/loaders";
import { Deadlines, EmptyState, VenueHeading } from "../../../../_components/venue-bits";
import { BidControl } from "./bid-control";

export const metadata: Metadata = { title: "Bidding" };

function AffinityBar({ score }: { score: number | null }) {
  if (score === null) return <p className="text-xs text-slate-600">No affinity score</p>;
  const width = Math.round(Math.min(1, Math.max(0, score)) * 100);
  return (
    <p className="flex items-center gap-2 text-xs text-slate-700">
      <span aria-hidden="true" className="inline-block h-2 w-24 overflow-hidden rounded bg-slate-200">
        <span className="block h-full bg-brand-600" style={{ width: `${width}%` }} />
      </span>
      <span>Affinity {score.toFixed(2)}</span>
    </p>
  );
}

export default async function BiddingPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> }) {
  const { slug } = await params;
  const { venue, query, papers, matching, pages, counts, closedReason } = await loadBidding(slug, await searchParams);
  const base = `/venues/${venue.slug}/reviewer/bids`;
  const pageHref = (page: number) => {
    const sp = new URLSearchParams();
    if (query.q) sp.set("q", query.q);
    if (query.unbid) sp.set("unbid", "1");
    if (page > 1) sp.set("page", String(page));
    const s = sp.toString();
    return s ? `${base}?${s}` : base;
  };
  return (
    <div className="space-y-6">
      <VenueHeading venue={venue} console="Bidding">
        <p className="text-sm text-slate-700" data-testid="bid-count">
          You have bid on {counts.bid} of {counts.total} papers
        </p>
      </VenueHeading>
      <p className="text-sm">
        <Link href={`/venues/${venue.slug}/reviewer`} className="underline">Back to the reviewer console</Link>
      </p>
      <Deadlines venue={venue} only={["biddingDeadline"]} />
      {closedReason && (
        <p className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950">{closedReason} Your bids are shown below.</p>
      )}
      <form method="get" action={base} role="search" aria-label="Search the papers" className="card flex flex-wrap items-end gap-3">
        <div className="min-w-64 flex-1">
          <label htmlFor="bid-q" className="block text-sm font-medium">Search titles, abstracts and keywords</label>
          <input id="bid-q" name="q" type="search" className="input" defaultValue={query.q} />
        </div>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="unbid" value="1" defaultChecked={query.unbid} />
          Only papers I have not bid on
        </label>
        <button type="submit" className="btn-primary">Search</button>
      </form>
      <section aria-labelledby="papers" className="space-y-3">
        <h2 id="papers" className="text-lg font-semibold">
          Papers, best affinity first <span className="text-sm font-normal text-slate-600">({matching} matching)</span>
        </h2>
        {papers.length === 0 ? (
          <EmptyState>{query.q || query.unbid ? "No papers match. Clear the search or the filter to see more." : "There are no papers to bid on."}</EmptyState>
        ) : (
          <ul className="space-y-3">
            {papers.map((p) => (
              <li key={p.id} className="card space-y-2" data-testid="bid-paper">
                <h3 className="font-semibold">
                  <span className="text-slate-600">#{p.number}</span> {p.title}
                </h3>
                {p.keywords.length > 0 && <p className="text-xs text-slate-600">{p.keywords.join(", ")}</p>}
                <AffinityBar score={p.affinity} />
                <details className="text-sm text-slate-700">
                  <summary className="cursor-pointer">Abstract</summary>
                  <p className="mt-1 whitespace-pre-line">{p.abstract}</p>
                </details>
                <BidControl slug={venue.slug} number={p.number} initial={p.bid} disabled={closedReason !== null} />
              </li>
            ))}
          </ul>
        )}
        {pages > 1 && (
          <nav aria-label="Pages" className="flex items-center gap-3 text-sm">
            {query.page > 1 && <Link className="underline" href={pageHref(query.page - 1)}>Previous page</Link>}
            <span>Page {query.page} of {pages}</span>
            {query.page < pages && <Link className="underline" href={pageHref(query.page + 1)}>Next page</Link>}
          </nav>
        )}
      </section>
    </div>
  );
}
