"use client";
// One theorem's reading: each declared assumption confirmed (the declared value) or corrected (another value),
// then the theorem's other questions (how restrictive, comment).
import type { TheoremSubField } from "@/lib/reviews/form-schema";
import { ASSUMPTION_FIELDS } from "@/lib/theorems/taxonomy";
import { domId, errorKey, getAt, type Content } from "./content-path";
import { Errors, FieldControl } from "./review-fields";

export interface TheoremInfo {
  id: string;
  label: string;
  declared: Record<string, string | null>;
}

interface Props {
  theorem: TheoremInfo;
  fields: TheoremSubField[];
  base: string[];
  content: Content;
  errors: Record<string, string[]>;
  disabled: boolean;
  onChange: (path: string[], value: unknown) => void;
  onConfirmAll: (path: string[], values: Record<string, string>) => void;
}

export function TheoremReading({ theorem, fields, base, content, errors, disabled, onChange, onConfirmAll }: Props) {
  const path = [...base, theorem.id];
  return (
    <section aria-labelledby={`${domId(path)}-h`} className="space-y-4 rounded-md border border-slate-200 p-4">
      <h3 id={`${domId(path)}-h`} className="font-semibold">{theorem.label}</h3>
      <Errors path={path} errors={errors} />
      {fields.map((f) => {
        const fpath = [...path, f.key];
        if (f.kind !== "assumptions") {
          return <FieldControl key={f.key} field={f} path={fpath} value={getAt(content, fpath)} errors={errors} disabled={disabled} onChange={onChange} />;
        }
        const current = (getAt(content, fpath) as Record<string, string> | undefined) ?? {};
        const declared = Object.fromEntries(Object.entries(theorem.declared).filter((e): e is [string, string] => e[1] !== null));
        return (
          <fieldset key={f.key} className="space-y-2">
            <legend className="text-sm font-medium text-slate-800">{f.label}</legend>
            <p className="text-xs text-slate-600">Keep the declared value to confirm it, or choose the one the proof actually needs.</p>
            <button type="button" className="btn-secondary" disabled={disabled} onClick={() => onConfirmAll(fpath, { ...declared, ...current })}>
              Confirm the remaining assumptions as declared
            </button>
            <Errors path={fpath} errors={errors} />
            <div className="grid gap-3 sm:grid-cols-2">
              {ASSUMPTION_FIELDS.map((a) => {
                const apath = [...fpath, a.key];
                const id = domId(apath);
                const value = current[a.key] ?? "";
                const corrected = value !== "" && theorem.declared[a.key] !== null && value !== theorem.declared[a.key];
                return (
                  <div key={a.key} className="space-y-1">
                    <label htmlFor={id} className="block text-sm font-medium text-slate-800">{a.label}</label>
                    <select
                      id={id}
                      className="input"
                      value={value}
                      disabled={disabled}
                      aria-invalid={errors[errorKey(apath)] ? true : undefined}
                      aria-describedby={`${id}-declared${errors[errorKey(apath)] ? ` ${id}-error` : ""}`}
                      onChange={(e) => onChange(apath, e.target.value === "" ? undefined : e.target.value)}
                    >
                      <option value="">— not read yet —</option>
                      {a.options.map((o) => (
                        <option key={o.value} value={o.value}>
                          {o.label}
                          {o.value === theorem.declared[a.key] ? " (declared)" : ""}
                        </option>
                      ))}
                    </select>
                    <p id={`${id}-declared`} className="text-xs text-slate-600">
                      Declared: {a.options.find((o) => o.value === theorem.declared[a.key])?.label ?? "not declared"}
                      {corrected && <strong className="ml-1 text-amber-800">· you correct this</strong>}
                    </p>
                    <Errors path={apath} errors={errors} />
                  </div>
                );
              })}
            </div>
          </fieldset>
        );
      })}
    </section>
  );
}
