// The shape every form action answers with, and the one way inputs are parsed: zod, with messages per field.
import type { z } from "zod";

export interface FormState {
  ok?: boolean;
  /** A message for the whole form (success or failure). */
  message?: string;
  /** Messages next to fields, by field name. */
  fieldErrors?: Record<string, string[]>;
}

/** What an action says when the session has ended (the editors keep their text: signing in again in another tab
 * lets the same save be retried). */
export const SESSION_ENDED = "Your session ended. Sign in again.";
export const SESSION_ENDED_TEXT_KEPT = "Your session ended. Sign in again in another tab; your text is kept here.";
export const SESSION_ENDED_EDITS_KEPT = "Your session ended. Sign in again in another tab; your edits are kept here.";

export type FormAction = (prev: FormState, formData: FormData) => Promise<FormState>;

export type Parsed<T> = { data: T; state?: undefined } | { data?: undefined; state: FormState };

type Issue = z.ZodError["issues"][number];

/** Zod's issues as messages per field; a field is named by its dotted path unless `fieldOf` says otherwise. */
export function fieldErrorsOf(issues: readonly Issue[], fieldOf: (path: Issue["path"]) => string = (path) => path.map(String).join(".") || "_form") {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of issues) (fieldErrors[fieldOf(issue.path)] ??= []).push(issue.message);
  return fieldErrors;
}

export function parseForm<S extends z.ZodType>(schema: S, formData: FormData, extra: Record<string, unknown> = {}): Parsed<z.output<S>> {
  const raw: Record<string, unknown> = { ...Object.fromEntries(formData.entries()), ...extra };
  const result = schema.safeParse(raw);
  if (result.success) return { data: result.data };
  return { state: { ok: false, message: "Please correct the highlighted fields.", fieldErrors: fieldErrorsOf(result.error.issues) } };
}
