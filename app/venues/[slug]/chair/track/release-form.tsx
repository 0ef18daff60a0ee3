"use client";
import { useActionState } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { releaseDecisionsAction } from "@/lib/decisions/actions";
import { FormMessage, SubmitButton } from "../../../../_components/form-controls";

export function ReleaseForm({ venueId, confirmed }: { venueId: string; confirmed: number }) {
  const [state, action] = useActionState<FormState, FormData>(releaseDecisionsAction, {});
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="venueId" value={venueId} />
      <SubmitButton pendingLabel="Releasing…">{`Release ${confirmed} confirmed decision${confirmed === 1 ? "" : "s"} to authors`}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
