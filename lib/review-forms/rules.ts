// When a chair's edit may change the current form version in place, and the token a save names.
import "server-only";
import { createHash } from "node:crypto";

const BEFORE_REVIEWING = new Set(["SETUP", "SUBMISSION", "BIDDING"]);

/**
 * Before reviewing opens — the venue is in a phase before REVIEWING and no review (not even a draft) uses the
 * current version — an edit changes that version in place. Afterwards every save creates a new version and
 * existing reviews keep theirs, so nothing a reviewer has written is ever judged by a form they did not see.
 */
export function editsInPlace(phase: string, reviewsOnCurrent: number): boolean {
  return BEFORE_REVIEWING.has(phase) && reviewsOnCurrent === 0;
}

/** The optimistic-concurrency token of the current form: its version and the exact fields stored. */
export function formToken(current: { version: number; fields: unknown } | null): string {
  if (!current) return "none";
  return `${current.version}:${createHash("sha256").update(JSON.stringify(current.fields)).digest("base64url").slice(0, 22)}`;
}
