"use client";
// Authors attach an experiment as a bundle (zip / tar.gz with tangent.experiment.json, scripts and the claimed
// CSV) or, for a built-in kernel, as a manifest and a claimed CSV. Every problem comes back with its field.
import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/app/_components/form-controls";
import type { FormState } from "@/lib/actions/form-state";
import { attachBuiltinAction, attachBundleAction } from "@/lib/experiments/actions";

function Problems({ state }: { state: FormState }) {
  const problems = state.fieldErrors?.problems;
  if (!problems?.length) return null;
  return (
    <ul className="list-disc space-y-1 rounded-md bg-red-50 py-2 pl-8 pr-3 text-sm text-red-800" aria-label="Problems found">
      {problems.map((p) => <li key={p}>{p}</li>)}
    </ul>
  );
}

export function AttachBundleForm({ slug, number }: { slug: string; number: number }) {
  const [state, action] = useActionState<FormState, FormData>(attachBundleAction, {});
  return (
    <form action={action} className="card space-y-3">
      <h3 className="font-semibold">Upload a bundle (Node or Python)</h3>
      <p className="text-sm text-slate-700">
        A <code>.zip</code> or <code>.tar.gz</code> of at most 50 MB with <code>tangent.experiment.json</code> at its root, your script and the
        CSV of the numbers behind the figure. Scripts read their parameters from the file named by <code>$TANGENT_PARAMS</code>, may print
        lines like <code>progress 0.42</code>, and run with no network.
      </p>
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="number" value={number} />
      <label className="block text-sm font-medium" htmlFor="bundle">Bundle</label>
      <input id="bundle" name="bundle" type="file" accept=".zip,.tar.gz,.tgz,application/zip,application/gzip" required className="block w-full text-sm" aria-describedby={state.fieldErrors?.bundle ? "bundle-error" : undefined} />
      {state.fieldErrors?.bundle && <p id="bundle-error" className="text-sm text-red-700">{state.fieldErrors.bundle.join(" ")}</p>}
      <Problems state={state} />
      <SubmitButton pendingLabel="Checking and uploading…">Upload and run</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

export function AttachBuiltinForm({ slug, number, example }: { slug: string; number: number; example: string }) {
  const [state, action] = useActionState<FormState, FormData>(attachBuiltinAction, {});
  return (
    <form action={action} className="card space-y-3">
      <h3 className="font-semibold">Use a built-in theory kernel</h3>
      <p className="text-sm text-slate-700">
        Kernels: min-norm-ls, min-norm-ls-samplewise, random-features, lazy-training, ntk, edge-of-stability, linear-imbalance. Their result is
        written to <code>result.json</code>; name it in <code>outputs</code>. The example below is a complete, valid manifest.
      </p>
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="number" value={number} />
      <label className="block text-sm font-medium" htmlFor="manifest">Manifest (tangent.experiment.json)</label>
      <textarea id="manifest" name="manifest" rows={14} defaultValue={example} spellCheck={false} className="input font-mono text-xs" />
      <label className="block text-sm font-medium" htmlFor="claimed">Claimed numbers (CSV with the columns named in <code>claimed</code>)</label>
      <input id="claimed" name="claimed" type="file" accept=".csv,text/csv" required className="block w-full text-sm" />
      <Problems state={state} />
      <SubmitButton pendingLabel="Checking…">Attach and run</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
