"use client";
// One upload form per kind of file; the answer is the import report: counts, and every bad row by line.
import { useActionState } from "react";
import { importAction, type ImportState } from "@/lib/imports/actions";
import { FormMessage, SubmitButton } from "../../../../_components/form-controls";

export function ImportForm({ venueId, kind, columns }: { venueId: string; kind: "submissions" | "reviewers"; columns: string }) {
  const [state, action] = useActionState<ImportState, FormData>(importAction, {});
  const id = `${kind}-file`;
  const r = state.report;
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="venueId" value={venueId} />
      <input type="hidden" name="kind" value={kind} />
      <div className="space-y-1">
        <label htmlFor={id} className="block text-sm font-medium text-slate-800">{kind === "submissions" ? "Submissions CSV" : "Reviewers CSV"}</label>
        <input id={id} name="file" type="file" accept=".csv,text/csv" className="block text-sm" aria-describedby={`${id}-hint`} />
        <p id={`${id}-hint`} className="text-xs text-slate-600">Columns: {columns}</p>
      </div>
      <div className="flex items-center gap-2">
        <input id={`${kind}-skip`} name="skipBadRows" type="checkbox" />
        <label htmlFor={`${kind}-skip`} className="text-sm">Skip bad rows (import the good ones)</label>
      </div>
      <SubmitButton pendingLabel="Importing…">{`Import ${kind}`}</SubmitButton>
      <FormMessage state={state} />
      {r && r.errors.length > 0 && (
        <div className="card overflow-x-auto p-0">
          <table className="table-base">
            <caption className="px-3 py-2 text-left text-sm font-medium">
              {r.imported ? `Rows skipped in ${r.fileName}` : `Rows with errors in ${r.fileName}`}
            </caption>
            <thead>
              <tr><th scope="col">Line</th><th scope="col">Problem</th></tr>
            </thead>
            <tbody>
              {r.errors.map((e) => (
                <tr key={`${e.line}-${e.reason}`}><td className="tabular-nums">{e.line}</td><td>{e.reason}</td></tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </form>
  );
}
