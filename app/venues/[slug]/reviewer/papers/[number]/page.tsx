import type { Metadata } from "next";
import Link from "next/link";
import { loadReviewerPaper } from "@/lib/reviews/loaders";
import { formatAoE, timeLeft } from "@/lib/time/aoe";
import { ASSUMPTION_FIELDS } from "@/lib/theorems/taxonomy";
import { loadPaperConversation } from "@/lib/discussion/loaders";
import { AuthorResponseView, DiscussionThread } from "../../../../../_components/discussion-thread";
import { Markdown } from "../../../../../_components/markdown";
import { PaperExperiments } from "../../../../../_components/paper-experiments";
import { EmptyState } from "../../../../../_components/venue-bits";
import { ReviewEditor } from "./review-editor";

export const metadata: Metadata = { title: "Review" };

export default async function ReviewerPaperPage({ params }: { params: Promise<{ slug: string; number: string }> }) {
  const { slug, number } = await params;
  const { venue, paper, form, review, deadline, lockedReason } = await loadReviewerPaper(slug, number);
  const conversation = await loadPaperConversation(slug, number);
  return (
    <div className="space-y-8">
      <div>
        <p className="text-sm text-slate-600">
          <Link href={`/venues/${venue.slug}/reviewer`} className="underline">{venue.shortName} reviewer console</Link> / Paper #{paper.number}
        </p>
        <h1 className="text-2xl font-semibold">{paper.title}</h1>
        {deadline && (
          <p className="mt-1 text-sm text-slate-700">
            Review deadline <time dateTime={deadline.toISOString()}>{formatAoE(deadline)}</time> ({timeLeft(deadline) ?? "passed"})
          </p>
        )}
      </div>

      <section aria-labelledby="paper" className="card space-y-3">
        <h2 id="paper" className="text-lg font-semibold">The paper</h2>
        <p className="whitespace-pre-line text-sm text-slate-800">{paper.abstract}</p>
        <p className="text-xs text-slate-600">Keywords: {paper.keywords.join(", ")}</p>
      </section>

      <section aria-labelledby="theorems" className="space-y-3">
        <h2 id="theorems" className="text-lg font-semibold">Theorems and their declared assumptions</h2>
        {paper.theorems.map((t) => (
          <article key={t.id} className="card space-y-2">
            <h3 className="font-semibold">{t.label}</h3>
            <Markdown className="font-serif text-sm text-slate-800">{t.statement}</Markdown>
            <dl className="grid grid-cols-1 gap-x-4 gap-y-1 text-xs sm:grid-cols-3">
              {ASSUMPTION_FIELDS.map((a) => (
                <div key={a.key} className="flex gap-1">
                  <dt className="text-slate-600">{a.label}:</dt>
                  <dd>{a.options.find((o) => o.value === t.declared[a.key])?.label ?? "not declared"}</dd>
                </div>
              ))}
            </dl>
          </article>
        ))}
      </section>

      <PaperExperiments slug={venue.slug} number={paper.number} />

      {form ? (
        <ReviewEditor
          slug={venue.slug}
          number={paper.number}
          form={{ version: form.version, fields: form.fields }}
          theorems={paper.theorems.map((t) => ({ id: t.id, label: t.label, declared: t.declared }))}
          review={review && { version: review.version, status: review.status, content: review.content, updatedAt: review.updatedAt.toISOString() }}
          lockedReason={lockedReason}
        />
      ) : (
        <EmptyState>The chairs have not published a review form yet.</EmptyState>
      )}

      <AuthorResponseView response={conversation.response} />
      <DiscussionThread c={conversation} />
    </div>
  );
}
