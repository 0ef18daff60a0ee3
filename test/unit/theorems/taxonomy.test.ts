import { describe, expect, it } from "vitest";
import { ASSUMPTION_FIELDS, assumptionsSchema, optionLabel, type Assumptions } from "@/lib/theorems/taxonomy";

const ntk: Assumptions = {
  architecture: "relu",
  depth: 2,
  width: "overparameterized",
  widthRequirement: "m ≥ poly(n, 1/λ₀)",
  parameterization: "ntk",
  trainingRegime: "lazy",
  optimizer: "gd",
  stepSize: "below_2_over_L",
  initScale: "order_one",
  initStructure: "gaussian_iid",
  loss: "squared",
  data: "kernel_eigenvalue",
  sampleRegime: "fixed_n",
  timeHorizon: "infinite",
  claimType: "convergence_rate",
};

describe("assumption taxonomy", () => {
  it("accepts a complete NTK-style declaration", () => {
    expect(assumptionsSchema.parse(ntk)).toEqual(ntk);
  });

  it("names the field and the allowed values when a value is outside the choices", () => {
    const r = assumptionsSchema.safeParse({ ...ntk, stepSize: "huge" });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(["stepSize"]);
    expect(r.error?.issues[0]?.message).toMatch(/infinitesimal/);
  });

  it("requires the details that some choices imply", () => {
    const missing = assumptionsSchema.safeParse({ ...ntk, widthRequirement: undefined, optimizer: "sgd", initScale: "alpha_scaled" });
    expect(missing.error?.issues.map((i) => i.path[0]).sort()).toEqual(["batchSize", "initAlpha", "widthRequirement"]);
  });

  it("refuses unknown fields rather than storing them silently", () => {
    const r = assumptionsSchema.safeParse({ ...ntk, temperature: 1 });
    expect(r.success).toBe(false);
  });

  it("accepts unbounded depth but not a depth of zero", () => {
    expect(assumptionsSchema.safeParse({ ...ntk, depth: "unbounded" }).success).toBe(true);
    expect(assumptionsSchema.safeParse({ ...ntk, depth: 0 }).success).toBe(false);
  });

  it("labels every option of every field", () => {
    for (const f of ASSUMPTION_FIELDS) {
      expect(f.options.length).toBeGreaterThan(1);
      for (const o of f.options) expect(optionLabel(f.key, o.value)).toBe(o.label);
    }
    expect(optionLabel("parameterization", "mup")).toBe("μP");
  });
});
