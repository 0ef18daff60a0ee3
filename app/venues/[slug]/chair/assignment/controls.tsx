"use client";
// The assignment page's interactive pieces: job and run forms, cancel, deploy, and the refresher that keeps
// progress bars moving while anything runs (the server renders the bars; this only asks for fresh data).
import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { cancelRunAction, deployRunAction, startRunAction } from "@/lib/assignment/actions";
import type { FormState } from "@/lib/actions/form-state";
import { startMatchingJobAction } from "@/lib/matching/actions";
import { Field, FormMessage, SubmitButton } from "../../../../_components/form-controls";

export function AutoRefresh({ active, everyMs = 1500 }: { active: boolean; everyMs?: number }) {
  const router = useRouter();
  useEffect(() => {
    if (!active) return;
    const t = setInterval(() => router.refresh(), everyMs);
    return () => clearInterval(t);
  }, [active, everyMs, router]);
  return null;
}

export function StartJobForm({ venueId, kind, label }: { venueId: string; kind: "CONFLICTS" | "AFFINITY"; label: string }) {
  const [state, action] = useActionState<FormState, FormData>(startMatchingJobAction, {});
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="venueId" value={venueId} />
      <input type="hidden" name="kind" value={kind} />
      <SubmitButton pendingLabel="Starting…">{label}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

function sourceLabel(source: string): string {
  if (source === "tangent-lexical") return "Tangent's lexical affinity";
  return source.startsWith("import:") ? `Imported: ${source.slice("import:".length)}` : source;
}

export function StartRunForm({ venueId, defaults, sources }: { venueId: string; defaults: { reviewersPerPaper: number; maxLoadDefault: number }; sources: string[] }) {
  const [state, action] = useActionState<FormState, FormData>(startRunAction, {});
  const objErr = state.fieldErrors?.objective;
  return (
    <form action={action} className="grid gap-4 sm:grid-cols-3" noValidate>
      <input type="hidden" name="venueId" value={venueId} />
      <Field label="Reviewers per paper" name="reviewersPerPaper" type="number" min={1} max={20} defaultValue={defaults.reviewersPerPaper} state={state} />
      <Field label="Default maximum load" name="maxLoadDefault" type="number" min={1} defaultValue={defaults.maxLoadDefault} state={state} hint="For reviewers without their own maximum." />
      <Field label="Default minimum load" name="minLoadDefault" type="number" min={0} defaultValue={0} state={state} />
      <div className="space-y-1">
        <label htmlFor="objective" className="block text-sm font-medium text-slate-800">Objective</label>
        <select id="objective" name="objective" className="input" defaultValue="sum" aria-invalid={objErr ? true : undefined}>
          <option value="sum">Highest total score</option>
          <option value="fair">Fairest (raise the weakest paper)</option>
        </select>
      </div>
      <div className="flex items-center gap-2 self-end pb-2">
        <input id="keepDeployed" name="keepDeployed" type="checkbox" defaultChecked />
        <label htmlFor="keepDeployed" className="text-sm">Keep the deployed assignment (only add to it)</label>
      </div>
      <fieldset className="space-y-2 sm:col-span-3">
        <legend className="text-sm font-medium text-slate-800">Score weights</legend>
        <p className="text-xs text-slate-600">A pair&apos;s score is the weighted sum of its score from each source and its bid (very high 1 … very low −1). A weight of 0 leaves a source out.</p>
        <div className="grid gap-4 sm:grid-cols-3">
          {sources.map((s) => (
            <Field key={s} label={sourceLabel(s)} name={`weight:${s}`} type="number" min={0} max={10} step={0.05} defaultValue={Math.round((70 / sources.length)) / 100} state={state} />
          ))}
          <Field label="Bids" name="bidWeight" type="number" min={0} max={10} step={0.05} defaultValue={0.3} state={state} />
        </div>
      </fieldset>
      <div className="sm:col-span-3 space-y-2">
        <SubmitButton pendingLabel="Queueing…">Start assignment run</SubmitButton>
        <FormMessage state={state} />
      </div>
    </form>
  );
}

export function CancelRunButton({ venueId, runId }: { venueId: string; runId: string }) {
  const [state, action] = useActionState<FormState, FormData>(cancelRunAction, {});
  return (
    <form action={action}>
      <input type="hidden" name="venueId" value={venueId} />
      <input type="hidden" name="runId" value={runId} />
      <button type="submit" className="btn-secondary px-2 py-1 text-xs">Cancel run</button>
      {state.message && <span role="status" className="ml-2 text-xs">{state.message}</span>}
    </form>
  );
}

export function DeployForm({ venueId, runId }: { venueId: string; runId: string }) {
  const [state, action] = useActionState<FormState, FormData>(deployRunAction, {});
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="venueId" value={venueId} />
      <input type="hidden" name="runId" value={runId} />
      <SubmitButton pendingLabel="Deploying…">Deploy this assignment</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
