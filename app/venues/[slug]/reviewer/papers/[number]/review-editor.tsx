"use client";
// The structured review: autosaved as the reviewer types, refused (and kept on screen) when another tab saved
// first, submitted with every field checked and errors shown next to each.
import { useRef, useState } from "react";
import type { FormField } from "@/lib/reviews/form-schema";
import { clockTime } from "@/lib/reviews/schema";
import { getAt, setAt, type Content } from "./content-path";
import { FieldControl } from "./review-fields";
import { TheoremReading, type TheoremInfo } from "./theorem-reading";
import { useReviewSaver, type SaveState } from "./use-review-saver";

interface Props {
  slug: string;
  number: number;
  form: { version: number; fields: FormField[] };
  theorems: TheoremInfo[];
  review: { version: number; status: "DRAFT" | "SUBMITTED"; content: Content; updatedAt: string } | null;
  lockedReason: string | null;
}

function stateText(state: SaveState, status: string, lastSaved: string | null): string {
  switch (state.kind) {
    case "saving":
      return "Saving…";
    case "pending":
      return "Unsaved changes…";
    case "saved":
      return `${status === "SUBMITTED" ? "Submitted" : "Saved"} at ${clockTime(new Date(state.at))}`;
    case "failed":
      return state.message.startsWith("Not saved") ? state.message : `Not saved: ${state.message}`;
    case "stale":
      return "Not saved";
    case "idle":
      return lastSaved ? `${status === "SUBMITTED" ? "Submitted; last saved" : "Saved"} at ${clockTime(new Date(lastSaved))}` : "Not started: your answers save as you type.";
  }
}

export function ReviewEditor({ slug, number, form, theorems, review, lockedReason }: Props) {
  const [content, setContent] = useState<Content>(review?.content ?? {});
  const [summary, setSummary] = useState<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const saver = useReviewSaver({
    slug,
    number,
    formVersion: form.version,
    initialVersion: review?.version ?? 0,
    initialStatus: review?.status ?? "DRAFT",
    locked: lockedReason !== null,
  });
  const disabled = lockedReason !== null;
  const submitted = saver.status === "SUBMITTED";

  const update = (next: Content) => {
    setContent(next);
    saver.changed(next);
  };
  const onChange = (path: string[], value: unknown) => update(setAt(content, path, value));
  const onConfirmAll = (path: string[], values: Record<string, string>) => update(setAt(content, path, values));

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    const result = await saver.submit(content);
    if (!result) return;
    setSummary(result.ok ? null : result.message);
    if (!result.ok) requestAnimationFrame(() => summaryRef.current?.focus());
  }

  return (
    <form onSubmit={onSubmit} className="space-y-6" noValidate aria-labelledby="review-heading">
      <div className="sticky top-0 z-10 flex flex-wrap items-center justify-between gap-2 rounded-md border border-slate-200 bg-white/95 px-4 py-2 shadow-sm">
        <h2 id="review-heading" className="text-lg font-semibold">Your review <span className="text-sm font-normal text-slate-600">(form version {form.version})</span></h2>
        <p role="status" aria-live="polite" className="text-sm text-slate-700" data-testid="save-state">
          {stateText(saver.state, saver.status, review?.updatedAt ?? null)}
        </p>
      </div>
      {lockedReason && <p role="alert" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">{lockedReason}</p>}
      {saver.state.kind === "stale" && <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">{saver.state.message}</p>}
      {submitted && !disabled && (
        <p className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          This review is submitted. You can revise it until the deadline: edit below and press “Update review” (every field is checked again, and the previous version is kept).
        </p>
      )}
      {summary && (
        <div ref={summaryRef} tabIndex={-1} role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {summary}
        </div>
      )}

      {form.fields.map((f) =>
        f.kind === "perTheorem" ? (
          <section key={f.key} aria-labelledby="theorems-reading" className="space-y-3">
            <h3 id="theorems-reading" className="text-base font-semibold">{f.label}</h3>
            {f.help && <p className="text-sm text-slate-700">{f.help}</p>}
            {theorems.map((t) => (
              <TheoremReading key={t.id} theorem={t} fields={f.fields} base={[f.key]} content={content} errors={saver.fieldErrors} disabled={disabled} onChange={onChange} onConfirmAll={onConfirmAll} />
            ))}
          </section>
        ) : (
          <FieldControl key={f.key} field={f} path={[f.key]} value={getAt(content, [f.key])} errors={saver.fieldErrors} disabled={disabled} onChange={onChange} />
        ),
      )}

      {!disabled && (
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" className="btn-primary" disabled={saver.state.kind === "saving" || saver.state.kind === "stale"}>
            {submitted ? "Update review" : "Submit review"}
          </button>
          <p className="text-xs text-slate-600">Drafts save automatically; submitting checks every field.</p>
        </div>
      )}
    </form>
  );
}
