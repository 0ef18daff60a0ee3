"use server";
// The form editor's server action: the editor's JSON and the session's viewer, then saveReviewForm.
import { SESSION_ENDED_EDITS_KEPT } from "@/lib/actions/form-state";
import { currentViewer } from "@/lib/auth/session";
import { saveReviewForm } from "./save-form";
import type { SaveFormResult } from "./schema";

export async function saveReviewFormAction(input: unknown): Promise<SaveFormResult> {
  const viewer = await currentViewer();
  if (!viewer) return { ok: false, reason: "refused", message: SESSION_ENDED_EDITS_KEPT };
  return saveReviewForm(viewer, input);
}
