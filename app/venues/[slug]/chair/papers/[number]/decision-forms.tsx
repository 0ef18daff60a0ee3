"use client";
// The area chair's proposal and the senior area chair's confirmation: small forms whose answers are announced.
import { useActionState } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { confirmDecisionAction, proposeDecisionAction } from "@/lib/decisions/actions";
import { DECISION_LABELS, DECISION_VALUES, type DecisionValue } from "@/lib/decisions/schema";
import { FormMessage, SubmitButton } from "../../../../../_components/form-controls";

export function ProposeDecisionForm({ slug, number, current }: { slug: string; number: number; current: DecisionValue | null }) {
  const [state, action] = useActionState<FormState, FormData>(proposeDecisionAction, {});
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="number" value={number} />
      <div className="space-y-1">
        <label htmlFor="decision-value" className="block text-sm font-medium text-slate-800">Your proposal</label>
        <select id="decision-value" name="value" className="input sm:w-72" defaultValue={current ?? ""} aria-describedby="decision-value-help">
          <option value="" disabled>Choose a decision…</option>
          {DECISION_VALUES.map((v) => (
            <option key={v} value={v}>{DECISION_LABELS[v]}</option>
          ))}
        </select>
        <p id="decision-value-help" className="text-xs text-slate-600">Changing a confirmed proposal clears its confirmation.</p>
      </div>
      <SubmitButton pendingLabel="Proposing…">Propose decision</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

export function ConfirmDecisionForm({ slug, number, value }: { slug: string; number: number; value: DecisionValue }) {
  const [state, action] = useActionState<FormState, FormData>(confirmDecisionAction, {});
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="number" value={number} />
      <input type="hidden" name="value" value={value} />
      <SubmitButton pendingLabel="Confirming…">{`Confirm: ${DECISION_LABELS[value]}`}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
