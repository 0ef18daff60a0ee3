"use server";
// Server actions of the chair paper page (meta-review, propose, confirm) and the track page (release).
import { revalidatePath } from "next/cache";
import { type FormState, SESSION_ENDED, SESSION_ENDED_TEXT_KEPT } from "@/lib/actions/form-state";
import { refusedText, type TextSaveResult } from "@/lib/actions/versioned-text";
import { currentViewer } from "@/lib/auth/session";
import { findVenueBasics } from "@/lib/venues/data";
import { confirmDecisionAs, proposeDecisionAs, releaseDecisionsAs, saveMetaReview } from "./decide";
import { releaseInputSchema } from "./schema";

const SIGNED_OUT_TEXT = refusedText(SESSION_ENDED_TEXT_KEPT);
const SIGNED_OUT: FormState = { ok: false, message: SESSION_ENDED };

export async function saveMetaReviewDraftAction(input: unknown): Promise<TextSaveResult> {
  const viewer = await currentViewer();
  return viewer ? saveMetaReview(viewer, input, "draft") : SIGNED_OUT_TEXT;
}

export async function submitMetaReviewAction(input: unknown): Promise<TextSaveResult> {
  const viewer = await currentViewer();
  return viewer ? saveMetaReview(viewer, input, "submit") : SIGNED_OUT_TEXT;
}

/** Propose and confirm take the same form and refresh the same page; only the step differs. */
async function decisionStep(step: typeof proposeDecisionAs, formData: FormData): Promise<FormState> {
  const viewer = await currentViewer();
  if (!viewer) return SIGNED_OUT;
  const input = { slug: formData.get("slug"), number: formData.get("number"), value: formData.get("value") };
  const state = await step(viewer, input);
  if (state.ok) revalidatePath(`/venues/${String(input.slug)}/chair/papers/${String(input.number)}`);
  return state;
}

export async function proposeDecisionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return decisionStep(proposeDecisionAs, formData);
}

export async function confirmDecisionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return decisionStep(confirmDecisionAs, formData);
}

export async function releaseDecisionsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const viewer = await currentViewer();
  if (!viewer) return SIGNED_OUT;
  const parsed = releaseInputSchema.safeParse({ venueId: formData.get("venueId") });
  if (!parsed.success) return { ok: false, message: "This form was malformed; reload the page." };
  const state = await releaseDecisionsAs(viewer, parsed.data.venueId);
  const venue = state.ok ? await findVenueBasics(parsed.data.venueId) : null;
  if (venue) revalidatePath(`/venues/${venue.slug}`, "layout");
  return state;
}
