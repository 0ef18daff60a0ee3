import { describe, expect, it } from "vitest";
import { KERNELS, parseKernelParams } from "@/lib/engines/theory/registry";
import { minNormRiskAsymptotic, minNormRiskFinite } from "@/lib/engines/theory/min-norm-theory";

// Tolerance per point: 4 standard errors of the mean over repetitions (estimated from the repetitions
// themselves) plus the O(1/n) gap between the asymptotic closed form and the exact finite-n expectation.
// The per-repetition risk ‖β̂ − β‖² has relative sd ≈ √(2/p) away from γ = 1, so 12 repetitions at n = 400
// pin the mean to ~2%: enough to tell 1.000 from 1.05 or 1.500 from 1.45, and fast (~1 s).
function tolerance(se: number, p: number, n: number): number {
  return 4 * se + Math.abs(minNormRiskFinite(p, n, 1, 1) - minNormRiskAsymptotic(p / n, 1, 1));
}

describe("min-norm-ls (model-wise double descent)", () => {
  it("matches Hastie et al. at r² = σ² = 1, n = 400: γ = 0.5 → 1, 2 → 1.5, 4 → 1.083", async () => {
    const params = parseKernelParams("min-norm-ls", { n: 400, gammas: [0.5, 2, 4], reps: 12, seed: 11 });
    const { points } = await KERNELS["min-norm-ls"].run(params, {});
    const expected = [1.0, 1.5, 13 / 12];
    points.forEach((pt, i) => {
      expect(pt.theory).toBeCloseTo(expected[i]!, 10);
      expect(pt.failed).toBe(0);
      expect(Math.abs(pt.risk_mean! - expected[i]!)).toBeLessThanOrEqual(tolerance(pt.risk_se!, pt.p, 400));
      // Without the bias allowance against the exact finite-n mean.
      expect(Math.abs(pt.risk_mean! - pt.theory_finite_n!)).toBeLessThanOrEqual(4 * pt.risk_se!);
    });
  });

  it("serializes the infinite theory value at γ = 1 as null and peaks there", async () => {
    const params = parseKernelParams("min-norm-ls", { n: 60, gammas: [0.5, 1, 2], reps: 20, seed: 2 });
    const result = await KERNELS["min-norm-ls"].run(params, {});
    const json = JSON.parse(JSON.stringify(result)) as typeof result;
    expect(json.points[1]!.theory).toBeNull();
    expect(json.points[1]!.theory_finite_n).toBeNull();
    const med = json.points.map((p) => p.risk_median!);
    expect(med[1]!).toBeGreaterThan(5 * Math.max(med[0]!, med[2]!));
  });

  it("reports points sorted by γ with the effective γ = p/n", async () => {
    const params = parseKernelParams("min-norm-ls", { n: 30, gammas: [2, 0.51], reps: 2 });
    const { points } = await KERNELS["min-norm-ls"].run(params, {});
    expect(points.map((p) => [p.p, p.gamma])).toEqual([
      [15, 0.5],
      [60, 2],
    ]);
  });
});

describe("min-norm-ls-samplewise", () => {
  it("follows the same closed form at γ = p/n with p = 100 fixed", async () => {
    const params = parseKernelParams("min-norm-ls-samplewise", { p: 100, ns: [50, 200, 400], reps: 24, seed: 5 });
    const result = await KERNELS["min-norm-ls-samplewise"].run(params, {});
    for (const pt of result.points) {
      expect(pt.theory).toBeCloseTo(minNormRiskAsymptotic(100 / pt.n, 1, 1), 12);
      expect(Math.abs(pt.risk_mean! - pt.theory!)).toBeLessThanOrEqual(
        4 * pt.risk_se! + Math.abs(minNormRiskFinite(100, pt.n, 1, 1) - pt.theory!),
      );
    }
  });

  it("gets worse with more data near n = p (the sample-wise peak)", async () => {
    const params = parseKernelParams("min-norm-ls-samplewise", { p: 40, ns: [20, 40, 80], reps: 20, seed: 1 });
    const { points } = await KERNELS["min-norm-ls-samplewise"].run(params, {});
    expect(points[1]!.risk_median!).toBeGreaterThan(points[0]!.risk_median!);
    expect(points[1]!.risk_median!).toBeGreaterThan(points[2]!.risk_median!);
  });
});

describe("random-features", () => {
  it("peaks at N = n and interpolates beyond it", async () => {
    const params = parseKernelParams("random-features", { n: 100, d: 10, ratios: [0.5, 0.8, 1, 1.25, 2], n_test: 400, reps: 6, seed: 3 });
    const result = await KERNELS["random-features"].run(params, {});
    expect(result.peak_ratio).toBe(1);
    const at = (r: number) => result.points.find((p) => p.ratio === r)!;
    // The median at the threshold dominates its neighbours by a wide margin, not by Monte-Carlo noise.
    expect(at(1).test_mse_median!).toBeGreaterThan(3 * Math.max(at(0.8).test_mse_median!, at(1.25).test_mse_median!));
    for (const r of [1, 1.25, 2]) expect(at(r).train_mse_mean!).toBeLessThan(1e-10);
    expect(at(0.5).train_mse_mean!).toBeGreaterThan(1e-3);
  });
});
