"use client";
import { useActionState } from "react";
import { requestResetAction } from "@/lib/accounts/actions";
import type { FormState } from "@/lib/actions/form-state";
import { Field, FormMessage, SubmitButton } from "../_components/form-controls";

export function ForgotForm() {
  const [state, action] = useActionState<FormState, FormData>(requestResetAction, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <Field label="Email" name="email" type="email" autoComplete="email" required state={state} />
      <FormMessage state={state} />
      <SubmitButton pendingLabel="Sending…">Email me a link</SubmitButton>
    </form>
  );
}
