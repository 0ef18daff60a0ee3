// The meta-review and decision of one paper on the chair's page: the area chair writes and proposes, the senior
// area chair (or a program chair) confirms; everyone else in the chair console reads.
import type { loadDecisionPanel } from "@/lib/decisions/loaders";
import { saveMetaReviewDraftAction, submitMetaReviewAction } from "@/lib/decisions/actions";
import { DECISION_LABELS, META_REVIEW_MAX_LENGTH } from "@/lib/decisions/schema";
import { formatAoE } from "@/lib/time/aoe";
import { Markdown } from "../../../../../_components/markdown";
import { VersionedTextEditor } from "../../../../../_components/versioned-text-editor";
import { ConfirmDecisionForm, ProposeDecisionForm } from "./decision-forms";

type Panel = Awaited<ReturnType<typeof loadDecisionPanel>>;

export function DecisionPanel({ d }: { d: Panel }) {
  const decision = d.decision;
  return (
    <section aria-labelledby="decision" className="space-y-4">
      <h2 id="decision" className="text-lg font-semibold">Meta-review and decision</h2>

      <div className="card space-y-3">
        <h3 className="font-semibold">Meta-review</h3>
        {d.metaReviewClosed === null ? (
          <VersionedTextEditor
            id="meta-review"
            label="Meta-review (shown to the authors with the decision)"
            help="Markdown with $math$. Summarise the reviews, the discussion and the response, and the reason for the decision."
            slug={d.slug}
            number={d.number}
            initial={d.metaReview}
            maxLength={META_REVIEW_MAX_LENGTH}
            closedReason={null}
            saveDraft={saveMetaReviewDraftAction}
            submit={submitMetaReviewAction}
            submitLabel="Submit meta-review"
            updateLabel="Update meta-review"
          />
        ) : d.metaReview ? (
          <>
            <p className="text-xs text-slate-600">{d.metaReview.submitted ? "Submitted" : "Draft"}</p>
            <Markdown className="text-sm text-slate-800">{d.metaReview.body}</Markdown>
          </>
        ) : (
          <p className="text-sm text-slate-600">The area chair has not written a meta-review yet.</p>
        )}
      </div>

      <div className="card space-y-3">
        <h3 className="font-semibold">Decision</h3>
        {/* Announced when it changes: confirming removes the confirm form, whose own message goes with it. */}
        <p className="text-sm" data-testid="decision-status" role="status" aria-live="polite">
          {decision ? (
            <>
              Proposed: <strong>{DECISION_LABELS[decision.value]}</strong> by {decision.proposedBy} ({formatAoE(decision.proposedAt)}).{" "}
              {decision.confirmedAt ? `Confirmed by ${decision.confirmedBy} (${formatAoE(decision.confirmedAt)}).` : "Awaiting confirmation."}
              {decision.releasedAt && ` Released to the authors ${formatAoE(decision.releasedAt)}.`}
            </>
          ) : (
            "No decision proposed yet."
          )}
        </p>
        {d.proposeClosed === null && <ProposeDecisionForm slug={d.slug} number={d.number} current={decision?.value ?? null} />}
        {d.confirmClosed === null && decision && !decision.confirmedAt && <ConfirmDecisionForm slug={d.slug} number={d.number} value={decision.value} />}
      </div>
    </section>
  );
}
