// The chairs' form editor: its input and answers. The form itself is validated by lib/reviews/form-schema.ts;
// this adds what a person editing it can get wrong that the stored shape does not forbid (two options with one
// value, two levels with one number, two questions with one key inside a per-theorem group).
import { z } from "zod";
import { formFieldsSchema } from "@/lib/reviews/form-schema";

export const saveFormInputSchema = z.strictObject({
  slug: z.string().min(1).max(100),
  baseToken: z.string().min(1).max(100),
  fields: z.unknown(),
});

export type SaveFormResult =
  | { ok: true; version: number; inPlace: boolean; token: string; message: string }
  | { ok: false; reason: "stale" | "refused"; message: string }
  | { ok: false; reason: "invalid"; message: string; fieldErrors: Record<string, string[]> };

function duplicates<T>(items: readonly T[], key: (t: T) => unknown): number[] {
  const seen = new Set<unknown>();
  return items.flatMap((t, i) => (seen.has(key(t)) ? [i] : (seen.add(key(t)), [])));
}

export const editableFormSchema = formFieldsSchema.superRefine((fields, ctx) => {
  const check = (list: readonly { kind: string }[], base: (string | number)[]) => {
    list.forEach((f, i) => {
      const path = [...base, i];
      if ("options" in f && Array.isArray(f.options)) {
        for (const j of duplicates(f.options as { value: string }[], (o) => o.value)) ctx.addIssue({ code: "custom", path: [...path, "options", j, "value"], message: "Two choices have this value." });
      }
      if ("levels" in f && Array.isArray(f.levels)) {
        for (const j of duplicates(f.levels as { value: number }[], (l) => l.value)) ctx.addIssue({ code: "custom", path: [...path, "levels", j, "value"], message: "Two levels have this number." });
      }
      if (f.kind === "perTheorem" && "fields" in f && Array.isArray(f.fields)) {
        const subs = f.fields as { key: string; kind: string }[];
        for (const j of duplicates(subs, (s) => s.key)) ctx.addIssue({ code: "custom", path: [...path, "fields", j, "key"], message: `Duplicate question key "${subs[j]!.key}" in this group` });
        check(subs, [...path, "fields"]);
      }
    });
  };
  check(fields, []);
});

/**
 * Messages for zod's built-in checks in the editor's words (a per-parse error map only fills in where the form
 * schema has no message of its own, so its custom messages are kept).
 */
export function formMessage(issue: z.core.$ZodRawIssue): string | undefined {
  const key = String(issue.path?.at(-1) ?? "");
  if (issue.code === "too_small" && issue.origin === "array") {
    if (key === "visibleTo") return "Choose at least one audience.";
    if (key === "options") return `Give at least ${String(issue.minimum)} choices.`;
    if (key === "levels") return `Give at least ${String(issue.minimum)} levels.`;
    if (key === "fields") return "A per-theorem group needs at least one question.";
    return "Add at least one field.";
  }
  if (issue.code === "too_small" && issue.origin === "string") return key === "label" ? "Give it a label." : "Required.";
  if (issue.code === "too_small" && issue.origin === "number") return `Must be at least ${String(issue.minimum)}.`;
  if (issue.code === "too_big" && issue.origin === "string") return `At most ${String(issue.maximum)} characters.`;
  if (issue.code === "too_big" && issue.origin === "number") return `Must be at most ${String(issue.maximum)}.`;
  if (issue.code === "invalid_type" && issue.expected === "number") return "Must be a whole number.";
  if (issue.code === "invalid_type" && issue.expected === "int") return "Must be a whole number.";
  return undefined;
}

/** Issues by dotted path ("3.options.1.label"), the keys the editor shows errors under. */
export function formErrors(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) (out[issue.path.map(String).join(".") || "_form"] ??= []).push(issue.message);
  return out;
}
