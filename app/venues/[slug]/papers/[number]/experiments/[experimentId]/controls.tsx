"use client";
// Forms on the experiment page: a reviewer's stress test (only the changeable parameters, with their ranges and
// the quota left), the authors'/chairs' re-run at the declared settings, and the authors' removal.
import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/app/_components/form-controls";
import type { FormState } from "@/lib/actions/form-state";
import { deleteExperimentAction, rerunAction, stressTestAction } from "@/lib/experiments/actions";

function Hidden({ slug, number, experimentId }: { slug: string; number: number; experimentId: string }) {
  return (
    <>
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="number" value={number} />
      <input type="hidden" name="experimentId" value={experimentId} />
    </>
  );
}

export interface ChangeableParameter {
  name: string;
  type: string;
  assumption: string;
  defaultValue: unknown;
  range: string;
  allowed?: (string | number)[] | undefined;
}

export function StressTestForm(props: { slug: string; number: number; experimentId: string; blocked: string | null; used: number; quota: number; parameters: ChangeableParameter[] }) {
  const [state, action] = useActionState<FormState, FormData>(stressTestAction, {});
  const left = Math.max(0, props.quota - props.used);
  return (
    <form action={action} className="card space-y-3" aria-labelledby="stress-heading">
      <h2 id="stress-heading" className="text-lg font-semibold">Stress-test the assumptions</h2>
      <p className="text-sm text-slate-700">
        Re-run at other settings of the parameters the authors allow you to change. {left} of {props.quota} runs left for this paper. You can attach a finished run to the
        matching assumption in your review.
      </p>
      <Hidden slug={props.slug} number={props.number} experimentId={props.experimentId} />
      {props.parameters.length === 0 && <p className="text-sm text-slate-700">The authors marked no parameter as changeable.</p>}
      {props.parameters.map((p) => {
        const id = `param.${p.name}`;
        const errors = state.fieldErrors?.[id];
        const shown = Array.isArray(p.defaultValue) ? (p.defaultValue as number[]).join(", ") : String(p.defaultValue);
        return (
          <div key={p.name} className="space-y-1">
            <label htmlFor={id} className="block text-sm font-medium">
              <span className="font-mono">{p.name}</span> <span className="font-normal text-slate-600">({p.assumption}; allowed {p.range})</span>
            </label>
            {p.type === "boolean" ? (
              <input id={id} name={id} type="checkbox" defaultChecked={p.defaultValue === true} />
            ) : p.allowed ? (
              <select id={id} name={id} defaultValue={String(p.defaultValue)} className="input">
                {p.allowed.map((v) => <option key={String(v)} value={String(v)}>{String(v)}</option>)}
              </select>
            ) : (
              <input id={id} name={id} defaultValue={shown} className="input font-mono" inputMode={p.type === "number[]" ? "text" : "decimal"} aria-invalid={errors ? true : undefined} aria-describedby={errors ? `${id}-error` : undefined} />
            )}
            {errors && <p id={`${id}-error`} className="text-sm text-red-700">{errors.join(" ")}</p>}
          </div>
        );
      })}
      {props.blocked ? <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">{props.blocked}</p> : <SubmitButton pendingLabel="Queuing…">Run stress test</SubmitButton>}
      <FormMessage state={state} />
    </form>
  );
}

export function RerunForm({ slug, number, experimentId }: { slug: string; number: number; experimentId: string }) {
  const [state, action] = useActionState<FormState, FormData>(rerunAction, {});
  return (
    <form action={action} className="card space-y-3">
      <h2 className="text-lg font-semibold">Re-run at the declared settings</h2>
      <p className="text-sm text-slate-700">Queues a fresh run with the manifest&apos;s defaults; its verdict becomes the experiment&apos;s badge.</p>
      <Hidden slug={slug} number={number} experimentId={experimentId} />
      <SubmitButton pendingLabel="Queuing…">Re-run</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

export function DeleteExperimentForm({ slug, number, experimentId }: { slug: string; number: number; experimentId: string }) {
  const [state, action] = useActionState<FormState, FormData>(deleteExperimentAction, {});
  return (
    <form
      action={action}
      className="card space-y-3"
      onSubmit={(e) => {
        if (!window.confirm("Remove this experiment and all its runs?")) e.preventDefault();
      }}
    >
      <h2 className="text-lg font-semibold">Remove</h2>
      <p className="text-sm text-slate-700">Until the submission deadline you can remove this experiment (with its runs) and attach a corrected one.</p>
      <Hidden slug={slug} number={number} experimentId={experimentId} />
      <SubmitButton pendingLabel="Removing…">Remove experiment</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
