"use client";
// The conflicts page's forms: add a conflict by hand (a reason is required), lift one.
import { useActionState } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { addConflictAction, liftConflictAction, type AddConflictState } from "@/lib/conflicts/actions";
import { Field, FormMessage, SubmitButton } from "../../../../_components/form-controls";

export function AddConflictForm({ venueId }: { venueId: string }) {
  const [state, action] = useActionState<AddConflictState, FormData>(addConflictAction, {});
  const v = state.values;
  const reasonError = state.fieldErrors?.reason;
  return (
    <form action={action} className="grid gap-4 sm:grid-cols-3" noValidate>
      <input type="hidden" name="venueId" value={venueId} />
      <Field label="Paper number" name="paper" type="number" min={1} required state={state} defaultValue={v?.paper} />
      <Field label="Reviewer email" name="reviewer" type="email" required state={state} defaultValue={v?.reviewer} />
      <div className="space-y-1 sm:col-span-3">
        <label htmlFor="reason" className="block text-sm font-medium text-slate-800">Reason</label>
        <textarea id="reason" name="reason" rows={2} required className="input" aria-invalid={reasonError ? true : undefined} aria-describedby={reasonError ? "reason-error" : undefined} placeholder="e.g. PhD advisor of the first author" defaultValue={v?.reason} />
        {reasonError && <p id="reason-error" className="text-sm text-red-700">{reasonError.join(" ")}</p>}
      </div>
      <div className="space-y-2 sm:col-span-3">
        <SubmitButton pendingLabel="Recording…">Add conflict</SubmitButton>
        <FormMessage state={state} />
      </div>
    </form>
  );
}

export function LiftConflictButton({ venueId, conflictId, label }: { venueId: string; conflictId: string; label: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(liftConflictAction, {});
  return (
    <form action={action}>
      <input type="hidden" name="venueId" value={venueId} />
      <input type="hidden" name="conflictId" value={conflictId} />
      <button type="submit" className="btn-secondary px-2 py-1 text-xs" disabled={pending}>Lift<span className="sr-only"> the conflict of {label}</span></button>
      {state.message && <span role={state.ok ? "status" : "alert"} className={`ml-2 text-xs ${state.ok ? "" : "text-red-800"}`}>{state.message}</span>}
    </form>
  );
}
