// Inputs and answers of the review actions. Pure: the browser's editor imports the types and messages.
import { SESSION_ENDED_TEXT_KEPT } from "@/lib/actions/form-state";
import { z } from "zod";

/** What the editor sends with every save: which paper, which form version and review version it edited. */
export const saveReviewInputSchema = z.strictObject({
  slug: z.string().min(1).max(100),
  number: z.number().int().positive(),
  formVersion: z.number().int().positive(),
  /** The review version the editor last loaded or saved; 0 when the review does not exist yet. */
  baseVersion: z.number().int().min(0),
  content: z.record(z.string(), z.unknown()),
});
export type SaveReviewInput = z.infer<typeof saveReviewInputSchema>;

export type SaveResult =
  | { ok: true; version: number; savedAt: string; status: "DRAFT" | "SUBMITTED"; message: string }
  | { ok: false; reason: "stale"; message: string; changedAt: string }
  | { ok: false; reason: "invalid"; message: string; fieldErrors: Record<string, string[]> }
  | { ok: false; reason: "refused"; message: string };

/** The answer to a save whose session has ended (the autosave route and the submit action). */
export const SIGNED_OUT: SaveResult = { ok: false, reason: "refused", message: SESSION_ENDED_TEXT_KEPT };

/** "14:05" in the given time zone (the server says UTC; the browser re-renders in the reader's own). */
export function clockTime(at: Date, timeZone?: string): string {
  return new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hour12: false, timeZone }).format(at);
}

export function staleMessage(time: string): string {
  return `This review was changed in another tab or window at ${time}; reload to see the newer text — your text is kept below.`;
}
