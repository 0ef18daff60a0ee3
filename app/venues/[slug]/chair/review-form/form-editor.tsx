"use client";
// The review form as data: add, remove and reorder fields of each kind, edit labels, limits, choices, score
// levels, visibility and whether an answer is required. The server validates with the form's own schema and the
// errors come back by path ("3.options.1.label"), shown next to the input they concern.
import { useState } from "react";
import { saveReviewFormAction } from "@/lib/review-forms/actions";
import { AUDIENCES, type FormField } from "@/lib/reviews/form-schema";

// The editor holds fields loosely typed: half-typed input (an emptied number) must survive until the server says what is wrong.
type Loose = Record<string, unknown> & { kind: string };
type Path = (string | number)[];

const KIND_LABELS: Record<string, string> = {
  text: "Text",
  choice: "Single choice",
  multi: "Multiple choice",
  score: "Score",
  perTheorem: "Per-theorem group",
  assumptions: "Assumption reading",
};
const AUDIENCE_LABELS: Record<string, string> = { authors: "Authors", reviewers: "Other reviewers", chairs: "Chairs" };

let counter = 0;
function blank(kind: string, topLevel: boolean): Loose {
  const n = ++counter;
  const base: Loose = { kind, key: `new${kind[0]!.toUpperCase()}${kind.slice(1)}${n}`, label: `New ${KIND_LABELS[kind]!.toLowerCase()} question`, required: false };
  if (topLevel) base.visibleTo = ["reviewers", "chairs"];
  switch (kind) {
    case "text":
      return { ...base, maxLength: 2000, markdown: true };
    case "choice":
    case "multi":
      return { ...base, options: [{ value: "yes", label: "Yes" }, { value: "no", label: "No" }] };
    case "score":
      return { ...base, levels: [1, 2, 3, 4].map((value) => ({ value, label: `Level ${value}` })) };
    case "perTheorem":
      return { ...base, label: "Theorems", fields: [{ kind: "assumptions", key: "assumptions", label: "Assumptions as you read them", required: true }] };
    default:
      return { ...base, key: "assumptions", label: "Assumptions as you read them" };
  }
}

interface Props {
  slug: string;
  token: string;
  fields: FormField[];
  inPlace: boolean;
  currentVersion: number | null;
}

type Status = { kind: "idle" | "dirty" | "saving" } | { kind: "saved" | "failed" | "stale"; message: string };

