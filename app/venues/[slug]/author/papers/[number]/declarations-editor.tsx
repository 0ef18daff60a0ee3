"use client";
// The author's theorem list: add, edit, reorder and delete theorems, each with a Markdown statement (previewed
// with its math) and every assumption of the taxonomy. Saved as a whole with the token of the list it edited, so
// a save from a stale tab is refused and its edits stay on screen.
import { useEffect, useRef, useState } from "react";
import { saveDeclarationsAction } from "@/lib/theorems/actions";
import { clockTime } from "@/lib/reviews/schema";
import { staleDeclarationsMessage, typedAssumptions, type RawAssumptions } from "@/lib/theorems/schema";
import { ASSUMPTION_FIELDS } from "@/lib/theorems/taxonomy";
import { Markdown } from "../../../../../_components/markdown";

interface Draft {
  /** Stable React key: the theorem id once saved, a local one before. */
  key: string;
  id?: string;
  label: string;
  statement: string;
  assumptions: RawAssumptions;
}

type Status = { kind: "idle" } | { kind: "dirty" } | { kind: "saving" } | { kind: "saved"; at: string; message: string } | { kind: "failed"; message: string } | { kind: "stale"; message: string };

interface Props {
  slug: string;
  number: number;
  token: string;
  theorems: { id: string; label: string; statement: string; assumptions: RawAssumptions }[];
}

let localKeys = 0;

/** The conditional details are sent only while the choice that needs them is made. */
function toInput(d: Draft) {
  const a = { ...d.assumptions };
  if (a.width !== "overparameterized") delete a.widthRequirement;
  if (a.optimizer !== "sgd") delete a.batchSize;
  if (a.initScale !== "alpha_scaled") delete a.initAlpha;
  return { id: d.id, label: d.label, statement: d.statement, assumptions: typedAssumptions(a) };
}

export function DeclarationsEditor({ slug, number, token: initialToken, theorems }: Props) {
  const [drafts, setDrafts] = useState<Draft[]>(() => theorems.map((t) => ({ ...t, key: t.id })));
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const token = useRef(initialToken);
  const dirty = status.kind === "dirty" || status.kind === "failed" || status.kind === "stale";
  const dirtyRef = useRef(false);
  useEffect(() => {
    dirtyRef.current = dirty;
  }, [dirty]);

  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (dirtyRef.current) e.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, []);

  const edit = (next: Draft[], clearErrors = false) => {
    setDrafts(next);
    if (clearErrors) setErrors({});
    setStatus((s) => (s.kind === "stale" ? s : { kind: "dirty" }));
  };
  const update = (i: number, patch: Partial<Draft>) => edit(drafts.map((d, j) => (j === i ? { ...d, ...patch } : d)));
  const setAssumption = (i: number, key: string, value: string) => edit(drafts.map((d, j) => (j === i ? { ...d, assumptions: { ...d.assumptions, [key]: value } } : d)));
  const move = (i: number, by: -1 | 1) => {
    const next = [...drafts];
    const [moved] = next.splice(i, 1);
    if (moved) next.splice(i + by, 0, moved);
    edit(next, true);
  };
  const remove = (i: number) => edit(drafts.filter((_, j) => j !== i), true);
  const add = () => edit([...drafts, { key: `new-${++localKeys}`, label: `Theorem ${drafts.length + 1}`, statement: "", assumptions: {} }], true);

  async function save(e: React.FormEvent) {
    e.preventDefault();
    if (status.kind === "stale") return;
    setStatus({ kind: "saving" });
    try {
      const result = await saveDeclarationsAction({ slug, number, baseToken: token.current, theorems: drafts.map(toInput) });
      if (result.ok) {
        token.current = result.token;
        setDrafts((ds) => ds.map((d, i) => ({ ...d, id: result.ids[i] ?? d.id })));
        setErrors({});
        setStatus({ kind: "saved", at: result.savedAt, message: result.message });
      } else if (result.reason === "stale") {
        setStatus({ kind: "stale", message: staleDeclarationsMessage(clockTime(new Date(result.changedAt))) });
      } else {
        setErrors(result.reason === "invalid" ? result.fieldErrors : {});
        setStatus({ kind: "failed", message: result.message });
      }
    } catch {
      setStatus({ kind: "failed", message: "Not saved: the server could not be reached. Your edits are kept here; try again." });
    }
  }

  const statusText =
    status.kind === "saving" ? "Saving…" : status.kind === "dirty" ? "Unsaved changes" : status.kind === "saved" ? `${status.message} Saved at ${clockTime(new Date(status.at))}.` : status.kind === "idle" ? "No changes yet." : "Not saved";

  return (
    <form onSubmit={save} noValidate className="space-y-6" aria-labelledby="declarations-heading">
      <div className="sticky top-0 z-10 flex flex-wrap items-center justify-between gap-2 rounded-md border border-slate-200 bg-white/95 px-4 py-2 shadow-sm">
        <h2 id="declarations-heading" className="text-lg font-semibold">Theorems ({drafts.length})</h2>
        <div className="flex items-center gap-3">
          <p role="status" aria-live="polite" className="text-sm text-slate-700" data-testid="declarations-state">{statusText}</p>
          <button type="submit" className="btn-primary" disabled={status.kind === "saving" || status.kind === "stale"}>Save theorems</button>
        </div>
      </div>
      {(status.kind === "failed" || status.kind === "stale") && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">{status.message}</p>
      )}
      {errors._form && <p role="alert" className="text-sm text-red-700">{errors._form.join(" ")}</p>}

      {drafts.length === 0 && (
        <p className="rounded-md border border-dashed border-slate-300 px-4 py-6 text-center text-sm text-slate-600">No theorems yet. Add each theorem of the paper with its assumptions.</p>
      )}
      {drafts.map((d, i) => (
        <TheoremCard
          key={d.key}
          draft={d}
          index={i}
          count={drafts.length}
          errors={errors}
          onUpdate={(patch) => update(i, patch)}
          onAssumption={(key, value) => setAssumption(i, key, value)}
          onMove={(by) => move(i, by)}
          onRemove={() => remove(i)}
        />
      ))}
      <div className="flex flex-wrap gap-3">
        <button type="button" className="btn-secondary" onClick={add}>Add a theorem</button>
        <button type="submit" className="btn-primary" disabled={status.kind === "saving" || status.kind === "stale"}>Save theorems</button>
      </div>
    </form>
  );
}

