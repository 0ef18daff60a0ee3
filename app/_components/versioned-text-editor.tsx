"use client";
// One text saved with a version check (an authors' response, a meta-review): a counter that counts exactly as
// the server does (textLength), "Save draft" and "Submit", and a stale save refused with the text kept on screen
// (decision 0007). Once submitted, the text is revised only by submitting again.
import { useState, useTransition } from "react";
import type { TextSaveResult } from "@/lib/actions/versioned-text";
import { textLength } from "@/lib/reviews/form-schema";

type Action = (input: { slug: string; number: number; baseVersion: number; body: string }) => Promise<TextSaveResult>;

interface Props {
  id: string;
  label: string;
  help?: string;
  slug: string;
  number: number;
  initial: { body: string; version: number; submitted: boolean; updatedAt: string } | null;
  maxLength: number;
  closedReason: string | null;
  saveDraft: Action;
  submit: Action;
  submitLabel: string;
  updateLabel: string;
}

function clock(iso: string): string {
  return new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hour12: false }).format(new Date(iso));
}

export function VersionedTextEditor(p: Props) {
  const [body, setBody] = useState(p.initial?.body ?? "");
  const [version, setVersion] = useState(p.initial?.version ?? 0);
  const [submitted, setSubmitted] = useState(p.initial?.submitted ?? false);
  const [status, setStatus] = useState(p.initial ? `${p.initial.submitted ? "Submitted; last saved" : "Saved"} at ${clock(p.initial.updatedAt)}` : "Not saved yet");
  const [error, setError] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const [dirty, setDirty] = useState(false);
  const [pending, start] = useTransition();
  const length = textLength(body);
  const over = length > p.maxLength;
  const locked = p.closedReason !== null || stale;

  function run(action: Action) {
    start(async () => {
      setError(null);
      setStatus("Saving…");
      const r = await action({ slug: p.slug, number: p.number, baseVersion: version, body });
      if (r.ok) {
        setVersion(r.version);
        setSubmitted(r.submitted);
        setDirty(false);
        setStatus(`${r.submitted ? "Submitted" : "Saved"} at ${clock(r.savedAt)}`);
      } else {
        // Refused or stale: nothing was written, and the text stays exactly as typed.
        if (r.reason === "stale") setStale(true);
        setStatus("Not saved");
        setError(r.message);
      }
    });
  }

  return (
    <div className="space-y-2">
      <label htmlFor={p.id} className="block text-sm font-medium text-slate-800">{p.label}</label>
      {p.help && <p id={`${p.id}-help`} className="text-xs text-slate-600">{p.help}</p>}
      <textarea
        id={p.id}
        className="input min-h-48 font-mono text-sm"
        value={body}
        readOnly={p.closedReason !== null}
        aria-invalid={over || undefined}
        aria-describedby={`${p.id}-count${p.help ? ` ${p.id}-help` : ""}`}
        onChange={(e) => {
          setBody(e.target.value);
          setDirty(true);
        }}
      />
      <p id={`${p.id}-count`} className={`text-xs ${over ? "font-medium text-red-700" : "text-slate-600"}`}>
        {length} / {p.maxLength} characters{over ? ` — ${length - p.maxLength} over the limit` : ""}
      </p>
      {p.closedReason && <p className="rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700">{p.closedReason}</p>}
      {error && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-3">
        {!submitted && (
          <button type="button" className="btn-secondary" disabled={locked || pending || over} onClick={() => run(p.saveDraft)}>
            Save draft
          </button>
        )}
        <button type="button" className="btn-primary" disabled={locked || pending || over} onClick={() => run(p.submit)}>
          {submitted ? p.updateLabel : p.submitLabel}
        </button>
        <span data-testid={`${p.id}-state`} role="status" aria-live="polite" className="text-sm text-slate-700">
          {pending ? "Saving…" : dirty && !stale && status !== "Not saved" ? "Unsaved changes" : status}
        </span>
      </div>
    </div>
  );
}
