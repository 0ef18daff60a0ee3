"use client";
// One control per kind of form field, each with its label, help, errors tied by aria-describedby, and (for text)
// a counter that counts exactly as the server does (textLength in lib/reviews/form-schema.ts).
import type { ReactNode } from "react";
import { textLength, type FormField, type TheoremSubField } from "@/lib/reviews/form-schema";
import { Markdown } from "../../../../../_components/markdown";
import { domId, errorKey } from "./content-path";

type Leaf = Exclude<FormField | TheoremSubField, { kind: "perTheorem" } | { kind: "assumptions" }>;

export interface FieldProps {
  field: Leaf;
  path: string[];
  value: unknown;
  errors: Record<string, string[]>;
  disabled: boolean;
  onChange: (path: string[], value: unknown) => void;
}

export function Errors({ path, errors }: { path: string[]; errors: Record<string, string[]> }) {
  const list = errors[errorKey(path)];
  if (!list) return null;
  return (
    <p id={`${domId(path)}-error`} className="text-sm text-red-700">
      {list.join(" ")}
    </p>
  );
}

function describedBy(path: string[], errors: Record<string, string[]>, ...more: (string | false | undefined)[]) {
  return [...more, errors[errorKey(path)] && `${domId(path)}-error`].filter(Boolean).join(" ") || undefined;
}

function Group({ field, path, errors, children }: { field: Leaf; path: string[]; errors: Record<string, string[]>; children: ReactNode }) {
  const id = domId(path);
  return (
    <fieldset id={id} className="space-y-2" aria-describedby={describedBy(path, errors, field.help && `${id}-help`)} aria-invalid={errors[errorKey(path)] ? true : undefined}>
      <legend className="text-sm font-medium text-slate-800">
        {field.label}
        {field.required ? "" : " (optional)"}
      </legend>
      {field.help && <p id={`${id}-help`} className="text-xs text-slate-600">{field.help}</p>}
      <div className="flex flex-wrap gap-x-4 gap-y-1">{children}</div>
      <Errors path={path} errors={errors} />
    </fieldset>
  );
}

function TextControl({ field, path, value, errors, disabled, onChange }: FieldProps & { field: Extract<Leaf, { kind: "text" }> }) {
  const id = domId(path);
  const text = typeof value === "string" ? value : "";
  const length = textLength(text);
  const over = length - field.maxLength;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {field.label}
        {field.required ? "" : " (optional)"}
      </label>
      {field.help && <p id={`${id}-help`} className="text-xs text-slate-600">{field.help}</p>}
      <textarea
        id={id}
        className="input min-h-28"
        rows={5}
        value={text}
        disabled={disabled}
        aria-invalid={errors[errorKey(path)] || over > 0 ? true : undefined}
        aria-describedby={describedBy(path, errors, field.help && `${id}-help`, `${id}-count`)}
        onChange={(e) => onChange(path, e.target.value === "" ? undefined : e.target.value)}
      />
      <p id={`${id}-count`} className={`text-xs tabular-nums ${over > 0 ? "font-medium text-red-700" : "text-slate-600"}`}>
        {length} / {field.maxLength} characters{over > 0 ? ` — ${over} over the limit` : ""}
        {field.markdown ? " · Markdown" : ""}
      </p>
      {/* A review that can no longer change is read, so its Markdown is shown rendered too. */}
      {disabled && field.markdown && text && <Markdown className="rounded-md bg-slate-50 p-3 text-sm text-slate-800">{text}</Markdown>}
      <Errors path={path} errors={errors} />
    </div>
  );
}

function Radios({ field, path, value, errors, disabled, onChange, options }: FieldProps & { options: { value: string | number; label: string }[] }) {
  return (
    <Group field={field} path={path} errors={errors}>
      {options.map((o) => (
        <label key={o.value} className="inline-flex items-center gap-1.5 text-sm">
          <input type="radio" name={domId(path)} value={String(o.value)} checked={value === o.value} disabled={disabled} onChange={() => onChange(path, o.value)} />
          {o.label}
        </label>
      ))}
    </Group>
  );
}

export function FieldControl(props: FieldProps) {
  const { field, path, value, disabled, onChange } = props;
  switch (field.kind) {
    case "text":
      return <TextControl {...props} field={field} />;
    case "choice":
      return <Radios {...props} options={field.options} />;
    case "score":
      return <Radios {...props} options={field.levels.map((l) => ({ value: l.value, label: `${l.value} — ${l.label}` }))} />;
    case "multi": {
      const chosen = Array.isArray(value) ? (value as string[]) : [];
      return (
        <Group field={field} path={path} errors={props.errors}>
          {field.options.map((o) => (
            <label key={o.value} className="inline-flex items-center gap-1.5 text-sm">
              <input
                type="checkbox"
                checked={chosen.includes(o.value)}
                disabled={disabled}
                onChange={(e) => {
                  const next = e.target.checked ? [...chosen, o.value] : chosen.filter((v) => v !== o.value);
                  onChange(path, next.length ? next : undefined);
                }}
              />
              {o.label}
            </label>
          ))}
        </Group>
      );
    }
  }
}