interface CardProps {
  draft: Draft;
  index: number;
  count: number;
  errors: Record<string, string[]>;
  onUpdate: (patch: Partial<Draft>) => void;
  onAssumption: (key: string, value: string) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

function Err({ id, list }: { id: string; list?: string[] }) {
  return list ? <p id={id} className="text-sm text-red-700">{list.join(" ")}</p> : null;
}

function TheoremCard({ draft, index, count, errors, onUpdate, onAssumption, onMove, onRemove }: CardProps) {
  const base = `t-${draft.key}`;
  const err = (path: string) => errors[`theorems.${index}.${path}`];
  const a = draft.assumptions;
  const name = draft.label.trim() || `theorem ${index + 1}`;
  const input = (key: string, label: string, hint: string, type: "text" | "number" = "text") => {
    const id = `${base}-${key}`;
    const list = err(`assumptions.${key}`);
    return (
      <div className="space-y-1">
        <label htmlFor={id} className="block text-sm font-medium text-slate-800">{label}</label>
        <input id={id} type={type} className="input" value={a[key] ?? ""} aria-invalid={list ? true : undefined} aria-describedby={`${id}-hint${list ? ` ${id}-error` : ""}`} onChange={(e) => onAssumption(key, e.target.value)} />
        <p id={`${id}-hint`} className="text-xs text-slate-600">{hint}</p>
        <Err id={`${id}-error`} list={list} />
      </div>
    );
  };
  return (
    <article aria-labelledby={`${base}-h`} className="card space-y-4" data-testid="theorem-card">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={`${base}-h`} className="font-semibold">
          <span className="text-slate-600">{index + 1}.</span> {draft.label || "Untitled theorem"}
        </h3>
        <div className="flex flex-wrap gap-2">
          <button type="button" className="btn-secondary px-2 py-1" disabled={index === 0} aria-label={`Move ${name} up`} onClick={() => onMove(-1)}>↑ Up</button>
          <button type="button" className="btn-secondary px-2 py-1" disabled={index === count - 1} aria-label={`Move ${name} down`} onClick={() => onMove(1)}>↓ Down</button>
          <button type="button" className="btn-secondary px-2 py-1 text-red-800" aria-label={`Delete ${name}`} onClick={onRemove}>Delete</button>
        </div>
      </div>
      <Err id={`${base}-error`} list={err("assumptions")} />

      <div className="space-y-1">
        <label htmlFor={`${base}-label`} className="block text-sm font-medium text-slate-800">Label</label>
        <input id={`${base}-label`} className="input" value={draft.label} aria-invalid={err("label") ? true : undefined} aria-describedby={err("label") ? `${base}-label-error` : undefined} onChange={(e) => onUpdate({ label: e.target.value })} />
        <Err id={`${base}-label-error`} list={err("label")} />
      </div>

      <div className="grid gap-4 lg:grid-cols-2">
        <div className="space-y-1">
          <label htmlFor={`${base}-statement`} className="block text-sm font-medium text-slate-800">Statement</label>
          <textarea id={`${base}-statement`} className="input min-h-32 font-mono" rows={6} value={draft.statement} aria-invalid={err("statement") ? true : undefined} aria-describedby={`${base}-statement-hint${err("statement") ? ` ${base}-statement-error` : ""}`} onChange={(e) => onUpdate({ statement: e.target.value })} />
          <p id={`${base}-statement-hint`} className="text-xs text-slate-600">Markdown with math: $…$ inline, $$…$$ on its own lines.</p>
          <Err id={`${base}-statement-error`} list={err("statement")} />
        </div>
        <div className="space-y-1" aria-label={`Preview of ${name}`} role="region">
          <p className="text-sm font-medium text-slate-800">Preview</p>
          <div className="min-h-32 rounded-md border border-slate-200 bg-slate-50 p-3">
            {draft.statement.trim() ? <Markdown className="font-serif text-sm text-slate-800">{draft.statement}</Markdown> : <p className="text-sm text-slate-500">The statement appears here as reviewers will read it.</p>}
          </div>
        </div>
      </div>

      <fieldset className="space-y-3">
        <legend className="text-sm font-semibold text-slate-800">Assumptions</legend>
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {ASSUMPTION_FIELDS.map((f) => {
            const id = `${base}-${f.key}`;
            const list = err(`assumptions.${f.key}`);
            return (
              <div key={f.key} className="space-y-1">
                <label htmlFor={id} className="block text-sm font-medium text-slate-800">{f.label}</label>
                <select id={id} className="input" value={a[f.key] ?? ""} aria-invalid={list ? true : undefined} aria-describedby={`${id}-hint${list ? ` ${id}-error` : ""}`} onChange={(e) => onAssumption(f.key, e.target.value)}>
                  <option value="">— choose —</option>
                  {f.options.map((o) => (
                    <option key={o.value} value={o.value}>{o.label}</option>
                  ))}
                </select>
                <p id={`${id}-hint`} className="text-xs text-slate-600">{f.help}</p>
                <Err id={`${id}-error`} list={list} />
              </div>
            );
          })}
          <div className="space-y-1">
            <label htmlFor={`${base}-depth`} className="block text-sm font-medium text-slate-800">Depth (layers)</label>
            <input id={`${base}-depth`} type="number" min={1} className="input" disabled={a.depth === "unbounded"} value={a.depth === "unbounded" ? "" : (a.depth ?? "")} aria-invalid={err("assumptions.depth") ? true : undefined} aria-describedby={err("assumptions.depth") ? `${base}-depth-error` : undefined} onChange={(e) => onAssumption("depth", e.target.value)} />
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" checked={a.depth === "unbounded"} onChange={(e) => onAssumption("depth", e.target.checked ? "unbounded" : "")} /> Holds at any depth (unbounded)
            </label>
            <Err id={`${base}-depth-error`} list={err("assumptions.depth")} />
          </div>
          {a.width === "overparameterized" && input("widthRequirement", "Over-parameterization requirement", "As stated in the theorem, e.g. m ≥ poly(n, 1/λ₀).")}
          {a.optimizer === "sgd" && input("batchSize", "Batch size", "The batch size the analysis assumes.", "number")}
          {a.initScale === "alpha_scaled" && input("initAlpha", "α (initialization scale)", "The α the weights are scaled by.", "number")}
        </div>
      </fieldset>
    </article>
  );
}
