"use client";
// One upload form per kind of file; the answer is the import report: counts, and every bad row by line.
import { useActionState } from "react";
import { importAction, importPublicationsAction, importScoresAction, type ImportState } from "@/lib/imports/actions";
import type { ImportReport } from "@/lib/imports/types";
import { Field, FormMessage, SubmitButton } from "../../../../_components/form-controls";

function ReportErrors({ report: r }: { report?: ImportReport }) {
  if (!r || r.errors.length === 0) return null;
  const files = r.errors.some((e) => e.file);
  return (
    <div className="card overflow-x-auto p-0">
      <table className="table-base">
        <caption className="px-3 py-2 text-left text-sm font-medium">{r.imported ? `Rows skipped in ${r.fileName}` : `Rows with errors in ${r.fileName}`}</caption>
        <thead>
          <tr>{files && <th scope="col">File</th>}<th scope="col">Line</th><th scope="col">Problem</th></tr>
        </thead>
        <tbody>
          {r.errors.map((e) => (
            <tr key={`${e.file ?? ""}-${e.line}-${e.reason}`}>{files && <td>{e.file}</td>}<td className="tabular-nums">{e.line === 0 ? "whole file" : e.line}</td><td>{e.reason}</td></tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function SkipBadRows({ id }: { id: string }) {
  return (
    <div className="flex items-center gap-2">
      <input id={id} name="skipBadRows" type="checkbox" />
      <label htmlFor={id} className="text-sm">Skip bad rows (import the good ones)</label>
    </div>
  );
}

export function ImportForm({ venueId, kind, columns }: { venueId: string; kind: "submissions" | "reviewers"; columns: string }) {
  const [state, action] = useActionState<ImportState, FormData>(importAction, {});
  const id = `${kind}-file`;
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="venueId" value={venueId} />
      <input type="hidden" name="kind" value={kind} />
      <div className="space-y-1">
        <label htmlFor={id} className="block text-sm font-medium text-slate-800">{kind === "submissions" ? "Submissions CSV or JSON" : "Reviewers CSV"}</label>
        <input id={id} name="file" type="file" accept={kind === "submissions" ? ".csv,text/csv,.json,application/json" : ".csv,text/csv"} className="block text-sm" aria-describedby={`${id}-hint`} />
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          Columns: {columns}
          {kind === "submissions" && ". JSON: an array of records with the same fields (authors as [{name, email}]), or OpenReview notes (content.title, abstract, keywords, authors with authorids)."}
        </p>
      </div>
      <SkipBadRows id={`${kind}-skip`} />
      <SubmitButton pendingLabel="Importing…">{`Import ${kind}`}</SubmitButton>
      <FormMessage state={state} />
      <ReportErrors report={state.report} />
    </form>
  );
}

export function PublicationsImportForm({ venueId }: { venueId: string }) {
  const [state, action] = useActionState<ImportState, FormData>(importPublicationsAction, {});
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="venueId" value={venueId} />
      <div className="space-y-1">
        <label htmlFor="publications-files" className="block text-sm font-medium text-slate-800">Publication files (.jsonl or .bib)</label>
        <input id="publications-files" name="files" type="file" multiple accept=".jsonl,.bib" className="block text-sm" aria-describedby="publications-hint" />
        <p id="publications-hint" className="text-xs text-slate-600">
          One file per reviewer, named with their email: <code>yaw.asante@uct.ac.za.jsonl</code> (OpenReview expertise archive: one
          publication per line with content.title and content.abstract) or <code>yaw.asante@uct.ac.za.bib</code> (BibTeX).
          Re-importing replaces that reviewer&apos;s imported publications.
        </p>
      </div>
      <SkipBadRows id="publications-skip" />
      <SubmitButton pendingLabel="Importing…">Import publications</SubmitButton>
      <FormMessage state={state} />
      <ReportErrors report={state.report} />
    </form>
  );
}

export function ScoresImportForm({ venueId }: { venueId: string }) {
  const [state, action] = useActionState<ImportState, FormData>(importScoresAction, {});
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="venueId" value={venueId} />
      <Field label="Source name" name="source" state={state} placeholder="e.g. specter" hint='Stored as "import:<name>"; importing the same name again replaces its scores.' />
      <div className="space-y-1">
        <label htmlFor="scores-file" className="block text-sm font-medium text-slate-800">Scores CSV</label>
        <input id="scores-file" name="file" type="file" accept=".csv,text/csv" className="block text-sm" aria-describedby="scores-hint" />
        <p id="scores-hint" className="text-xs text-slate-600">Rows paper_id,reviewer_id,score: the paper&apos;s id or number, the reviewer&apos;s email.</p>
      </div>
      <SkipBadRows id="scores-skip" />
      <SubmitButton pendingLabel="Importing…">Import scores</SubmitButton>
      <FormMessage state={state} />
      <ReportErrors report={state.report} />
    </form>
  );
}
