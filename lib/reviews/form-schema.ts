// Review forms as data. A venue's form is a versioned list of fields stored in ReviewForm.fields; a review keeps
// the version it began with, so a chair's later edit never changes what an existing review must contain.
// Pure (zod + the taxonomy only): the server validates with it and the browser counts characters with it.
import { z } from "zod";
import { ASSUMPTION_FIELDS } from "@/lib/theorems/taxonomy";

/** Who may read a field's answer once reviews are shared. Chairs always read everything they handle. */
export const AUDIENCES = ["authors", "reviewers", "chairs"] as const;
export type Audience = (typeof AUDIENCES)[number];

const key = z.string().regex(/^[a-z][A-Za-z0-9]*$/, "A field key is camelCase letters and digits");
const base = {
  key,
  label: z.string().min(1).max(200),
  help: z.string().max(1000).optional(),
  required: z.boolean(),
};
const option = z.object({ value: z.string().min(1).max(100), label: z.string().min(1).max(200) });

const textField = z.object({ ...base, kind: z.literal("text"), maxLength: z.number().int().min(1).max(100_000), markdown: z.boolean() });
const choiceField = z.object({ ...base, kind: z.literal("choice"), options: z.array(option).min(2) });
const multiField = z.object({ ...base, kind: z.literal("multi"), options: z.array(option).min(1) });
const scoreField = z.object({
  ...base,
  kind: z.literal("score"),
  levels: z.array(z.object({ value: z.number().int(), label: z.string().min(1).max(200) })).min(2),
});
/** Confirm or correct each categorical assumption of the taxonomy (lib/theorems/taxonomy.ts) for one theorem. */
const assumptionsField = z.object({ ...base, kind: z.literal("assumptions") });

const theoremSubField = z.discriminatedUnion("kind", [textField, choiceField, scoreField, assumptionsField]);
const perTheoremField = z.object({ ...base, kind: z.literal("perTheorem"), fields: z.array(theoremSubField).min(1) });

const visible = { visibleTo: z.array(z.enum(AUDIENCES)).min(1) };
export const formFieldSchema = z.discriminatedUnion("kind", [
  textField.extend(visible),
  choiceField.extend(visible),
  multiField.extend(visible),
  scoreField.extend(visible),
  perTheoremField.extend(visible),
]);
/** What ReviewForm.fields holds: validated whenever a form is read, so a hand-edited row cannot break a page. */
export const formFieldsSchema = z.array(formFieldSchema).min(1).superRefine((fields, ctx) => {
  const seen = new Set<string>();
  fields.forEach((f, i) => {
    if (seen.has(f.key)) ctx.addIssue({ code: "custom", path: [i, "key"], message: `Duplicate field key "${f.key}"` });
    seen.add(f.key);
  });
});

export type FormField = z.infer<typeof formFieldSchema>;
export type TheoremSubField = z.infer<typeof theoremSubField>;
export type ScoreField = Extract<FormField, { kind: "score" }>;
export interface ReviewFormDefinition {
  version: number;
  fields: FormField[];
}

/** A review's answers: field key → value; per-theorem groups map theorem id → { sub-field key → value }. */
export type ReviewContent = Record<string, unknown>;

/**
 * The one definition of "how long is this text", shared by the counter in the browser and the server's limit:
 * line breaks become "\n" (browsers submit "\r\n"), the text is put in Unicode NFC, and its length is the
 * JavaScript string length (UTF-16 code units: "é" is 1, an emoji is 2). Nothing is trimmed, so what the
 * reviewer sees counted is exactly what is stored.
 */
export function normalizeText(s: string): string {
  return s.replace(/\r\n?/g, "\n").normalize("NFC");
}
export function textLength(s: string): number {
  return normalizeText(s).length;
}

export function fieldsVisibleTo(fields: readonly FormField[], audience: Audience): FormField[] {
  return audience === "chairs" ? [...fields] : fields.filter((f) => f.visibleTo.includes(audience));
}

export type Mode = "draft" | "submit";
export interface ContentContext {
  /** The paper's theorems, in order: per-theorem groups accept exactly these ids. */
  theorems: readonly { id: string; label: string }[];
}

type AnyField = FormField | TheoremSubField;

/** "Required" when the value is missing, the type problem otherwise. */
function typeError(label: string, what: string) {
  return (iss: { input?: unknown }) => (iss.input === undefined ? `${label} is required to submit.` : `${label} must be ${what}.`);
}

