"use server";
// The form editor's server action: the editor's JSON and the session's viewer, then saveReviewForm.
import { currentViewer } from "@/lib/auth/session";
import { saveReviewForm } from "./save-form";
import type { SaveFormResult } from "./schema";

export async function saveReviewFormAction(input: unknown): Promise<SaveFormResult> {
  const viewer = await currentViewer();
  if (!viewer) return { ok: false, reason: "refused", message: "Your session ended. Sign in again in another tab; your edits are kept here." };
  return saveReviewForm(viewer, input);
}
