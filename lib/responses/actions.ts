"use server";
// The author response editor's two server actions: the session, then saveAuthorResponse checks everything.
import { SESSION_ENDED_TEXT_KEPT } from "@/lib/actions/form-state";
import { refusedText, type TextSaveResult } from "@/lib/actions/versioned-text";
import { currentViewer } from "@/lib/auth/session";
import { saveAuthorResponse } from "./save-response";

const SIGNED_OUT = refusedText(SESSION_ENDED_TEXT_KEPT);

export async function saveResponseDraftAction(input: unknown): Promise<TextSaveResult> {
  const viewer = await currentViewer();
  return viewer ? saveAuthorResponse(viewer, input, "draft") : SIGNED_OUT;
}

export async function submitResponseAction(input: unknown): Promise<TextSaveResult> {
  const viewer = await currentViewer();
  return viewer ? saveAuthorResponse(viewer, input, "submit") : SIGNED_OUT;
}
