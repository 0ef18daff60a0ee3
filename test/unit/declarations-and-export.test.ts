import { describe, expect, it } from "vitest";
import { flattenReviews, type ExportReview } from "@/lib/exports/flatten";
import { defaultDltForm } from "@/lib/reviews/form-schema";
import { parseTheorem, rawAssumptions, typedAssumptions } from "@/lib/theorems/schema";

describe("the declarations editor's conversion", () => {
  it("turns text inputs into the taxonomy's types, dropping empty ones, and back", () => {
    expect(typedAssumptions({ depth: "3", batchSize: "64", initAlpha: "0.5", width: "infinite", loss: "" })).toEqual({ depth: 3, batchSize: 64, initAlpha: 0.5, width: "infinite" });
    expect(typedAssumptions({ depth: "unbounded" })).toEqual({ depth: "unbounded" });
    // Not a number: kept as text so the schema says what is wrong.
    expect(typedAssumptions({ depth: "deep" })).toEqual({ depth: "deep" });
    expect(rawAssumptions({ depth: 3, width: "infinite", widthRequirement: null })).toEqual({ depth: "3", width: "infinite" });
  });

  it("reports the taxonomy's errors under theorems.<index>.<path>", () => {
    const r = parseTheorem({ label: "T", statement: "s", assumptions: { width: "wide" } }, 4);
    expect(r.fieldErrors?.["theorems.4.assumptions.width"]).toEqual(['"wide" is not a choice for Width.']);
    expect(r.fieldErrors?.["theorems.4.assumptions.loss"]).toEqual(["Choose the loss."]);
  });
});

describe("flattening reviews for CSV", () => {
  const base: Omit<ExportReview, "theorems" | "content"> = {
    paperNumber: 1,
    paperId: "p1",
    paperTitle: "P",
    reviewerLabel: "Reviewer 1a2b",
    reviewerName: "R",
    reviewerEmail: "r@example.test",
    status: "DRAFT",
    version: 1,
    formVersion: 1,
    submittedAt: null,
    updatedAt: new Date("2026-01-01T00:00:00Z"),
    fields: defaultDltForm.fields,
  };

  it("addresses per-theorem answers by position, with columns for the paper with most theorems", () => {
    const { columns, rows } = flattenReviews([
      { ...base, theorems: [{ id: "a", label: "Theorem 1" }], content: { theorems: { a: { assumptions: { width: "infinite" }, restrictiveness: 2 } }, checks: ["proofs_full", "reran_experiments"] } },
      { ...base, paperNumber: 2, theorems: [{ id: "b", label: "Lemma" }, { id: "c", label: "Theorem 2" }], content: { theorems: { c: { comment: "Fine" } } } },
    ]);
    expect(columns).toContain("theorems.t2.comment");
    expect(rows[0]).toMatchObject({ "theorems.t1._theorem": "Theorem 1", "theorems.t1.assumptions.width": "infinite", "theorems.t1.restrictiveness": 2, checks: "proofs_full; reran_experiments" });
    expect(rows[1]).toMatchObject({ "theorems.t2._theorem": "Theorem 2", "theorems.t2.comment": "Fine", "theorems.t1.comment": "" });
  });
});

describe("the review content schema cache", () => {
  it("builds a form's schema once per exact fields, theorems and mode, and again when any of them changes", async () => {
    const { contentSchemaFor } = await import("@/lib/reviews/content-schema-cache");
    const stored = JSON.parse(JSON.stringify(defaultDltForm.fields));
    const ctx = { theorems: [{ id: "a", label: "Theorem 1" }] };
    const first = contentSchemaFor(stored, ctx, "draft");
    expect(contentSchemaFor(JSON.parse(JSON.stringify(stored)), { theorems: [{ id: "a", label: "Theorem 1" }] }, "draft")).toBe(first);
    expect(contentSchemaFor(stored, ctx, "submit")).not.toBe(first);
    expect(contentSchemaFor(stored, { theorems: [{ id: "b", label: "Theorem 1" }] }, "draft")).not.toBe(first);
    // A form edited in place (same id, new fields) gets a new schema: a removed field is then unknown.
    const edited = stored.filter((f: { key: string }) => f.key !== "summary");
    expect(contentSchemaFor(edited, ctx, "draft").schema.safeParse({ summary: "x" }).success).toBe(false);
    expect(first.schema.safeParse({ summary: "x" }).success).toBe(true);
  });
});
