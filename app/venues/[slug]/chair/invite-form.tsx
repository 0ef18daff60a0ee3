"use client";
import { useActionState } from "react";
import { inviteAction } from "@/lib/accounts/actions";
import type { FormState } from "@/lib/actions/form-state";
import { Field, FormMessage, SubmitButton } from "../../../_components/form-controls";

const LABELS: Record<string, string> = {
  PROGRAM_CHAIR: "Program chair",
  SENIOR_AREA_CHAIR: "Senior area chair",
  AREA_CHAIR: "Area chair",
  REVIEWER: "Reviewer",
  AUTHOR: "Author",
};

export function InviteForm({ venueId, roles }: { venueId: string; roles: string[] }) {
  const [state, action] = useActionState<FormState, FormData>(inviteAction, {});
  const roleError = state.fieldErrors?.role;
  return (
    <form action={action} className="grid gap-4 sm:grid-cols-2" noValidate>
      <input type="hidden" name="venueId" value={venueId} />
      <Field label="Name" name="name" autoComplete="off" required state={state} />
      <Field label="Email" name="email" type="email" autoComplete="off" required state={state} />
      <div className="space-y-1">
        <label htmlFor="role" className="block text-sm font-medium text-slate-800">Role</label>
        <select id="role" name="role" className="input" defaultValue={roles.includes("REVIEWER") ? "REVIEWER" : roles[0]} aria-invalid={roleError ? true : undefined}>
          {roles.map((r) => (
            <option key={r} value={r}>{LABELS[r] ?? r}</option>
          ))}
        </select>
        {roleError && <p className="text-sm text-red-700">{roleError.join(" ")}</p>}
      </div>
      <div className="flex items-end">
        <SubmitButton pendingLabel="Sending…">Send invitation</SubmitButton>
      </div>
      <div className="sm:col-span-2">
        <FormMessage state={state} />
      </div>
    </form>
  );
}
