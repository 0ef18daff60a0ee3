import { describe, expect, it } from "vitest";
import { analyzeText, normalizeText, termsOf } from "@/lib/engines/affinity/analyze";

describe("normalizeText", () => {
  it("lower-cases, strips accents and splits ligatures", () => {
    expect(normalizeText("Erdős–Rényi ﬁnite GRAPHS")).toBe("erdos–renyi finite graphs");
  });
});

describe("analyzeText / termsOf", () => {
  it("drops English and academic stop words, numbers and one-letter tokens", () => {
    const { stems } = analyzeText("In this paper we propose a novel method and show results on 3 datasets of size n.");
    expect(stems).toEqual(["dataset", "size"]);
  });

  it("stems unigrams and forms bigrams only from adjacent content words", () => {
    expect(termsOf("Neural tangent kernels of wide networks")).toEqual([
      "neural", "tangent", "kernel", "wide", "network", "neural tangent", "tangent kernel", "wide network",
    ]);
  });

  it("breaks phrases at punctuation but keeps hyphenated compounds together", () => {
    const terms = termsOf("Gradient descent. Non-vacuous bounds");
    expect(terms).toContain("gradient descent");
    expect(terms).toContain("non vacuou");
    expect(terms).toContain("vacuou bound");
    expect(terms).not.toContain("descent non");
  });

  it("adds hyphenated compounds as one word, so both spellings match", () => {
    const hyphen = termsOf("Over-parameterized networks");
    expect(hyphen).toContain("overparameter");
    expect(termsOf("Overparameterized networks")).toContain("overparameter");
    expect(hyphen).toContain("parameter network");
  });

  it("keeps surface forms for explanations", () => {
    const a = analyzeText("Transformers learn in-context");
    expect(a.surfaces).toEqual(["transformers", "learn", "context"]);
    expect(a.stems).toEqual(["transform", "learn", "context"]);
  });
});
