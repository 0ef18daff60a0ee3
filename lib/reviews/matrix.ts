// The area chair's reading of a paper's reviews: the assumption matrix (theorem × assumption field; the authors'
// declaration against each reviewer's reading), score statistics and anonymous reviewer labels. Pure.
import { ASSUMPTION_FIELDS, optionLabel } from "@/lib/theorems/taxonomy";
import type { FormField } from "./form-schema";

/** FNV-1a: a small stable hash, so a review keeps its label on every page and every render. */
function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

/**
 * "Reviewer 1a2b" for each review id: four hex digits of its hash. If two reviews of the same paper collide,
 * that paper's labels use six digits instead, so labels stay distinct and still depend only on the ids.
 */
export function reviewerLabels(reviewIds: readonly string[]): Map<string, string> {
  for (const digits of [4, 6, 8]) {
    const labels = reviewIds.map((id) => `Reviewer ${fnv1a(id).slice(0, digits)}`);
    if (new Set(labels).size === labels.length || digits === 8) return new Map(reviewIds.map((id, i) => [id, labels[i]!]));
  }
  return new Map();
}

/**
 * The anonymous label of each reviewer of one paper, keyed by (paper, reviewer): the same on the chair's page, in
 * the discussion and in what authors read after release, whether or not the reviewer has begun a review. Pass
 * every reviewer of the paper (its assignments and its reviews' authors), so collisions resolve the same way
 * everywhere.
 */
export function paperReviewerLabels(submissionId: string, reviewerIds: readonly string[]): Map<string, string> {
  const ids = [...new Set(reviewerIds)].sort();
  const byKey = reviewerLabels(ids.map((id) => `${submissionId}:${id}`));
  return new Map(ids.map((id) => [id, byKey.get(`${submissionId}:${id}`)!]));
}

export interface MatrixReview {
  label: string;
  content: unknown;
}
export interface MatrixCell {
  reviewer: string;
  value: string | null;
  label: string;
  /** null when the reviewer gave no reading of this field. */
  agrees: boolean | null;
}
export interface MatrixRow {
  theoremId: string;
  theoremLabel: string;
  fieldKey: string;
  fieldLabel: string;
  declared: { value: string | null; label: string };
  readings: MatrixCell[];
  disagreement: boolean;
}

function readingOf(content: unknown, theoremId: string, key: string): string | null {
  const theorems = (content as { theorems?: Record<string, { assumptions?: Record<string, unknown> }> } | null)?.theorems;
  const v = theorems?.[theoremId]?.assumptions?.[key];
  return typeof v === "string" ? v : null;
}

export function assumptionMatrix(
  theorems: readonly { id: string; label: string; assumptions: unknown }[],
  reviews: readonly MatrixReview[],
): MatrixRow[] {
  return theorems.flatMap((t) =>
    ASSUMPTION_FIELDS.map((f) => {
      const raw = (t.assumptions as Record<string, unknown> | null)?.[f.key];
      const declared = typeof raw === "string" ? raw : null;
      const readings = reviews.map((r) => {
        const value = readingOf(r.content, t.id, f.key);
        return { reviewer: r.label, value, label: value === null ? "—" : optionLabel(f.key, value), agrees: value === null ? null : value === declared };
      });
      return {
        theoremId: t.id,
        theoremLabel: t.label,
        fieldKey: f.key,
        fieldLabel: f.label,
        declared: { value: declared, label: declared === null ? "not declared" : optionLabel(f.key, declared) },
        readings,
        disagreement: readings.some((c) => c.agrees === false),
      };
    }),
  );
}

export interface ScoreRow {
  key: string;
  label: string;
  max: number;
  values: { reviewer: string; value: number | null }[];
  mean: number | null;
  /** Population standard deviation, and the range. */
  sd: number | null;
  min: number | null;
  maxGiven: number | null;
}

export function scoreSummary(fields: readonly FormField[], reviews: readonly MatrixReview[]): ScoreRow[] {
  return fields.flatMap((f) => {
    if (f.kind !== "score") return [];
    const values = reviews.map((r) => {
      const v = (r.content as Record<string, unknown> | null)?.[f.key];
      return { reviewer: r.label, value: typeof v === "number" ? v : null };
    });
    const given = values.flatMap((v) => (v.value === null ? [] : [v.value]));
    const mean = given.length ? given.reduce((a, b) => a + b, 0) / given.length : null;
    const sd = mean === null ? null : Math.sqrt(given.reduce((a, b) => a + (b - mean) ** 2, 0) / given.length);
    return [{
      key: f.key,
      label: f.label,
      max: Math.max(...f.levels.map((l) => l.value)),
      values,
      mean,
      sd,
      min: given.length ? Math.min(...given) : null,
      maxGiven: given.length ? Math.max(...given) : null,
    }];
  });
}
