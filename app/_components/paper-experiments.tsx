// A paper page's experiments panel: verdict badges at the declared settings, a link to the experiments, and the
// stress tests reviewers attached to their reviews as evidence. Checks access itself; renders nothing otherwise.
import Link from "next/link";
import { loadPaperExperimentSummary } from "@/lib/experiments/loaders";
import { ExperimentBadges } from "./experiment-badges";
import { VerdictBadge } from "./verdict-badge";

export async function PaperExperiments({ slug, number }: { slug: string; number: number }) {
  const s = await loadPaperExperimentSummary(slug, number);
  if (!s) return null;
  const base = `/venues/${slug}/papers/${number}/experiments`;
  return (
    <section aria-labelledby="experiments" className="card space-y-3">
      <h2 id="experiments" className="text-lg font-semibold">Experiments</h2>
      <ExperimentBadges slug={slug} number={number} badges={s.badges} empty="No experiments are attached to this paper." />
      <p className="text-sm">
        <Link className="text-brand-700 underline" href={base}>Open the experiments</Link>
        {s.badges.length > 0 && " to see figures, re-run them or stress-test their assumptions."}
      </p>
      {s.evidence.length > 0 && (
        <div className="overflow-x-auto">
          <table className="w-full text-sm">
            <caption className="text-left font-medium">{s.evidenceScope === "own" ? "Your stress tests attached to your review" : "Stress tests reviewers attached as evidence"}</caption>
            <thead className="text-left text-slate-600">
              <tr><th className="px-2 py-1">Theorem</th><th className="px-2 py-1">Assumption</th><th className="px-2 py-1">Run</th><th className="px-2 py-1">Parameters</th><th className="px-2 py-1">Note</th></tr>
            </thead>
            <tbody>
              {s.evidence.map((e) => (
                <tr key={e.runId} className="border-t border-slate-100">
                  <td className="px-2 py-1">{e.theorem}</td>
                  <td className="px-2 py-1">{e.assumption}</td>
                  <td className="px-2 py-1"><Link href={`${base}/${e.experimentId}/runs/${e.runId}`}><VerdictBadge verdict={e.verdict} status={e.status} prefix={e.figureLabel} /></Link></td>
                  <td className="max-w-xs truncate px-2 py-1 font-mono text-xs" title={JSON.stringify(e.params)}>{JSON.stringify(e.params)}</td>
                  <td className="px-2 py-1">{e.note}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
