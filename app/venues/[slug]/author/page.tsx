import type { Metadata } from "next";
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
                    {s.decision?.releasedAt ? s.decision.value.replace(/_/g, " ").toLowerCase() : STATUS_LABELS[s.status]}
                  </span>
                </div>
                <p className="text-sm text-slate-700">{s.authors.map((a) => (a.institution ? `${a.name} (${a.institution})` : a.name)).join(", ")}</p>
                <p className="text-xs text-slate-600">
                  Theorems: {s.theorems.length ? s.theorems.map((t) => t.label).join(", ") : "none declared"} · last updated {formatAoE(s.updatedAt)}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
