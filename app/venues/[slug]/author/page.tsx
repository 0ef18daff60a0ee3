import type { Metadata } from "next";
import Link from "next/link";
import { DECISION_LABELS } from "@/lib/decisions/schema";
import { formatAoE } from "@/lib/time/aoe";
import { loadAuthorConsole } from "@/lib/venues/loaders";
import { Deadlines, EmptyState, VenueHeading } from "../../../_components/venue-bits";

export const metadata: Metadata = { title: "Author console" };

const STATUS_LABELS: Record<string, string> = { DRAFT: "Draft", SUBMITTED: "Submitted", WITHDRAWN: "Withdrawn", DESK_REJECTED: "Desk rejected" };

export default async function AuthorConsolePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { venue, submissions } = await loadAuthorConsole(slug);
  return (
    <div className="space-y-8">
      <VenueHeading venue={venue} console="Author console" />
      <Deadlines venue={venue} only={["submissionDeadline", "rebuttalDeadline", "decisionDeadline"]} />
      <section aria-labelledby="mine" className="space-y-3">
        <h2 id="mine" className="text-lg font-semibold">Your submissions</h2>
        {submissions.length === 0 ? (
          <EmptyState>You have no submissions in this venue.</EmptyState>
        ) : (
          <ul className="space-y-3">
            {submissions.map((s) => (
              <li key={s.id} className="card space-y-2">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <h3 className="font-semibold">
                    <span className="text-slate-600">#{s.number}</span> {s.title}
                  </h3>
                  <span className="rounded-full bg-slate-100 px-2.5 py-0.5 text-xs font-medium">
                    {s.decision?.releasedAt ? DECISION_LABELS[s.decision.value] : STATUS_LABELS[s.status]}
                  </span>
                </div>
                <p className="text-sm text-slate-700">{s.authors.map((a) => (a.institution ? `${a.name} (${a.institution})` : a.name)).join(", ")}</p>
                <p className="text-xs text-slate-600">
                  Theorems: {s.theorems.length ? s.theorems.map((t) => t.label).join(", ") : "none declared"} · last updated {formatAoE(s.updatedAt)}
                </p>
                <Link href={`/venues/${venue.slug}/author/papers/${s.number}`} className="text-sm text-brand-700 underline">
                  Theorems and assumptions of #{s.number}
                </Link>{" "}
                <Link href={`/venues/${venue.slug}/papers/${s.number}/experiments`} className="text-sm text-brand-700 underline">
                  Experiments of #{s.number}
                </Link>{" "}
                <Link href={`/venues/${venue.slug}/author/papers/${s.number}/reviews`} className="text-sm text-brand-700 underline">
                  {s.decision?.releasedAt ? `Decision and reviews of #${s.number}` : `Reviews and response of #${s.number}`}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
