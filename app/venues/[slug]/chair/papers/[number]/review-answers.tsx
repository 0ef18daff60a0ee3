// One submitted review, field by field in its own form version's order, as the area chair reads it.
import type { FormField } from "@/lib/reviews/form-schema";
import { Markdown } from "../../../../../_components/markdown";

function answer(field: FormField, value: unknown): string | null {
  if (value === undefined || value === null || value === "") return null;
  switch (field.kind) {
    case "text":
      return String(value);
    case "choice":
      return field.options.find((o) => o.value === value)?.label ?? String(value);
    case "multi":
      return (value as string[]).map((v) => field.options.find((o) => o.value === v)?.label ?? v).join(", ");
    case "score": {
      const level = field.levels.find((l) => l.value === value);
      return `${String(value)}${level ? ` — ${level.label}` : ""}`;
    }
    case "perTheorem":
      return null;
  }
}

export function ReviewAnswers({ fields, content, theorems }: { fields: FormField[]; content: unknown; theorems: { id: string; label: string }[] }) {
  const c = (content ?? {}) as Record<string, unknown>;
  return (
    <dl className="space-y-3 text-sm">
      {fields.map((f) => {
        if (f.kind === "perTheorem") {
          const readings = (c[f.key] ?? {}) as Record<string, { restrictiveness?: number; comment?: string }>;
          return theorems.map((t) => {
            const r = readings[t.id];
            if (!r) return null;
            return (
              <div key={`${f.key}-${t.id}`}>
                <dt className="font-medium text-slate-700">{t.label}</dt>
                <dd className="text-slate-800">
                  <p>Restrictiveness {r.restrictiveness ?? "—"} / 4</p>
                  {r.comment && <Markdown>{r.comment}</Markdown>}
                </dd>
              </div>
            );
          });
        }
        const text = answer(f, c[f.key]);
        // Text answers written in Markdown are shown rendered (math included); raw HTML in them is dropped.
        const rendered = text !== null && f.kind === "text" && f.markdown ? <Markdown>{text}</Markdown> : text;
        return (
          <div key={f.key}>
            <dt className="font-medium text-slate-700">{f.label}</dt>
            <dd className={f.kind === "text" && f.markdown ? "text-slate-800" : "whitespace-pre-wrap text-slate-800"}>{rendered ?? <span className="text-slate-500">no answer</span>}</dd>
          </div>
        );
      })}
    </dl>
  );
}