function textSchema(f: Extract<AnyField, { kind: "text" }>, mode: Mode) {
  return z
    .string({ error: typeError(f.label, "text") })
    .transform(normalizeText)
    .superRefine((s, ctx) => {
      if (s.length > f.maxLength) {
        ctx.addIssue({ code: "custom", message: `${f.label} is ${s.length - f.maxLength} characters over its limit of ${f.maxLength}.` });
      }
      if (mode === "submit" && f.required && s.trim() === "") ctx.addIssue({ code: "custom", message: `${f.label} is required to submit.` });
    });
}

function oneOf(label: string, values: readonly string[]) {
  return z.string({ error: typeError(label, "one of its choices") }).refine((v) => values.includes(v), {
    error: (iss) => `"${String(iss.input)}" is not one of the choices for ${label}.`,
  });
}

function scoreSchema(f: Extract<AnyField, { kind: "score" }>) {
  const values = f.levels.map((l) => l.value);
  const range = `${Math.min(...values)}–${Math.max(...values)}`;
  return z.number({ error: typeError(f.label, `a score from ${range}`) }).refine((v) => values.includes(v), {
    error: (iss) => `${String(iss.input)} is not a level of ${f.label} (${range}).`,
  });
}

function multiSchema(f: Extract<AnyField, { kind: "multi" }>, mode: Mode) {
  const values = f.options.map((o) => o.value);
  return z
    .array(oneOf(f.label, values), { error: typeError(f.label, "a list of its choices") })
    .refine((a) => new Set(a).size === a.length, `${f.label} lists a choice twice.`)
    .refine((a) => mode === "draft" || !f.required || a.length > 0, `${f.label} needs at least one choice to submit.`);
}

/** A group of answers that refuses unknown keys; errorsByField puts each unknown key's message on its own path. */
function strictObject(shape: Record<string, z.ZodType>, unknown: string, missing = "Expected a group of answers.") {
  return z.strictObject(shape, {
    // Only this object's own issues: returning undefined leaves its children's messages alone.
    error: (iss) => {
      if (iss.code === "unrecognized_keys") return unknown;
      if (iss.code === "invalid_type" && iss.expected === "object") return iss.input === undefined ? missing : "Expected a group of answers.";
      return undefined;
    },
  });
}

function assumptionsSchema(f: Extract<AnyField, { kind: "assumptions" }>, mode: Mode) {
  const shape: Record<string, z.ZodType> = {};
  for (const a of ASSUMPTION_FIELDS) {
    const s = oneOf(a.label, a.options.map((o) => o.value));
    shape[a.key] = mode === "submit" && f.required ? s : s.optional();
  }
  return strictObject(shape, "Not an assumption of the taxonomy.", `${f.label} is required to submit.`);
}

function leafSchema(f: AnyField, mode: Mode, ctx: ContentContext): z.ZodType {
  switch (f.kind) {
    case "text":
      return textSchema(f, mode);
    case "choice":
      return oneOf(f.label, f.options.map((o) => o.value));
    case "multi":
      return multiSchema(f, mode);
    case "score":
      return scoreSchema(f);
    case "assumptions":
      return assumptionsSchema(f, mode);
    case "perTheorem": {
      const shape: Record<string, z.ZodType> = {};
      for (const t of ctx.theorems) {
        const inner = objectOf(f.fields, mode, ctx, `${t.label} has no such question.`, `Answer the questions on ${t.label} to submit.`);
        shape[t.id] = mode === "submit" ? inner : inner.optional();
      }
      return strictObject(shape, "This paper has no such theorem.", `${f.label} is required to submit.`);
    }
  }
}

function objectOf(fields: readonly AnyField[], mode: Mode, ctx: ContentContext, unknown: string, missing?: string) {
  const shape: Record<string, z.ZodType> = {};
  for (const f of fields) {
    const s = leafSchema(f, mode, ctx);
    // A draft may leave anything unanswered; a submission must answer every required field.
    shape[f.key] = mode === "submit" && (f.required || f.kind === "perTheorem") ? s : s.optional();
  }
  return strictObject(shape, unknown, missing);
}

/**
 * The zod schema of a review's content under one form version. Drafts may be partial, but whatever they contain
 * must be valid (known fields, values among the choices, text within its limit); submissions must answer every
 * required field. Issues carry the field's path ("soundness", "theorems.<theoremId>.assumptions.width").
 */
export function reviewContentSchema(fields: readonly FormField[], ctx: ContentContext, mode: Mode) {
  return objectOf(fields, mode, ctx, "This form has no such field.");
}

/** Issues as messages by dotted path, the shape forms show next to each field. */
export function errorsByField(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const add = (path: readonly PropertyKey[], message: string) => (out[path.map(String).join(".") || "_form"] ??= []).push(message);
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") for (const k of issue.keys) add([...issue.path, k], issue.message);
    else add(issue.path, issue.message);
  }
  return out;
}

export { defaultDltForm } from "./default-form";
