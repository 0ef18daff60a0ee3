import type { Metadata } from "next";
import Link from "next/link";
import { StatusBadge, utc } from "@/app/venues/[slug]/chair/assignment/bits";
import { VerdictBadge } from "@/app/_components/verdict-badge";
import { EmptyState } from "@/app/_components/venue-bits";
import { loadExperiment, runtimeLabel } from "@/lib/experiments/loaders";
import { PaperTrail } from "../paper-trail";
import { DeleteExperimentForm, RerunForm, StressTestForm } from "./controls";
import { LatestFigure } from "./latest-figure";

export const metadata: Metadata = { title: "Experiment" };

function range(p: { type: string; min?: number; max?: number; allowed?: unknown[]; maxItems?: number }): string {
  if (p.type === "boolean") return "true / false";
  if (p.allowed) return p.allowed.map((v) => JSON.stringify(v)).join(", ");
  const bounds = p.min !== undefined || p.max !== undefined ? `${p.min ?? "−∞"} … ${p.max ?? "∞"}` : "any";
  return p.type === "number[]" ? `${bounds} each${p.maxItems ? `, ≤ ${p.maxItems} values` : ""}` : bounds;
}

export default async function ExperimentPage({ params }: { params: Promise<{ slug: string; number: string; experimentId: string }> }) {
  const { slug, number, experimentId } = await params;
  const p = await loadExperiment(slug, number, experimentId);
  const m = p.manifest;
  const base = `/venues/${slug}/papers/${p.number}/experiments/${p.experiment.id}`;
  const latest = p.runs.find((r) => !r.isStressTest) ?? null;
  return (
    <div className="space-y-8">
      <PaperTrail slug={slug} venueName={p.venue.shortName} number={p.number} title={p.title} isAuthor={p.isAuthor} isReviewer={p.isReviewer} />
      <div className="space-y-1">
        <p className="text-xs font-medium uppercase tracking-wide text-slate-600">{m.figure}</p>
        <h1 className="text-2xl font-semibold">{m.title}</h1>
        <p className="text-sm text-slate-700">
          {runtimeLabel(m)} · manifest <code title={p.experiment.manifestHash}>{p.experiment.manifestHash.slice(0, 12)}</code>
          {p.experiment.bundleHash && (
            <>
              {" "}· bundle <code title={p.experiment.bundleHash}>{p.experiment.bundleHash.slice(0, 12)}</code>
            </>
          )}
        </p>
        <VerdictBadge verdict={latest?.verdict ?? null} status={latest?.status ?? null} prefix="At the declared settings" />
      </div>

      {p.latestDeclaredRunId ? <LatestFigure slug={slug} number={p.number} experimentId={p.experiment.id} runId={p.latestDeclaredRunId} /> : <EmptyState>No run at the declared settings has finished yet.</EmptyState>}

      <section aria-labelledby="params" className="card overflow-x-auto p-0">
        <table className="w-full text-sm">
          <caption id="params" className="px-4 pt-3 text-left text-lg font-semibold">Parameters and the assumptions they stand for</caption>
          <thead className="text-left text-slate-600">
            <tr><th className="px-4 py-2">Parameter</th><th className="px-4 py-2">Assumption</th><th className="px-4 py-2">Default</th><th className="px-4 py-2">Allowed</th><th className="px-4 py-2">Reviewers may change</th></tr>
          </thead>
          <tbody>
            {Object.entries(m.parameters).map(([name, spec]) => (
              <tr key={name} className="border-t border-slate-100">
                <th scope="row" className="px-4 py-2 text-left font-mono font-normal">{name}{spec.description && <span className="block font-sans text-xs text-slate-600">{spec.description}</span>}</th>
                <td className="px-4 py-2">{spec.assumption}</td>
                <td className="px-4 py-2 font-mono">{JSON.stringify(spec.default)}</td>
                <td className="px-4 py-2">{range(spec)}</td>
                <td className="px-4 py-2">{spec.reviewerChangeable ? "Yes" : "No"}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="px-4 pb-3 text-xs text-slate-600">
          Seeds {m.seeds.join(", ")} · tolerance {"band" in m.tolerance ? "inside the claimed band" : `rtol ${m.tolerance.rtol}, atol ${m.tolerance.atol}`} · limits {m.limits.cpuSeconds} s CPU, {m.limits.wallSeconds} s wall, {m.limits.memoryMb} MB memory, {m.limits.outputMb} MB output, {m.limits.processes} process(es)
        </p>
      </section>

      <div className="grid gap-4 lg:grid-cols-2">
        {p.isReviewer && (
          <StressTestForm
            slug={slug}
            number={p.number}
            experimentId={p.experiment.id}
            blocked={p.stressBlocked}
            used={p.used}
            quota={p.quota}
            parameters={Object.entries(m.parameters).filter(([, s]) => s.reviewerChangeable).map(([name, s]) => ({ name, type: s.type, assumption: s.assumption, defaultValue: s.default, range: range(s), allowed: "allowed" in s ? (s.allowed as (string | number)[] | undefined) : undefined }))}
          />
        )}
        {!p.rerunBlocked && <RerunForm slug={slug} number={p.number} experimentId={p.experiment.id} />}
        {p.isAuthor && <DeleteExperimentForm slug={slug} number={p.number} experimentId={p.experiment.id} />}
      </div>

      <section aria-labelledby="runs" className="card overflow-x-auto p-0">
        <table className="w-full text-sm">
          <caption id="runs" className="px-4 pt-3 text-left text-lg font-semibold">Runs</caption>
          <thead className="text-left text-slate-600">
            <tr><th className="px-4 py-2">Started</th><th className="px-4 py-2">Kind</th><th className="px-4 py-2">Status</th><th className="px-4 py-2">Verdict</th><th className="px-4 py-2">Parameters</th></tr>
          </thead>
          <tbody>
            {p.runs.map((r) => (
              <tr key={r.id} className="border-t border-slate-100">
                <td className="px-4 py-2"><Link className="text-brand-700 underline" href={`${base}/runs/${r.id}`}>{utc(r.createdAt)}</Link></td>
                <td className="px-4 py-2">{r.isStressTest ? "Stress test" : "Declared settings"}{r.evidenceTheoremId && <span className="ml-1 rounded bg-brand-50 px-1.5 text-xs text-brand-900">evidence</span>}</td>
                <td className="px-4 py-2"><StatusBadge status={r.status} /></td>
                <td className="px-4 py-2">{r.verdict ? <VerdictBadge verdict={r.verdict} /> : "—"}</td>
                <td className="max-w-xs truncate px-4 py-2 font-mono text-xs" title={JSON.stringify(r.params)}>{JSON.stringify(r.params)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {p.files.length > 0 && (
        <details className="card">
          <summary className="cursor-pointer font-semibold">Bundle files ({p.files.length})</summary>
          <ul className="mt-2 space-y-0.5 font-mono text-xs">{p.files.map((f) => <li key={f.path}>{f.path} <span className="text-slate-500">({f.size.toLocaleString("en")} bytes)</span></li>)}</ul>
        </details>
      )}
    </div>
  );
}
