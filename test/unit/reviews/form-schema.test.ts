import { describe, expect, it } from "vitest";
import {
  defaultDltForm,
  errorsByField,
  fieldsVisibleTo,
  formFieldsSchema,
  normalizeText,
  reviewContentSchema,
  textLength,
  type Mode,
} from "@/lib/reviews/form-schema";
import { ASSUMPTION_FIELDS } from "@/lib/theorems/taxonomy";
import { completeContent } from "../../support/review-content";

const ctx = { theorems: [{ id: "t1", label: "Theorem 1" }, { id: "t2", label: "Theorem 2" }] };
const ids = ctx.theorems.map((t) => t.id);

function errors(content: unknown, mode: Mode) {
  const r = reviewContentSchema(defaultDltForm.fields, ctx, mode).safeParse(content);
  return r.success ? {} : errorsByField(r.error);
}

describe("the default deep-learning-theory form", () => {
  it("is valid form data, with every field the issue names", () => {
    expect(formFieldsSchema.safeParse(defaultDltForm.fields).success).toBe(true);
    const keys = defaultDltForm.fields.map((f) => f.key);
    for (const k of ["theorems", "summary", "strengths", "weaknesses", "questions", "soundness", "significance", "novelty", "clarity", "overall", "confidence", "reproducibility"]) {
      expect(keys).toContain(k);
    }
    const overall = defaultDltForm.fields.find((f) => f.key === "overall");
    expect(overall?.kind === "score" && overall.levels.map((l) => l.value)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it("keeps confidence and checks from the authors", () => {
    const forAuthors = fieldsVisibleTo(defaultDltForm.fields, "authors").map((f) => f.key);
    expect(forAuthors).not.toContain("confidence");
    expect(forAuthors).toContain("summary");
    expect(fieldsVisibleTo(defaultDltForm.fields, "chairs")).toHaveLength(defaultDltForm.fields.length);
  });

  it("refuses duplicate keys and unknown kinds in form data", () => {
    const dup = [...defaultDltForm.fields, defaultDltForm.fields[1]];
    expect(formFieldsSchema.safeParse(dup).success).toBe(false);
    expect(formFieldsSchema.safeParse([{ kind: "slider", key: "x", label: "X", required: true, visibleTo: ["chairs"] }]).success).toBe(false);
  });
});

describe("review content", () => {
  it("accepts a complete review for submission and an empty one as a draft", () => {
    expect(errors(completeContent(ids), "submit")).toEqual({});
    expect(errors({}, "draft")).toEqual({});
    expect(errors({ summary: "half a thought", theorems: { t1: { assumptions: { width: "infinite" } } } }, "draft")).toEqual({});
  });

  it("names every missing required field on submit, by path", () => {
    const e = errors({ summary: "only this" }, "submit");
    expect(e.soundness).toEqual(["Soundness is required to submit."]);
    expect(e.theorems).toEqual(["Theorems is required to submit."]);
    const one = errors({ ...completeContent(["t1"]) }, "submit");
    expect(one).toEqual({ "theorems.t2": ["Answer the questions on Theorem 2 to submit."] });
    expect(e.checks).toBeUndefined(); // optional
    expect(e.summary).toBeUndefined();
  });

  it("requires every assumption of every theorem to be confirmed or corrected", () => {
    const c = completeContent(ids);
    delete (c.theorems.t2!.assumptions as Record<string, string>).stepSize;
    expect(errors(c, "submit")["theorems.t2.assumptions.stepSize"]).toEqual(["Step size is required to submit."]);
    expect(Object.keys(c.theorems.t1!.assumptions)).toHaveLength(ASSUMPTION_FIELDS.length);
  });

  it("refuses unknown fields, theorems and assumptions, even in drafts", () => {
    expect(errors({ mood: "happy" }, "draft")).toEqual({ mood: ["This form has no such field."] });
    expect(errors({ theorems: { tX: {} } }, "draft")).toEqual({ "theorems.tX": ["This paper has no such theorem."] });
    expect(errors({ theorems: { t1: { assumptions: { vibes: "good" } } } }, "draft")).toEqual({ "theorems.t1.assumptions.vibes": ["Not an assumption of the taxonomy."] });
  });

  it("refuses values outside a field's choices with a specific message", () => {
    expect(errors({ soundness: 5 }, "draft")).toEqual({ soundness: ["5 is not a level of Soundness (1–4)."] });
    expect(errors({ overall: 6.5 }, "draft").overall).toEqual(["6.5 is not a level of Overall rating (1–10)."]);
    expect(errors({ reproducibility: "maybe" }, "draft").reproducibility).toEqual(['"maybe" is not one of the choices for Reproducibility of the key figures.']);
    expect(errors({ checks: ["proofs_full", "proofs_full"] }, "draft").checks).toEqual(["What you checked lists a choice twice."]);
    expect(errors({ theorems: { t1: { assumptions: { width: "huge" } } } }, "draft")["theorems.t1.assumptions.width"]).toEqual(['"huge" is not one of the choices for Width.']);
    expect(errors({ soundness: "3" }, "draft").soundness).toEqual(["Soundness must be a score from 1–4."]);
  });

  it("enforces the exact text limit on the normalized length", () => {
    const ok = "a".repeat(3_000);
    expect(errors({ summary: ok }, "draft")).toEqual({});
    expect(errors({ summary: `${ok}b` }, "draft").summary).toEqual(["Summary is 1 characters over its limit of 3000."]);
    // CRLF counts as one character, as the browser's counter shows it.
    const crlf = `${"a".repeat(2_998)}\r\n`;
    expect(textLength(crlf)).toBe(2_999);
    expect(errors({ summary: crlf }, "draft")).toEqual({});
  });

  it("stores text normalized, and blank required text does not submit", () => {
    const r = reviewContentSchema(defaultDltForm.fields, ctx, "draft").parse({ summary: "e\u0301\r\nx" });
    expect(r.summary).toBe("é\nx");
    expect(normalizeText("e\u0301")).toHaveLength(1);
    expect(errors({ ...completeContent(ids), strengths: "   " }, "submit").strengths).toEqual(["Strengths is required to submit."]);
  });
});
