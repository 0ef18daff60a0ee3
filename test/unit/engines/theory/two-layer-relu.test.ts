import { describe, expect, it } from "vitest";
import { KERNELS, parseKernelParams } from "@/lib/engines/theory/registry";
import { analyticNtk } from "@/lib/engines/theory/two-layer-relu";

describe("analytic two-layer ReLU NTK", () => {
  it("has the closed-form values at θ = 0, π/2 and π for unit vectors", () => {
    const e1 = Float64Array.from([1, 0]);
    const e2 = Float64Array.from([0, 1]);
    const m1 = Float64Array.from([-1, 0]);
    expect(analyticNtk(e1, 0, e1, 0, 2)).toEqual({ first: 0.5, second: 0.5 });
    const orth = analyticNtk(e1, 0, e2, 0, 2);
    expect(orth.first).toBeCloseTo(0, 15);
    expect(orth.second).toBeCloseTo(1 / (2 * Math.PI), 15);
    const opp = analyticNtk(e1, 0, m1, 0, 2);
    expect(opp.first).toBeCloseTo(0, 15);
    expect(opp.second).toBeCloseTo(0, 15);
  });
});

describe("ntk", () => {
  it("empirical kernel error shrinks like 1/√m", async () => {
    const params = parseKernelParams("ntk", { widths: [16, 64, 256, 1024, 4096], n: 12, d: 4, seeds: [0, 1, 2, 3, 4, 5, 6, 7] });
    const r = await KERNELS.ntk.run(params, {});
    const first = r.points.map((p) => p.rel_error_first);
    expect(first[first.length - 1]!).toBeLessThan(first[0]! / 8); // 256× the width: 16× less error expected
    // The mean square error is exactly C/m; with 8 seeds each RMS carries ~15% noise, which over a
    // factor 256 of widths moves a 5-point slope by well under 0.1.
    expect(r.slope_first).toBeGreaterThan(-0.6);
    expect(r.slope_first).toBeLessThan(-0.4);
    expect(r.slope_both).toBeGreaterThan(-0.6);
    expect(r.slope_both).toBeLessThan(-0.4);
  });
});

describe("lazy-training", () => {
  it("relative weight change scales as m^(−1/2) over 5 seeds", async () => {
    const params = parseKernelParams("lazy-training", { widths: [32, 64, 128, 256, 512, 1024], n: 16, d: 5, steps: 300, lr: 1, seeds: [0, 1, 2, 3, 4] });
    const r = await KERNELS["lazy-training"].run(params, {});
    expect(r.slope).toBeGreaterThanOrEqual(-0.6);
    expect(r.slope).toBeLessThanOrEqual(-0.4);
    // Training actually happened: the loss fell at every width.
    for (const p of r.points) expect(p.final_loss).toBeLessThan(0.2 * p.initial_loss);
  }, 60_000); // CPU-bound (~2 s alone); the default 5 s is too tight on a loaded 2-core machine
});
