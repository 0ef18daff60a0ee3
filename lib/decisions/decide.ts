// The area chair's meta-review and proposal, the senior area chair's confirmation and the program chair's
// release, for a viewer already resolved (actions.ts adds the session; tests call these directly). Each checks
// permission against the database state of this request before writing.
import "server-only";
import { fieldErrorsOf, type FormState } from "@/lib/actions/form-state";
import { overLimit, refusedText, staleText, versionedTextInputSchema, type TextSaveResult } from "@/lib/actions/versioned-text";
import { whyNotConfirmDecision, whyNotProposeDecision, whyNotReleaseDecisions, whyNotWriteMetaReview, type PaperRoles, type Viewer } from "@/lib/auth/permissions";
import { normalizeText } from "@/lib/reviews/form-schema";
import { findPaperRoles } from "@/lib/submissions/data";
import { findVenueForViewer } from "@/lib/venues/data";
import { findMetaReview } from "./data";
import { confirmDecision, proposeDecision, releaseDecisions, writeMetaReview } from "./mutations";
import { DECISION_LABELS, decisionInputSchema, META_REVIEW_MAX_LENGTH, type DecisionValue } from "./schema";

const NOT_HANDLED = "This paper is not one you handle.";

async function paperFor(viewer: Viewer, slug: string, number: number) {
  const venue = await findVenueForViewer(slug, viewer);
  if (!venue) return null;
  const paper = await findPaperRoles(venue.id, number);
  return paper && { venueId: venue.id, ...paper };
}

export async function saveMetaReview(viewer: Viewer, raw: unknown, mode: "draft" | "submit"): Promise<TextSaveResult> {
  const parsed = versionedTextInputSchema.safeParse(raw);
  if (!parsed.success) return refusedText("This save was malformed; reload the page and try again.");
  const input = parsed.data;
  const paper = await paperFor(viewer, input.slug, input.number);
  if (!paper) return refusedText(NOT_HANDLED);
  const denied = whyNotWriteMetaReview(viewer, paper.roles);
  if (denied) return refusedText(denied);
  const body = normalizeText(input.body);
  if (body.length > META_REVIEW_MAX_LENGTH) return refusedText(`Not saved: ${overLimit("the meta-review", body.length, META_REVIEW_MAX_LENGTH)}`);
  if (mode === "submit" && body.trim() === "") return refusedText("Write the meta-review before submitting it.");
  const current = await findMetaReview(paper.id);
  if (current && current.version !== input.baseVersion) return staleText("meta-review", current.updatedAt);
  if (!current && input.baseVersion !== 0) return refusedText("This meta-review no longer exists. Reload the page.");
  if (current?.status === "SUBMITTED" && mode === "draft") return refusedText("This meta-review is submitted: use “Update meta-review” to revise it.");
  const outcome = await writeMetaReview({ venueId: paper.venueId, submissionId: paper.id, authorId: viewer.id, baseVersion: input.baseVersion, body, submit: mode === "submit" });
  if (!outcome.ok) return staleText("meta-review", outcome.changedAt);
  return {
    ok: true,
    version: outcome.version,
    savedAt: outcome.updatedAt.toISOString(),
    submitted: mode === "submit" || current?.status === "SUBMITTED",
    message: mode === "submit" ? "Meta-review submitted." : "Draft saved.",
  };
}

function parseDecision(raw: unknown): { data: ReturnType<typeof decisionInputSchema.parse> } | { state: FormState } {
  const parsed = decisionInputSchema.safeParse(raw);
  if (parsed.success) return { data: parsed.data };
  const fieldErrors = fieldErrorsOf(parsed.error.issues);
  return { state: { ok: false, message: parsed.error.issues[0]?.message ?? "Please correct the highlighted fields.", fieldErrors } };
}

/** The paper and value a decision step acts on, or the refusal: a malformed form, a paper the viewer does not handle, or no permission. */
type DecisionTarget = { paper: NonNullable<Awaited<ReturnType<typeof paperFor>>>; value: DecisionValue } | { refused: FormState };
async function decisionTarget(viewer: Viewer, raw: unknown, whyNot: (v: Viewer, roles: PaperRoles) => string | null): Promise<DecisionTarget> {
  const parsed = parseDecision(raw);
  if ("state" in parsed) return { refused: parsed.state };
  const { slug, number, value } = parsed.data;
  const paper = await paperFor(viewer, slug, number);
  if (!paper) return { refused: { ok: false, message: NOT_HANDLED } };
  const denied = whyNot(viewer, paper.roles);
  if (denied) return { refused: { ok: false, message: denied } };
  return { paper, value };
}

export async function proposeDecisionAs(viewer: Viewer, raw: unknown): Promise<FormState> {
  const target = await decisionTarget(viewer, raw, whyNotProposeDecision);
  if ("refused" in target) return target.refused;
  const { paper, value } = target;
  const outcome = await proposeDecision(paper.venueId, paper.id, viewer.id, value);
  switch (outcome.kind) {
    case "released":
      return { ok: false, message: "The decision on this paper has been released to its authors; it can no longer change." };
    case "unchanged":
      return { ok: true, message: `The proposal is already ${DECISION_LABELS[value]}; nothing changed.` };
    default:
      return {
        ok: true,
        message: `Proposed: ${DECISION_LABELS[value]}.${outcome.clearedConfirmation ? " The earlier confirmation was cleared: the senior area chair confirms again." : " It awaits the senior area chair's confirmation."}`,
      };
  }
}

export async function confirmDecisionAs(viewer: Viewer, raw: unknown): Promise<FormState> {
  const target = await decisionTarget(viewer, raw, whyNotConfirmDecision);
  if ("refused" in target) return target.refused;
  const { paper, value } = target;
  const outcome = await confirmDecision(paper.venueId, paper.id, viewer.id, value);
  if (outcome === "mismatch") return { ok: false, message: `Not confirmed: the area chair's proposal is no longer ${DECISION_LABELS[value]}. Reload the page to see the current proposal.` };
  return { ok: true, message: outcome === "already" ? "This decision was already confirmed." : `Confirmed: ${DECISION_LABELS[value]}.` };
}

export async function releaseDecisionsAs(viewer: Viewer, venueId: string): Promise<FormState> {
  const denied = whyNotReleaseDecisions(viewer, venueId);
  if (denied) return { ok: false, message: denied };
  const n = await releaseDecisions(venueId, viewer.id);
  return n === 0
    ? { ok: false, message: "No confirmed decision is waiting for release." }
    : { ok: true, message: `Released ${n} decision${n === 1 ? "" : "s"}: their authors now see the decision, the meta-review and the reviews.` };
}
