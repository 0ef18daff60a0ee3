"use client";
import Link from "next/link";
import { useActionState } from "react";
import { signInAction } from "@/lib/accounts/actions";
import type { FormState } from "@/lib/actions/form-state";
import { Field, FormMessage, SubmitButton } from "../_components/form-controls";

export function SignInForm({ next }: { next: string }) {
  const [state, action] = useActionState<FormState, FormData>(signInAction, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="next" value={next} />
      <Field label="Email" name="email" type="email" autoComplete="email" required state={state} />
      <Field label="Password" name="password" type="password" autoComplete="current-password" required state={state} />
      <FormMessage state={state} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <SubmitButton pendingLabel="Signing in…">Sign in</SubmitButton>
        <Link href="/forgot-password" className="text-sm text-brand-700 underline">
          Forgot your password?
        </Link>
      </div>
    </form>
  );
}
