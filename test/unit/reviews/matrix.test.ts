import { describe, expect, it } from "vitest";
import { defaultDltForm } from "@/lib/reviews/form-schema";
import { assumptionMatrix, reviewerLabels, scoreSummary } from "@/lib/reviews/matrix";
import { ASSUMPTION_FIELDS } from "@/lib/theorems/taxonomy";
import { completeContent, fullReading } from "../../support/review-content";

const declared = fullReading().assumptions;

describe("reviewer labels", () => {
  it("are stable per review, distinct within a paper and reveal nothing else", () => {
    const a = reviewerLabels(["rev-a", "rev-b", "rev-c"]);
    expect(reviewerLabels(["rev-c", "rev-a"]).get("rev-a")).toBe(a.get("rev-a"));
    expect(a.get("rev-a")).toMatch(/^Reviewer [0-9a-f]{4}$/);
    expect(new Set(a.values()).size).toBe(3);
  });
});

describe("the assumption matrix", () => {
  it("has a row per theorem and field, and marks readings that differ from the declaration", () => {
    const theorems = [{ id: "t1", label: "Theorem 1", assumptions: declared }, { id: "t2", label: "Theorem 2", assumptions: declared }];
    const agree = { label: "Reviewer aaaa", content: completeContent(["t1", "t2"]) };
    const differ = completeContent(["t1", "t2"]);
    differ.theorems.t1 = fullReading({ width: "infinite" });
    const rows = assumptionMatrix(theorems, [agree, { label: "Reviewer bbbb", content: differ }, { label: "Reviewer cccc", content: {} }]);
    expect(rows).toHaveLength(2 * ASSUMPTION_FIELDS.length);
    const width = rows.find((r) => r.theoremId === "t1" && r.fieldKey === "width")!;
    expect(width.disagreement).toBe(true);
    expect(width.readings.map((c) => [c.reviewer, c.label, c.agrees])).toEqual([
      ["Reviewer aaaa", "Finite, fixed", true],
      ["Reviewer bbbb", "Infinite", false],
      ["Reviewer cccc", "—", null],
    ]);
    expect(rows.filter((r) => r.disagreement)).toHaveLength(1);
  });
});

describe("score summary", () => {
  it("gives each score's values, mean and spread, skipping missing ones", () => {
    const reviews = [
      { label: "A", content: { overall: 4, soundness: 2 } },
      { label: "B", content: { overall: 8 } },
    ];
    const overall = scoreSummary(defaultDltForm.fields, reviews).find((s) => s.key === "overall")!;
    expect(overall).toMatchObject({ mean: 6, sd: 2, min: 4, maxGiven: 8, max: 10 });
    const soundness = scoreSummary(defaultDltForm.fields, reviews).find((s) => s.key === "soundness")!;
    expect(soundness).toMatchObject({ mean: 2, sd: 0, values: [{ reviewer: "A", value: 2 }, { reviewer: "B", value: null }] });
  });
});
