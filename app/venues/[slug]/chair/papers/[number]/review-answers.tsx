// One submitted review, field by field in its own form version's order, as the area chair reads it.
import type { FormField } from "@/lib/reviews/form-schema";

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
                <dd className="whitespace-pre-wrap text-slate-800">
                  Restrictiveness {r.restrictiveness ?? "—"} / 4{r.comment ? ` · ${r.comment}` : ""}
                </dd>
              </div>
            );
          });
        }
        const text = answer(f, c[f.key]);
        return (
          <div key={f.key}>
            <dt className="font-medium text-slate-700">{f.label}</dt>
            <dd className="whitespace-pre-wrap text-slate-800">{text ?? <span className="text-slate-500">no answer</span>}</dd>
          </div>
        );
      })}
    </dl>
  );
}
