import type { Metadata } from "next";
import Link from "next/link";
import { loadComparePage } from "@/lib/assignment/loaders";
import { EmptyState, Stat, VenueHeading } from "../../../../../_components/venue-bits";
import { ChairNav } from "../../chair-nav";
import { utc } from "../bits";

export const metadata: Metadata = { title: "Compare assignment runs" };

const SHOWN = 200;

function one(v: string | string[] | undefined): string | undefined {
  const s = Array.isArray(v) ? v[0] : v;
  return s && s.length <= 100 ? s : undefined;
}

const signed = (x: number) => `${x >= 0 ? "+" : "−"}${Math.abs(x).toFixed(2)}`;

export default async function CompareRunsPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { slug } = await params;
  const q = await searchParams;
  const p = await loadComparePage(slug, one(q.a), one(q.b));
  const c = p.comparison;
  const label = (r: { createdAt: Date; objective: string; deployedAt: Date | null }) => `${utc(r.createdAt)} · ${r.objective === "FAIR" ? "fairest" : "highest total"}${r.deployedAt ? " · deployed" : ""}`;
  return (
    <div className="space-y-8">
      <VenueHeading venue={p.venue} console="Compare assignment runs" />
      <ChairNav slug={slug} current="assignment" />
      <p className="text-sm"><Link href={`/venues/${slug}/chair/assignment`} className="text-brand-700 underline">All runs</Link></p>

      <section aria-labelledby="choose" className="card space-y-3">
        <h2 id="choose" className="text-lg font-semibold">Runs to compare</h2>
        {p.runs.length < 2 ? (
          <EmptyState>At least two finished runs are needed.</EmptyState>
        ) : (
          <form method="get" className="grid gap-4 sm:grid-cols-3 sm:items-end">
            {(["a", "b"] as const).map((k) => (
              <div key={k} className="space-y-1">
                <label htmlFor={`run-${k}`} className="block text-sm font-medium text-slate-800">{k === "a" ? "Run A (before)" : "Run B (after)"}</label>
                <select id={`run-${k}`} name={k} className="input" defaultValue={p.chosen[k]?.id ?? p.runs[k === "a" ? 1 : 0]?.id}>
                  {p.runs.map((r) => <option key={r.id} value={r.id}>{label(r)}</option>)}
                </select>
              </div>
            ))}
            <button type="submit" className="btn-primary">Compare</button>
          </form>
        )}
        {p.problem && <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">{p.problem}</p>}
      </section>

      {c && p.chosen.a && p.chosen.b && (
        <>
          <section aria-labelledby="totals" className="space-y-3">
            <h2 id="totals" className="text-lg font-semibold">Totals</h2>
            <div className="card overflow-x-auto p-0">
              <table className="table-base">
                <caption className="sr-only">Totals of run A and run B</caption>
                <thead><tr><th scope="col">Measure</th><th scope="col" className="text-right">Run A</th><th scope="col" className="text-right">Run B</th><th scope="col" className="text-right">B − A</th></tr></thead>
                <tbody>
                  <tr><th scope="row">Objective</th><td className="text-right">{c.a.objective}</td><td className="text-right">{c.b.objective}</td><td /></tr>
                  <tr><th scope="row">Total score</th><td className="text-right tabular-nums">{c.a.totalScore.toFixed(2)}</td><td className="text-right tabular-nums">{c.b.totalScore.toFixed(2)}</td><td className="text-right tabular-nums">{signed(c.b.totalScore - c.a.totalScore)}</td></tr>
                  <tr><th scope="row">Lowest paper score</th><td className="text-right tabular-nums">{c.a.lowestPaperScore.toFixed(2)}</td><td className="text-right tabular-nums">{c.b.lowestPaperScore.toFixed(2)}</td><td className="text-right tabular-nums">{signed(c.b.lowestPaperScore - c.a.lowestPaperScore)}</td></tr>
                  <tr><th scope="row">Assigned pairs</th><td className="text-right tabular-nums">{c.a.assigned}</td><td className="text-right tabular-nums">{c.b.assigned}</td><td className="text-right tabular-nums">{c.b.assigned - c.a.assigned}</td></tr>
                  <tr><th scope="row">Papers with no reviewer</th><td className="text-right tabular-nums">{c.a.papersWithoutReviewers}</td><td className="text-right tabular-nums">{c.b.papersWithoutReviewers}</td><td /></tr>
                </tbody>
              </table>
            </div>
            <div className="grid grid-cols-2 gap-4 lg:grid-cols-4">
              <Stat label="Pairs in both" value={c.pairs.both} />
              <Stat label="Pairs only in A" value={c.pairs.onlyA} />
              <Stat label="Pairs only in B" value={c.pairs.onlyB} />
              <Stat label="Papers changed" value={c.papersChanged} />
            </div>
          </section>

          <section aria-labelledby="changed" className="space-y-3">
            <h2 id="changed" className="text-lg font-semibold">Papers whose reviewers differ, largest drop first</h2>
            {c.papers.length === 0 ? (
              <EmptyState>Both runs give every paper the same reviewers.</EmptyState>
            ) : (
              <div className="card overflow-x-auto p-0">
                <table className="table-base">
                  <caption className="sr-only">Papers whose reviewers differ between run A and run B</caption>
                  <thead><tr><th scope="col">#</th><th scope="col">Title</th><th scope="col">Removed (in A only)</th><th scope="col">Added (in B only)</th><th scope="col">Kept</th><th scope="col" className="text-right">Score A → B</th></tr></thead>
                  <tbody>
                    {c.papers.slice(0, SHOWN).map((d) => (
                      <tr key={d.id}>
                        <td className="tabular-nums">{d.number}</td>
                        <td className="max-w-xs">{d.title}</td>
                        <td className="text-red-800">{d.removed.map((r) => `${r.name} (${r.score.toFixed(2)})`).join(", ") || "—"}</td>
                        <td className="text-emerald-800">{d.added.map((r) => `${r.name} (${r.score.toFixed(2)})`).join(", ") || "—"}</td>
                        <td className="text-xs text-slate-700">{d.kept.map((r) => r.name).join(", ") || "—"}</td>
                        <td className="whitespace-nowrap text-right tabular-nums">{d.totalA.toFixed(2)} → {d.totalB.toFixed(2)} ({signed(d.totalB - d.totalA)})</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            {c.papers.length > SHOWN && <p className="text-sm text-slate-700">Showing the {SHOWN} papers with the largest drop of {c.papers.length}.</p>}
          </section>
        </>
      )}
    </div>
  );
}
