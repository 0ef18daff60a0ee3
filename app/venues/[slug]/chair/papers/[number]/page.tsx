import type { Metadata } from "next";
import Link from "next/link";
import { loadChairPaper } from "@/lib/reviews/loaders";
import { formatAoE } from "@/lib/time/aoe";
import { loadPaperConversation } from "@/lib/discussion/loaders";
import { loadDecisionPanel } from "@/lib/decisions/loaders";
import { AuthorResponseView, DiscussionThread } from "../../../../../_components/discussion-thread";
import { Markdown } from "../../../../../_components/markdown";
import { PaperExperiments } from "../../../../../_components/paper-experiments";
import { EmptyState } from "../../../../../_components/venue-bits";
import { AssumptionMatrix } from "./assumption-matrix";
import { DecisionPanel } from "./decision-panel";
import { ReviewAnswers } from "./review-answers";

export const metadata: Metadata = { title: "Paper — chair view" };

const fmt = (n: number | null) => (n === null ? "—" : n.toFixed(2));

export default async function ChairPaperPage({ params }: { params: Promise<{ slug: string; number: string }> }) {
  const { slug, number } = await params;
  const p = await loadChairPaper(slug, number);
  const [conversation, decision] = await Promise.all([loadPaperConversation(slug, number), loadDecisionPanel(slug, number)]);
  const reviewers = p.reviews.map((r) => r.label);
  return (
    <div className="space-y-8">
      <div>
        <p className="text-sm text-slate-600">
          <Link href={`/venues/${p.venue.slug}/chair`} className="underline">{p.venue.shortName} chair console</Link> / Paper #{p.paper.number}
        </p>
        <h1 className="text-2xl font-semibold">{p.paper.title}</h1>
        <p className="mt-1 text-sm text-slate-700">
          Area chair: {p.paper.areaChair ?? "unassigned"} · {p.reviews.length} of {p.expected} reviews submitted · {p.drafts} draft{p.drafts === 1 ? "" : "s"} in progress
        </p>
      </div>

      <section aria-labelledby="abstract" className="card space-y-2">
        <h2 id="abstract" className="text-lg font-semibold">Abstract</h2>
        <p className="whitespace-pre-line text-sm text-slate-800">{p.paper.abstract}</p>
        <p className="text-xs text-slate-600">Keywords: {p.paper.keywords.join(", ")}</p>
      </section>

      <section aria-labelledby="theorems" className="space-y-3">
        <h2 id="theorems" className="text-lg font-semibold">Theorems</h2>
        {p.theorems.length === 0 && <EmptyState>The authors have declared no theorems.</EmptyState>}
        {p.theorems.map((t) => (
          <article key={t.id} aria-labelledby={`theorem-${t.id}`} className="card space-y-2">
            <h3 id={`theorem-${t.id}`} className="font-semibold">{t.label}</h3>
            <Markdown className="font-serif text-sm text-slate-800">{t.statement}</Markdown>
          </article>
        ))}
      </section>

      <PaperExperiments slug={p.venue.slug} number={p.paper.number} />

      <section aria-labelledby="matrix" className="space-y-3">
        <h2 id="matrix" className="text-lg font-semibold">Assumption matrix</h2>
        {p.reviews.length === 0 ? (
          <EmptyState>No submitted reviews yet: the matrix fills in as reviewers submit.</EmptyState>
        ) : (
          p.theorems.map((t) => <AssumptionMatrix key={t.id} theoremLabel={t.label} rows={p.matrix.filter((r) => r.theoremId === t.id)} reviewers={reviewers} />)
        )}
      </section>

      {p.reviews.length > 0 && (
        <section aria-labelledby="scores" className="space-y-3">
          <h2 id="scores" className="text-lg font-semibold">Scores</h2>
          <div className="card overflow-x-auto p-0">
            <table className="table-base">
              <caption className="sr-only">Scores per reviewer with mean and spread</caption>
              <thead>
                <tr>
                  <th scope="col">Score</th>
                  {reviewers.map((r) => (
                    <th key={r} scope="col" className="text-right">{r}</th>
                  ))}
                  <th scope="col" className="text-right">Mean</th>
                  <th scope="col" className="text-right">Spread (SD, range)</th>
                </tr>
              </thead>
              <tbody>
                {p.scores.map((s) => (
                  <tr key={s.key}>
                    <th scope="row" className="font-medium">{s.label} <span className="text-xs font-normal text-slate-600">/ {s.max}</span></th>
                    {s.values.map((v) => (
                      <td key={v.reviewer} className="text-right tabular-nums">{v.value ?? "—"}</td>
                    ))}
                    <td className="text-right tabular-nums">{fmt(s.mean)}</td>
                    <td className="text-right tabular-nums">{s.sd === null ? "—" : `${fmt(s.sd)} (${s.min}–${s.maxGiven})`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}

      <section aria-labelledby="reviews" className="space-y-3">
        <h2 id="reviews" className="text-lg font-semibold">Reviews</h2>
        {p.reviews.length === 0 && <EmptyState>No submitted reviews yet.</EmptyState>}
        {p.reviews.map((r) => (
          <article key={r.id} aria-labelledby={`review-${r.id}`} className="card space-y-3">
            <h3 id={`review-${r.id}`} className="font-semibold">
              {r.label}
              {r.submittedAt && <span className="ml-2 text-sm font-normal text-slate-600">submitted {formatAoE(r.submittedAt)}</span>}
            </h3>
            <ReviewAnswers fields={r.form.fields} content={r.content} theorems={p.theorems} />
          </article>
        ))}
      </section>

      <AuthorResponseView response={conversation.response} />
      <DiscussionThread c={conversation} />
      <DecisionPanel d={decision} />
    </div>
  );
}
