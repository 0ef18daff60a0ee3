"use server";
// The declarations editor's server action: the editor's JSON, the viewer from the session, then saveDeclarations,
// which checks everything against the database.
import { currentViewer } from "@/lib/auth/session";
import { saveDeclarations } from "./save-declarations";
import type { DeclarationsResult } from "./schema";

export async function saveDeclarationsAction(input: unknown): Promise<DeclarationsResult> {
  const viewer = await currentViewer();
  if (!viewer) return { ok: false, reason: "refused", message: "Your session ended. Sign in again in another tab; your edits are kept here." };
  return saveDeclarations(viewer, input);
}
