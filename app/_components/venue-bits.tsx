// Small presentational pieces shared by the three consoles.
import Link from "next/link";
import type { ReactNode } from "react";
import { formatAoE, timeLeft } from "@/lib/time/aoe";
import type { VenueSummary } from "@/lib/venues/data";

const PHASE_LABELS: Record<string, string> = {
  SETUP: "Setting up",
  SUBMISSION: "Submissions open",
  BIDDING: "Bidding",
  REVIEWING: "Reviewing",
  DISCUSSION: "Discussion",
  DECISIONS: "Decisions",
  RELEASED: "Decisions released",
};

export function PhaseBadge({ phase }: { phase: string }) {
  return <span className="rounded-full bg-brand-50 px-2.5 py-0.5 text-xs font-medium text-brand-900">{PHASE_LABELS[phase] ?? phase}</span>;
}

export function VenueHeading({ venue, console, children }: { venue: VenueSummary; console: string; children?: ReactNode }) {
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-3">
      <div>
        <p className="text-sm text-slate-600">
          <Link href="/" className="underline">Your venues</Link> / {venue.shortName}
        </p>
        <h1 className="text-2xl font-semibold">
          {venue.name} — {console}
        </h1>
        <div className="mt-1"><PhaseBadge phase={venue.phase} /></div>
      </div>
      {children}
    </div>
  );
}

type DeadlineKey = "submissionDeadline" | "biddingDeadline" | "reviewDeadline" | "rebuttalDeadline" | "decisionDeadline";
const DEADLINE_LABELS: [DeadlineKey, string][] = [
  ["submissionDeadline", "Submissions"],
  ["biddingDeadline", "Bidding"],
  ["reviewDeadline", "Reviews"],
  ["rebuttalDeadline", "Author response"],
  ["decisionDeadline", "Decisions"],
];

export function Deadlines({ venue, only }: { venue: VenueSummary; only?: DeadlineKey[] }) {
  const rows = DEADLINE_LABELS.filter(([k]) => (!only || only.includes(k)) && venue[k]);
  if (rows.length === 0) return null;
  const now = new Date();
  return (
    <section aria-labelledby="deadlines" className="card">
      <h2 id="deadlines" className="mb-3 text-base font-semibold">Deadlines (Anywhere on Earth)</h2>
      <dl className="grid grid-cols-1 gap-2 text-sm sm:grid-cols-2">
        {rows.map(([k, label]) => {
          const d = venue[k] as Date;
          const left = timeLeft(d, now);
          return (
            <div key={k} className="flex flex-wrap justify-between gap-2 rounded bg-slate-50 px-3 py-2">
              <dt className="font-medium">{label}</dt>
              <dd>
                <time dateTime={d.toISOString()}>{formatAoE(d)}</time>{" "}
                <span className={left ? "text-slate-600" : "text-slate-500"}>({left ?? "passed"})</span>
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}

export function Stat({ label, value, detail }: { label: string; value: number | string; detail?: string }) {
  return (
    <div className="card">
      <p className="text-sm text-slate-600">{label}</p>
      <p className="mt-1 text-2xl font-semibold tabular-nums">{value}</p>
      {detail && <p className="mt-1 text-xs text-slate-600">{detail}</p>}
    </div>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="rounded-md border border-dashed border-slate-300 px-4 py-6 text-center text-sm text-slate-600">{children}</p>;
}
