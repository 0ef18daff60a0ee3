"use client";
// Form pieces shared by every form: labelled inputs with their errors tied by aria-describedby, a submit button
// that shows it is working, and the form-level message announced to screen readers.
import type { InputHTMLAttributes } from "react";
import { useFormStatus } from "react-dom";
import type { FormState } from "@/lib/actions/form-state";

export function Field({ label, name, state, hint, ...input }: { label: string; name: string; state: FormState; hint?: string } & InputHTMLAttributes<HTMLInputElement>) {
  const errors = state.fieldErrors?.[name];
  const describedBy = [hint ? `${name}-hint` : null, errors ? `${name}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={name} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input id={name} name={name} className="input" aria-invalid={errors ? true : undefined} aria-describedby={describedBy} {...input} />
      {hint && (
        <p id={`${name}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      )}
      {errors && (
        <p id={`${name}-error`} className="text-sm text-red-700">
          {errors.join(" ")}
        </p>
      )}
    </div>
  );
}

export function SubmitButton({ children, pendingLabel }: { children: string; pendingLabel: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className="btn-primary w-full sm:w-auto" disabled={pending} aria-disabled={pending}>
      {pending ? pendingLabel : children}
    </button>
  );
}

export function FormMessage({ state }: { state: FormState }) {
  if (!state.message) return <p role="status" aria-live="polite" className="sr-only" />;
  return (
    <p
      role={state.ok ? "status" : "alert"}
      aria-live="polite"
      className={`rounded-md px-3 py-2 text-sm ${state.ok ? "bg-emerald-50 text-emerald-800" : "bg-red-50 text-red-800"}`}
    >
      {state.message}
    </p>
  );
}
