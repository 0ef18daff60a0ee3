import type { Metadata } from "next";
import Link from "next/link";
import { loadAuthorPaperOutcome } from "@/lib/decisions/loaders";
import { DECISION_LABELS } from "@/lib/decisions/schema";
import { saveResponseDraftAction, submitResponseAction } from "@/lib/responses/actions";
import { formatAoE } from "@/lib/time/aoe";
import { Markdown } from "../../../../../../_components/markdown";
import { EmptyState } from "../../../../../../_components/venue-bits";
import { VersionedTextEditor } from "../../../../../../_components/versioned-text-editor";
import { ReviewAnswers } from "../../../../chair/papers/[number]/review-answers";

export const metadata: Metadata = { title: "Reviews and response" };

export default async function AuthorReviewsPage({ params }: { params: Promise<{ slug: string; number: string }> }) {
  const { slug, number } = await params;
  const o = await loadAuthorPaperOutcome(slug, number);
  return (
    <div className="space-y-8">
      <div>
        <p className="text-sm text-slate-600">
          <Link href={`/venues/${o.venue.slug}/author`} className="underline">{o.venue.shortName} author console</Link> / Paper #{o.paper.number}
        </p>
        <h1 className="text-2xl font-semibold">{o.paper.title}</h1>
        <p className="mt-1 text-sm text-slate-700">Reviews, decision and your response</p>
      </div>

      <section aria-labelledby="outcome" className="space-y-3">
        <h2 id="outcome" className="text-lg font-semibold">Decision</h2>
        {o.released ? (
          <div className="card space-y-3">
            <p className="text-base" data-testid="released-decision">
              <strong>{DECISION_LABELS[o.released.value]}</strong>
              <span className="ml-2 text-sm text-slate-600">released {formatAoE(o.released.releasedAt)}</span>
            </p>
            {o.metaReview && (
              <div className="space-y-1">
                <h3 className="font-semibold">Meta-review</h3>
                <Markdown className="text-sm text-slate-800">{o.metaReview}</Markdown>
              </div>
            )}
          </div>
        ) : (
          <EmptyState>
            The decision and the meta-review appear here once the program chairs release decisions.
            {o.reviewsClosed && ` ${o.reviewsClosed}`}
          </EmptyState>
        )}
      </section>

      {o.reviewsClosed === null && (
        <section aria-labelledby="reviews" className="space-y-3">
          <h2 id="reviews" className="text-lg font-semibold">Reviews</h2>
          {!o.released && (
            <p className="text-sm text-slate-700">
              The submitted reviews, so your response can answer them: only what reviewers wrote for the authors, under anonymous labels.
            </p>
          )}
          {o.reviews.length === 0 && <EmptyState>{o.released ? "No reviews were submitted for this paper." : "No review of this paper has been submitted yet."}</EmptyState>}
          {o.reviews.map((r, i) => (
            <article key={r.label} aria-labelledby={`review-${i}`} className="card space-y-3">
              <h3 id={`review-${i}`} className="font-semibold">{r.label}</h3>
              <ReviewAnswers fields={r.fields} content={r.content} theorems={o.paper.theorems} />
            </article>
          ))}
        </section>
      )}

      <section aria-labelledby="response" className="card space-y-3">
        <h2 id="response" className="text-lg font-semibold">Your response to the reviewers</h2>
        <p className="text-sm text-slate-700">
          One response per paper, read by its reviewers and area chair once submitted.
          {o.rebuttalDeadline && <> Open until <time dateTime={o.rebuttalDeadline.toISOString()}>{formatAoE(o.rebuttalDeadline)}</time>.</>}
        </p>
        {o.responseClosed === null ? (
          <VersionedTextEditor
            id="author-response"
            label="Response"
            help="Markdown with $math$. Co-authors share one response: a save from a page that is behind is refused, never overwriting newer text."
            slug={o.venue.slug}
            number={o.paper.number}
            initial={o.response}
            maxLength={o.responseMaxLength}
            closedReason={null}
            saveDraft={saveResponseDraftAction}
            submit={submitResponseAction}
            submitLabel="Submit response"
            updateLabel="Update response"
          />
        ) : (
          <>
            <p className="rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700">{o.responseClosed}</p>
            {o.response && (
              <div className="space-y-1">
                <p className="text-xs text-slate-600">{o.response.submitted ? "Submitted" : "Draft (never submitted)"}</p>
                <Markdown className="text-sm text-slate-800">{o.response.body}</Markdown>
              </div>
            )}
          </>
        )}
      </section>
    </div>
  );
}
