// Inputs and answers of the author's theorem declarations. Pure (zod + the taxonomy): the browser's editor
// imports the types and the raw→typed conversion, the server validates with the taxonomy's own schema.
import { z } from "zod";
import { ASSUMPTION_FIELDS, theoremInputSchema } from "./taxonomy";

export const MAX_THEOREMS = 50;

/** What the editor sends: the whole ordered list, each theorem with its id when it already exists. */
export const saveDeclarationsInputSchema = z.strictObject({
  slug: z.string().min(1).max(100),
  number: z.number().int().positive(),
  /** The fingerprint of the theorems the editor loaded (lib/theorems/token.ts); a save from an older one is refused. */
  baseToken: z.string().min(1).max(200),
  theorems: z
    .array(z.strictObject({ id: z.string().min(1).max(64).optional(), label: z.unknown(), statement: z.unknown(), assumptions: z.unknown() }))
    .max(MAX_THEOREMS, `A paper declares at most ${MAX_THEOREMS} theorems.`),
});
export type SaveDeclarationsInput = z.infer<typeof saveDeclarationsInputSchema>;

export type DeclarationsResult =
  | { ok: true; token: string; ids: string[]; savedAt: string; message: string }
  | { ok: false; reason: "stale"; message: string; changedAt: string }
  | { ok: false; reason: "invalid"; message: string; fieldErrors: Record<string, string[]> }
  | { ok: false; reason: "refused"; message: string };

const labels: Record<string, string> = {
  ...Object.fromEntries(ASSUMPTION_FIELDS.map((f) => [f.key, f.label])),
  depth: "Depth",
  widthRequirement: "Over-parameterization requirement",
  batchSize: "Batch size",
  initAlpha: "α",
  label: "Label",
  statement: "Statement",
};

/**
 * Messages for the taxonomy's built-in checks, in words a person reads next to the field. The taxonomy's own
 * messages (its superRefine rules) are kept: a per-parse error map only fills in where a schema has none.
 */
function message(issue: z.core.$ZodRawIssue): string | undefined {
  const key = String(issue.path?.at(-1) ?? "");
  const label = labels[key] ?? key;
  if (issue.input === undefined && (issue.code === "invalid_type" || issue.code === "invalid_value" || issue.code === "invalid_union")) {
    return key === "depth" ? "Give the depth as a number of layers, or choose “unbounded”." : `Choose the ${label.toLowerCase()}.`;
  }
  if (key === "depth") return "Depth is a whole number of layers from 1 to 10000, or “unbounded”.";
  if (issue.code === "invalid_value") return `"${String(issue.input)}" is not a choice for ${label}.`;
  if (issue.code === "invalid_type" && issue.expected === "number") return `${label} must be a number.`;
  if (issue.code === "too_small" && (key === "batchSize" || key === "initAlpha")) return `${label} must be ${key === "batchSize" ? "at least 1" : "positive"}.`;
  if (issue.code === "unrecognized_keys") return "Not an assumption of the taxonomy.";
  return undefined;
}

/** Validate one theorem with the taxonomy's schema; errors by dotted path under `theorems.<index>`. */
export function parseTheorem(raw: unknown, index: number) {
  const result = theoremInputSchema.safeParse(raw, { error: message });
  if (result.success) return { data: result.data };
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const paths = issue.code === "unrecognized_keys" ? issue.keys.map((k) => [...issue.path, k]) : [issue.path];
    for (const p of paths) (fieldErrors[["theorems", index, ...p].map(String).join(".")] ??= []).push(issue.message);
  }
  return { fieldErrors };
}

/** The editor keeps every input as text; this turns it into the taxonomy's types (empty → absent). */
export interface RawAssumptions {
  [key: string]: string;
}
export function typedAssumptions(raw: RawAssumptions): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(raw)) {
    if (v === "") continue;
    if (k === "depth") out[k] = v === "unbounded" ? v : numberOrText(v);
    else if (k === "batchSize" || k === "initAlpha") out[k] = numberOrText(v);
    else out[k] = v;
  }
  return out;
}
/** A number when the text is one; otherwise the text, so the schema answers "must be a number". */
function numberOrText(v: string): number | string {
  const n = Number(v.trim());
  return v.trim() !== "" && Number.isFinite(n) ? n : v;
}
export function rawAssumptions(stored: unknown): RawAssumptions {
  const a = (stored && typeof stored === "object" ? stored : {}) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(a).filter(([, v]) => v !== null && v !== undefined).map(([k, v]) => [k, String(v)]));
}

export function staleDeclarationsMessage(time: string): string {
  return `These theorems were changed in another tab or window at ${time}; reload to see the newer version — your edits are kept below.`;
}
