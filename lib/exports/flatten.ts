// Reviews as flat CSV rows with stable column names. Per-theorem answers are addressed by the theorem's place in
// the paper (t1, t2, …), not its database id: "theorems.t2.assumptions.width" means the same thing in every row
// and in every export of the venue. Columns are the union over every form version the reviews use, in version
// order, so a row on an older version simply leaves the newer columns empty.
import { ASSUMPTION_FIELDS } from "@/lib/theorems/taxonomy";
import type { FormField } from "@/lib/reviews/form-schema";

export interface ExportReview {
  paperNumber: number;
  paperId: string;
  paperTitle: string;
  reviewerLabel: string;
  reviewerName: string;
  reviewerEmail: string;
  status: string;
  version: number;
  formVersion: number;
  submittedAt: Date | null;
  updatedAt: Date;
  theorems: readonly { id: string; label: string }[];
  fields: readonly FormField[];
  content: Record<string, unknown>;
}

export const REVIEW_BASE_COLUMNS = [
  "paper_number",
  "paper_id",
  "paper_title",
  "reviewer_label",
  "reviewer_name",
  "reviewer_email",
  "status",
  "review_version",
  "form_version",
  "submitted_at",
  "updated_at",
] as const;

type Cell = string | number;

function cell(value: unknown): Cell {
  if (value === undefined || value === null) return "";
  if (Array.isArray(value)) return value.join("; ");
  if (typeof value === "number" || typeof value === "string") return value;
  return JSON.stringify(value);
}

/** The columns of one form version for papers of up to `theoremCount` theorems, in form order. */
function columnsOf(fields: readonly FormField[], theoremCount: number): string[] {
  const out: string[] = [];
  for (const f of fields) {
    if (f.kind !== "perTheorem") {
      out.push(f.key);
      continue;
    }
    for (let n = 1; n <= theoremCount; n++) {
      out.push(`${f.key}.t${n}._theorem`);
      for (const sub of f.fields) {
        if (sub.kind === "assumptions") for (const a of ASSUMPTION_FIELDS) out.push(`${f.key}.t${n}.${sub.key}.${a.key}`);
        else out.push(`${f.key}.t${n}.${sub.key}`);
      }
    }
  }
  return out;
}

function valuesOf(r: ExportReview): Record<string, Cell> {
  const out: Record<string, Cell> = {};
  for (const f of r.fields) {
    if (f.kind !== "perTheorem") {
      out[f.key] = cell(r.content[f.key]);
      continue;
    }
    const group = (r.content[f.key] ?? {}) as Record<string, Record<string, unknown> | undefined>;
    r.theorems.forEach((t, i) => {
      const prefix = `${f.key}.t${i + 1}`;
      out[`${prefix}._theorem`] = t.label;
      const answers = group[t.id] ?? {};
      for (const sub of f.fields) {
        if (sub.kind === "assumptions") {
          const a = (answers[sub.key] ?? {}) as Record<string, unknown>;
          for (const af of ASSUMPTION_FIELDS) out[`${prefix}.${sub.key}.${af.key}`] = cell(a[af.key]);
        } else out[`${prefix}.${sub.key}`] = cell(answers[sub.key]);
      }
    });
  }
  return out;
}

const iso = (d: Date | null) => (d ? d.toISOString() : "");

export function flattenReviews(reviews: readonly ExportReview[]): { columns: string[]; rows: Record<string, Cell>[] } {
  const maxTheorems = Math.max(0, ...reviews.map((r) => r.theorems.length));
  const byVersion = new Map<number, readonly FormField[]>();
  for (const r of reviews) byVersion.set(r.formVersion, r.fields);
  const columns: string[] = [...REVIEW_BASE_COLUMNS];
  const seen = new Set(columns);
  for (const [, fields] of [...byVersion].sort((a, b) => a[0] - b[0])) {
    for (const c of columnsOf(fields, maxTheorems)) {
      if (seen.has(c)) continue;
      seen.add(c);
      columns.push(c);
    }
  }
  const rows = reviews.map((r) => ({
    paper_number: r.paperNumber,
    paper_id: r.paperId,
    paper_title: r.paperTitle,
    reviewer_label: r.reviewerLabel,
    reviewer_name: r.reviewerName,
    reviewer_email: r.reviewerEmail,
    status: r.status,
    review_version: r.version,
    form_version: r.formVersion,
    submitted_at: iso(r.submittedAt),
    updated_at: iso(r.updatedAt),
    ...valuesOf(r),
  }));
  return { columns, rows };
}
