"use server";
// The review editor's two server actions. They take the editor's JSON (autosave sends it as the reviewer types),
// resolve the viewer from the session and hand over to saveReview, which checks everything against the database.
import { currentViewer } from "@/lib/auth/session";
import { saveReview } from "./save-review";
import type { SaveResult } from "./schema";

const SIGNED_OUT: SaveResult = { ok: false, reason: "refused", message: "Your session ended. Sign in again in another tab; your text is kept here." };

export async function saveReviewDraftAction(input: unknown): Promise<SaveResult> {
  const viewer = await currentViewer();
  return viewer ? saveReview(viewer, input, "draft") : SIGNED_OUT;
}

export async function submitReviewAction(input: unknown): Promise<SaveResult> {
  const viewer = await currentViewer();
  return viewer ? saveReview(viewer, input, "submit") : SIGNED_OUT;
}
