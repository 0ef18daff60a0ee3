import type { Metadata } from "next";
import Link from "next/link";
import { formatAoE } from "@/lib/time/aoe";
import { loadReviewerConsole } from "@/lib/venues/loaders";
import { Deadlines, EmptyState, VenueHeading } from "../../../_components/venue-bits";

export const metadata: Metadata = { title: "Reviewer console" };

function reviewState(reviews: { status: string }[]): { label: string; tone: string } {
  const r = reviews[0];
  if (!r) return { label: "Not started", tone: "bg-amber-50 text-amber-900" };
  if (r.status === "SUBMITTED") return { label: "Submitted", tone: "bg-emerald-50 text-emerald-900" };
  return { label: "Draft", tone: "bg-sky-50 text-sky-900" };
}

export default async function ReviewerConsolePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { venue, papers } = await loadReviewerConsole(slug);
  const done = papers.filter((p) => p.reviews[0]?.status === "SUBMITTED").length;
  return (
    <div className="space-y-8">
      <VenueHeading venue={venue} console="Reviewer console">
        <div className="space-y-1 text-right text-sm">
          <p className="text-slate-700">{done} of {papers.length} reviews submitted</p>
          <p><Link href={`/venues/${venue.slug}/reviewer/bids`} className="underline">Bid on papers</Link></p>
        </div>
      </VenueHeading>
      <Deadlines venue={venue} only={["biddingDeadline", "reviewDeadline"]} />
      <section aria-labelledby="assigned" className="space-y-3">
        <h2 id="assigned" className="text-lg font-semibold">Your assigned papers</h2>
        {papers.length === 0 ? (
          <EmptyState>No papers are assigned to you yet. They appear here once the chairs deploy the assignment.</EmptyState>
        ) : (
          <ul className="space-y-3">
            {papers.map((p) => {
              const state = reviewState(p.reviews);
              const due = p.assignments[0]?.dueAt;
              return (
                <li key={p.id} className="card space-y-2">
                  <div className="flex flex-wrap items-start justify-between gap-2">
                    <h3 className="font-semibold">
                      <span className="text-slate-600">#{p.number}</span>{" "}
                      <Link href={`/venues/${venue.slug}/reviewer/papers/${p.number}`} className="underline decoration-slate-300 hover:decoration-current">{p.title}</Link>
                    </h3>
                    <span className={`rounded-full px-2.5 py-0.5 text-xs font-medium ${state.tone}`}>{state.label}</span>
                  </div>
                  <p className="line-clamp-3 text-sm text-slate-700">{p.abstract}</p>
                  <p className="text-xs text-slate-600">
                    {p._count.theorems} theorem{p._count.theorems === 1 ? "" : "s"} · {p.keywords.join(", ")}
                    {due && <> · personal deadline {formatAoE(due)}</>}
                  </p>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}
