import type { Metadata } from "next";
import Link from "next/link";
import { loadExperimentList } from "@/lib/experiments/loaders";
import { EmptyState } from "@/app/_components/venue-bits";
import { VerdictBadge } from "@/app/_components/verdict-badge";
import { readDemoManifestExample } from "@/lib/experiments/examples";
import { AttachBuiltinForm, AttachBundleForm } from "./attach-forms";
import { PaperTrail } from "./paper-trail";

export const metadata: Metadata = { title: "Experiments" };

export default async function ExperimentsPage({ params }: { params: Promise<{ slug: string; number: string }> }) {
  const { slug, number } = await params;
  const p = await loadExperimentList(slug, number);
  const base = `/venues/${slug}/papers/${p.number}/experiments`;
  return (
    <div className="space-y-8">
      <PaperTrail slug={slug} venueName={p.venue.shortName} number={p.number} title={p.title} isAuthor={p.isAuthor} isReviewer={p.isReviewer} />
      <h1 className="text-2xl font-semibold">Experiments of paper {p.number}</h1>
      <p className="max-w-3xl text-sm text-slate-700">
        Each experiment regenerates one of the paper&apos;s figures. Tangent runs it, compares the result point by point with the numbers the
        paper claims, and gives a verdict. Reviewers can re-run it at other settings of the parameters the authors marked as changeable.
      </p>

      <section aria-labelledby="list" className="space-y-3">
        <h2 id="list" className="text-lg font-semibold">Attached experiments</h2>
        {p.experiments.length === 0 ? (
          <EmptyState>No experiments are attached to this paper.</EmptyState>
        ) : (
          <ul className="grid gap-3 md:grid-cols-2">
            {p.experiments.map((e) => (
              <li key={e.id} className="card space-y-2">
                <p className="text-xs font-medium uppercase tracking-wide text-slate-600">{e.figureLabel}</p>
                <h3 className="font-semibold">
                  <Link className="text-brand-700 underline" href={`${base}/${e.id}`}>{e.title}</Link>
                </h3>
                <p className="text-sm text-slate-700">{e.runtime}</p>
                <VerdictBadge verdict={e.latest?.verdict ?? null} status={e.latest?.status ?? null} />
              </li>
            ))}
          </ul>
        )}
      </section>

      {p.isAuthor && (
        <section aria-labelledby="attach" className="space-y-4">
          <h2 id="attach" className="text-lg font-semibold">Attach an experiment</h2>
          {p.editBlocked ? (
            <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">{p.editBlocked}</p>
          ) : (
            <div className="grid gap-4 lg:grid-cols-2">
              <AttachBundleForm slug={slug} number={p.number} />
              <AttachBuiltinForm slug={slug} number={p.number} example={readDemoManifestExample()} />
            </div>
          )}
        </section>
      )}
    </div>
  );
}