export function FormEditor({ slug, token: initialToken, fields: initial, inPlace: initialInPlace, currentVersion }: Props) {
  const [fields, setFields] = useState<Loose[]>(() => initial.map((f) => structuredClone(f) as unknown as Loose));
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [token, setToken] = useState(initialToken);
  const [inPlace, setInPlace] = useState(initialInPlace);
  const [version, setVersion] = useState(currentVersion);

  /** Replace the value at a path (["3", "options", 1, "label"]) immutably. */
  const setAt = (path: Path, value: unknown) => {
    const write = (node: unknown, rest: Path): unknown => {
      if (rest.length === 0) return value;
      const [head, ...tail] = rest;
      if (Array.isArray(node)) return node.map((x, i) => (i === head ? write(x, tail) : x));
      const obj = (node ?? {}) as Record<string, unknown>;
      return { ...obj, [head!]: write(obj[head as string], tail) };
    };
    setFields((fs) => write(fs, path) as Loose[]);
    setStatus((s) => (s.kind === "stale" ? s : { kind: "dirty" }));
  };
  const listAt = (path: Path): unknown[] => {
    let node: unknown = fields;
    for (const k of path) node = (node as Record<string | number, unknown>)?.[k];
    return (node as unknown[]) ?? [];
  };
  /** Structural edits (add, remove, move) clear the errors, whose paths would no longer point at the same field. */
  const restructure = (path: Path, next: unknown[]) => {
    setErrors({});
    if (path.length === 0) {
      setFields(next as Loose[]);
      setStatus((s) => (s.kind === "stale" ? s : { kind: "dirty" }));
    } else setAt(path, next);
  };
  const move = (path: Path, i: number, by: -1 | 1) => {
    const list = [...listAt(path)];
    const [item] = list.splice(i, 1);
    list.splice(i + by, 0, item);
    restructure(path, list);
  };
  const removeAt = (path: Path, i: number) => restructure(path, listAt(path).filter((_, j) => j !== i));
  const append = (path: Path, item: unknown) => restructure(path, [...listAt(path), item]);

  async function save(e: React.FormEvent) {
    e.preventDefault();
    if (status.kind === "stale") return;
    setStatus({ kind: "saving" });
    try {
      const result = await saveReviewFormAction({ slug, baseToken: token, fields });
      if (result.ok) {
        setToken(result.token);
        setVersion(result.version);
        setInPlace(result.inPlace);
        setErrors({});
        setStatus({ kind: "saved", message: result.message });
      } else {
        setErrors(result.reason === "invalid" ? result.fieldErrors : {});
        setStatus({ kind: result.reason === "stale" ? "stale" : "failed", message: result.message });
      }
    } catch {
      setStatus({ kind: "failed", message: "Not saved: the server could not be reached. Your edits are kept here; try again." });
    }
  }

  const ctx: Ctx = { errors, setAt, move, removeAt, append };
  return (
    <form onSubmit={save} noValidate className="space-y-4" aria-labelledby="editor-heading">
      <div className="sticky top-0 z-10 flex flex-wrap items-center justify-between gap-2 rounded-md border border-slate-200 bg-white/95 px-4 py-2 shadow-sm">
        <div>
          <h2 id="editor-heading" className="text-lg font-semibold">{version === null ? "New form (not saved yet)" : `Editing version ${version}`}</h2>
          <p className="text-xs text-slate-600">
            {version === null ? "Saving creates version 1." : inPlace ? "Reviewing has not opened: saving updates this version in place." : "Reviews exist or reviewing is open: saving creates a new version; existing reviews keep theirs."}
          </p>
        </div>
        <div className="flex items-center gap-3">
          <p role="status" aria-live="polite" className="text-sm text-slate-700" data-testid="form-editor-state">
            {status.kind === "saving" ? "Saving…" : status.kind === "dirty" ? "Unsaved changes" : status.kind === "saved" ? status.message : status.kind === "idle" ? "No changes yet." : "Not saved"}
          </p>
          <button type="submit" className="btn-primary" disabled={status.kind === "saving" || status.kind === "stale"}>Save form</button>
        </div>
      </div>
      {(status.kind === "failed" || status.kind === "stale") && <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">{status.message}</p>}
      <Errs errors={errors} path={[]} />
      <FieldList list={fields} path={[]} topLevel ctx={ctx} />
    </form>
  );
}

interface Ctx {
  errors: Record<string, string[]>;
  setAt: (path: Path, value: unknown) => void;
  move: (path: Path, i: number, by: -1 | 1) => void;
  removeAt: (path: Path, i: number) => void;
  append: (path: Path, item: unknown) => void;
}

const idOf = (path: Path) => `ff-${path.join("-")}`;
const keyOf = (path: Path) => path.map(String).join(".") || "_form";

function Errs({ errors, path }: { errors: Record<string, string[]>; path: Path }) {
  const list = errors[keyOf(path)];
  return list ? <p id={`${idOf(path)}-error`} className="text-sm text-red-700">{list.join(" ")}</p> : null;
}

function TextInput({ label, path, value, ctx, type = "text", className = "" }: { label: string; path: Path; value: unknown; ctx: Ctx; type?: "text" | "number"; className?: string }) {
  const id = idOf(path);
  const invalid = !!ctx.errors[keyOf(path)];
  return (
    <div className={`space-y-1 ${className}`}>
      <label htmlFor={id} className="block text-xs font-medium text-slate-700">{label}</label>
      <input
        id={id}
        type={type}
        className="input"
        value={value === null || value === undefined ? "" : String(value)}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-error` : undefined}
        onChange={(e) => ctx.setAt(path, type === "number" ? (e.target.value === "" ? null : Number(e.target.value)) : e.target.value)}
      />
      <Errs errors={ctx.errors} path={path} />
    </div>
  );
}

function FieldList({ list, path, topLevel, ctx }: { list: Loose[]; path: Path; topLevel: boolean; ctx: Ctx }) {
  const kinds = topLevel ? ["text", "choice", "multi", "score", "perTheorem"] : ["text", "choice", "score", "assumptions"];
  return (
    <div className="space-y-3">
      <ol className="space-y-3">
        {list.map((f, i) => (
          <li key={i}>
            <FieldCard field={f} index={i} count={list.length} listPath={path} topLevel={topLevel} ctx={ctx} />
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap items-center gap-2" role="group" aria-label={topLevel ? "Add a field" : "Add a question to this group"}>
        <span className="text-sm text-slate-700">{topLevel ? "Add a field:" : "Add a question:"}</span>
        {kinds.map((k) => (
          <button key={k} type="button" className="btn-secondary px-2 py-1" onClick={() => ctx.append(path, blank(k, topLevel))}>
            + {KIND_LABELS[k]}
          </button>
        ))}
      </div>
    </div>
  );
}

function FieldCard({ field: f, index, count, listPath, topLevel, ctx }: { field: Loose; index: number; count: number; listPath: Path; topLevel: boolean; ctx: Ctx }) {
  const path = [...listPath, index];
  const name = String(f.label || f.key || `field ${index + 1}`);
  const visibleTo = (f.visibleTo as string[] | undefined) ?? [];
  return (
    <section aria-label={`${KIND_LABELS[f.kind] ?? f.kind}: ${name}`} className={`space-y-3 rounded-lg border border-slate-200 bg-white p-4 ${topLevel ? "shadow-sm" : ""}`} data-testid="form-field">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm font-semibold">
          <span className="mr-2 rounded bg-slate-100 px-2 py-0.5 text-xs font-medium">{KIND_LABELS[f.kind] ?? f.kind}</span>
          {name}
        </p>
        <div className="flex gap-2">
          <button type="button" className="btn-secondary px-2 py-1" disabled={index === 0} aria-label={`Move ${name} up`} onClick={() => ctx.move(listPath, index, -1)}>↑</button>
          <button type="button" className="btn-secondary px-2 py-1" disabled={index === count - 1} aria-label={`Move ${name} down`} onClick={() => ctx.move(listPath, index, 1)}>↓</button>
          <button type="button" className="btn-secondary px-2 py-1 text-red-800" aria-label={`Remove ${name}`} onClick={() => ctx.removeAt(listPath, index)}>Remove</button>
        </div>
      </div>
      <Errs errors={ctx.errors} path={path} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextInput label="Label" path={[...path, "label"]} value={f.label} ctx={ctx} />
        <TextInput label="Key (camelCase; stored with answers)" path={[...path, "key"]} value={f.key} ctx={ctx} />
        <TextInput label="Help text" path={[...path, "help"]} value={f.help} ctx={ctx} className="sm:col-span-2" />
      </div>
      <div className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={f.required === true} onChange={(e) => ctx.setAt([...path, "required"], e.target.checked)} /> Required to submit
        </label>
        {f.kind === "text" && (
          <label className="flex items-center gap-2">
            <input type="checkbox" checked={f.markdown === true} onChange={(e) => ctx.setAt([...path, "markdown"], e.target.checked)} /> Markdown with math
          </label>
        )}
      </div>
      {topLevel && (
        <fieldset className="space-y-1" aria-describedby={ctx.errors[keyOf([...path, "visibleTo"])] ? `${idOf([...path, "visibleTo"])}-error` : undefined}>
          <legend className="text-xs font-medium text-slate-700">Visible to (once reviews are shared)</legend>
          <div className="flex flex-wrap gap-4 text-sm">
            {AUDIENCES.map((a) => (
              <label key={a} className="flex items-center gap-2">
                <input
                  type="checkbox"
                  checked={visibleTo.includes(a)}
                  onChange={(e) => ctx.setAt([...path, "visibleTo"], e.target.checked ? AUDIENCES.filter((x) => x === a || visibleTo.includes(x)) : visibleTo.filter((x) => x !== a))}
                />
                {AUDIENCE_LABELS[a]}
              </label>
            ))}
          </div>
          <Errs errors={ctx.errors} path={[...path, "visibleTo"]} />
        </fieldset>
      )}
      {f.kind === "text" && <TextInput label="Length limit (characters)" type="number" path={[...path, "maxLength"]} value={f.maxLength} ctx={ctx} className="max-w-xs" />}
      {(f.kind === "choice" || f.kind === "multi") && <Pairs title="Choices" what="choice" path={[...path, "options"]} items={(f.options as { value: unknown; label: unknown }[]) ?? []} numeric={false} ctx={ctx} />}
      {f.kind === "score" && <Pairs title="Score levels" what="level" path={[...path, "levels"]} items={(f.levels as { value: unknown; label: unknown }[]) ?? []} numeric ctx={ctx} />}
      {f.kind === "assumptions" && <p className="text-xs text-slate-600">The reviewer confirms or corrects every assumption of the taxonomy for each theorem.</p>}
      {f.kind === "perTheorem" && (
        <div className="space-y-2 border-l-2 border-slate-200 pl-4">
          <p className="text-xs font-medium text-slate-700">Questions asked for each theorem</p>
          <FieldList list={(f.fields as Loose[]) ?? []} path={[...path, "fields"]} topLevel={false} ctx={ctx} />
        </div>
      )}
    </section>
  );
}

function Pairs({ title, what, path, items, numeric, ctx }: { title: string; what: string; path: Path; items: { value: unknown; label: unknown }[]; numeric: boolean; ctx: Ctx }) {
  const next = () => (numeric ? { value: Math.max(0, ...items.map((i) => Number(i.value) || 0)) + 1, label: "" } : { value: `option${items.length + 1}`, label: "" });
  return (
    <fieldset className="space-y-2">
      <legend className="text-xs font-medium text-slate-700">{title}</legend>
      <Errs errors={ctx.errors} path={path} />
      <ol className="space-y-2">
        {items.map((item, j) => (
          <li key={j} className="flex flex-wrap items-end gap-2">
            <TextInput label={`${numeric ? "Value" : "Stored value"} of ${what} ${j + 1}`} type={numeric ? "number" : "text"} path={[...path, j, "value"]} value={item.value} ctx={ctx} className="w-40" />
            <TextInput label={`Label of ${what} ${j + 1}`} path={[...path, j, "label"]} value={item.label} ctx={ctx} className="min-w-48 flex-1" />
            <button type="button" className="btn-secondary px-2 py-1" disabled={j === 0} aria-label={`Move ${what} ${j + 1} up`} onClick={() => ctx.move(path, j, -1)}>↑</button>
            <button type="button" className="btn-secondary px-2 py-1 text-red-800" aria-label={`Remove ${what} ${j + 1}`} onClick={() => ctx.removeAt(path, j)}>Remove</button>
          </li>
        ))}
      </ol>
      <button type="button" className="btn-secondary px-2 py-1" onClick={() => ctx.append(path, next())}>+ Add a {what}</button>
    </fieldset>
  );
}
