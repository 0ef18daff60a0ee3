"use client";
import { useActionState } from "react";
import type { FormAction, FormState } from "@/lib/actions/form-state";
import { Field, FormMessage, SubmitButton } from "./form-controls";

/** The form behind both emailed links (invitation and password reset). */
export function SetPasswordForm({ token, action: serverAction, minLength, submitLabel }: { token: string; action: FormAction; minLength: number; submitLabel: string }) {
  const [state, action] = useActionState<FormState, FormData>(serverAction, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="token" value={token} />
      <Field label="New password" name="password" type="password" autoComplete="new-password" minLength={minLength} required hint={`At least ${minLength} characters.`} state={state} />
      <Field label="Repeat the password" name="confirm" type="password" autoComplete="new-password" required state={state} />
      <FormMessage state={state} />
      <SubmitButton pendingLabel="Saving…">{submitLabel}</SubmitButton>
    </form>
  );
}
