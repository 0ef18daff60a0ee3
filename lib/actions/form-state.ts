// The shape every form action answers with, and the one way inputs are parsed: zod, with messages per field.
import type { z } from "zod";

export interface FormState {
  ok?: boolean;
  /** A message for the whole form (success or failure). */
  message?: string;
  /** Messages next to fields, by field name. */
  fieldErrors?: Record<string, string[]>;
}

export type FormAction = (prev: FormState, formData: FormData) => Promise<FormState>;

export type Parsed<T> = { data: T; state?: undefined } | { data?: undefined; state: FormState };

export function parseForm<S extends z.ZodType>(schema: S, formData: FormData, extra: Record<string, unknown> = {}): Parsed<z.output<S>> {
  const raw: Record<string, unknown> = { ...Object.fromEntries(formData.entries()), ...extra };
  const result = schema.safeParse(raw);
  if (result.success) return { data: result.data };
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.join(".") || "_form";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return { state: { ok: false, message: "Please correct the highlighted fields.", fieldErrors } };
}
