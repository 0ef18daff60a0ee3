"use server";
// The declarations editor's server action: the editor's JSON, the viewer from the session, then saveDeclarations,
// which checks everything against the database.
import { SESSION_ENDED_EDITS_KEPT } from "@/lib/actions/form-state";
import { currentViewer } from "@/lib/auth/session";
import { saveDeclarations } from "./save-declarations";
import type { DeclarationsResult } from "./schema";

export async function saveDeclarationsAction(input: unknown): Promise<DeclarationsResult> {
  const viewer = await currentViewer();
  if (!viewer) return { ok: false, reason: "refused", message: SESSION_ENDED_EDITS_KEPT };
  return saveDeclarations(viewer, input);
}
