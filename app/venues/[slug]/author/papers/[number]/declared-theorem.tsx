// One declared theorem, read-only: its statement rendered (Markdown with math) and every declared assumption.
import { ASSUMPTION_FIELDS, optionLabel } from "@/lib/theorems/taxonomy";
import { Markdown } from "../../../../../_components/markdown";

export function DeclaredTheorem({ theorem }: { theorem: { id: string; label: string; statement: string; assumptions: unknown } }) {
  const a = (theorem.assumptions ?? {}) as Record<string, unknown>;
  const extras: [string, unknown][] = [
    ["Depth", a.depth],
    ["Over-parameterization requirement", a.widthRequirement],
    ["Batch size", a.batchSize],
    ["α", a.initAlpha],
  ];
  return (
    <article aria-labelledby={`theorem-${theorem.id}`} className="card space-y-3">
      <h3 id={`theorem-${theorem.id}`} className="font-semibold">{theorem.label}</h3>
      <Markdown className="font-serif text-sm text-slate-800">{theorem.statement}</Markdown>
      <dl className="grid grid-cols-1 gap-x-4 gap-y-1 text-xs sm:grid-cols-3">
        {ASSUMPTION_FIELDS.map((f) => (
          <div key={f.key} className="flex gap-1">
            <dt className="text-slate-600">{f.label}:</dt>
            <dd>{a[f.key] === undefined ? "not declared" : optionLabel(f.key, a[f.key])}</dd>
          </div>
        ))}
        {extras
          .filter(([, v]) => v !== undefined && v !== null && v !== "")
          .map(([label, v]) => (
            <div key={label} className="flex gap-1">
              <dt className="text-slate-600">{label}:</dt>
              <dd>{String(v)}</dd>
            </div>
          ))}
      </dl>
    </article>
  );
}
