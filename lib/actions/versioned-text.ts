// One text saved with optimistic concurrency (a meta-review, an authors' response): what the editor sends, what
// it gets back. Pure: the browser's editor imports the types. The rule is decision 0007's: every save names the
// version it edited, a stale one is refused and changes nothing, and text length is textLength().
import { z } from "zod";

export const versionedTextInputSchema = z.strictObject({
  slug: z.string().min(1).max(100),
  number: z.number().int().positive(),
  /** The version the editor last loaded or saved; 0 when the text does not exist yet. */
  baseVersion: z.number().int().min(0),
  body: z.string().max(200_000),
});
export type VersionedTextInput = z.infer<typeof versionedTextInputSchema>;

export type TextSaveResult =
  | { ok: true; version: number; savedAt: string; submitted: boolean; message: string }
  | { ok: false; reason: "stale"; message: string; changedAt: string }
  | { ok: false; reason: "refused"; message: string };

/** What a mutation answers: the new version, or when the newer text it lost to was saved. */
export type TextWriteOutcome = { ok: true; version: number; updatedAt: Date } | { ok: false; changedAt: Date };

export function refusedText(message: string): TextSaveResult {
  return { ok: false, reason: "refused", message };
}

export function staleText(what: string, changedAt: Date): TextSaveResult {
  const time = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hour12: false, timeZone: "UTC" }).format(changedAt);
  return {
    ok: false,
    reason: "stale",
    message: `This ${what} was changed in another tab or window at ${time} UTC; reload to see the newer text — your text is kept below.`,
    changedAt: changedAt.toISOString(),
  };
}

/** "the response is 12 characters over its limit of 5000." — length as textLength counts it. */
export function overLimit(what: string, length: number, max: number): string {
  const n = length - max;
  return `${what} is ${n} character${n === 1 ? "" : "s"} over its limit of ${max}.`;
}
