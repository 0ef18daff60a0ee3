import type { Metadata } from "next";
import Link from "next/link";
import { roleName } from "@/lib/mail/templates";
import { loadHome } from "@/lib/venues/loaders";
import { Deadlines, EmptyState, PhaseBadge } from "./_components/venue-bits";

export const metadata: Metadata = { title: "Your venues" };

export default async function HomePage() {
  const { viewer, venues } = await loadHome();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Your venues</h1>
      {venues.length === 0 && <EmptyState>You have no role in any venue yet. A chair&apos;s invitation will bring you here.</EmptyState>}
      <ul className="space-y-4">
        {venues.map((v) => (
          <li key={v.id} className="card space-y-3">
            <div className="flex flex-wrap items-start justify-between gap-3">
              <div>
                <h2 className="text-lg font-semibold">
                  <Link href={`/venues/${v.slug}`} className="text-brand-700 underline">{v.name}</Link>
                </h2>
                <p className="text-sm text-slate-700">{v.description}</p>
              </div>
              <PhaseBadge phase={v.phase} />
            </div>
            <p className="text-sm">
              Your roles:{" "}
              {v.memberships.map((m) => roleName(m.role)).join(", ")}
              {viewer.isSiteAdmin && " (site administrator)"}
            </p>
            <Deadlines venue={v} />
          </li>
        ))}
      </ul>
    </div>
  );
}
