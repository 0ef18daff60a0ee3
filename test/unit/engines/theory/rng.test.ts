import { describe, expect, it } from "vitest";
import { Rng, deriveSeed } from "@/lib/engines/theory/rng";

describe("Rng", () => {
  it("is deterministic per seed and differs across seeds and streams", () => {
    const a = new Rng(42).fillNormal(new Float64Array(8));
    const b = new Rng(42).fillNormal(new Float64Array(8));
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(Array.from(new Rng(43).fillNormal(new Float64Array(8)))).not.toEqual(Array.from(a));
    expect(deriveSeed(1, 0)).not.toBe(deriveSeed(1, 1));
    expect(deriveSeed(1, 0)).not.toBe(deriveSeed(2, 0));
  });

  it("draws uniforms in [0, 1) with mean 1/2", () => {
    const r = new Rng(1);
    const N = 100_000;
    let s = 0;
    let outside = 0;
    for (let i = 0; i < N; i++) {
      const u = r.uniform();
      if (!(u >= 0 && u < 1)) outside++;
      s += u;
    }
    expect(outside).toBe(0);
    // sd of the mean is 1/√(12N) ≈ 9e-4; 5 sd.
    expect(Math.abs(s / N - 0.5)).toBeLessThan(5 / Math.sqrt(12 * N));
  });

  it("draws standard normals (moments and tail mass within 5 Monte-Carlo standard errors)", () => {
    const N = 400_000;
    const z = new Rng(3).fillNormal(new Float64Array(N));
    let m1 = 0, m2 = 0, m4 = 0, tail2 = 0, tail3 = 0;
    for (const x of z) {
      m1 += x;
      m2 += x * x;
      m4 += x ** 4;
      if (Math.abs(x) > 2) tail2++;
      if (Math.abs(x) > 3) tail3++;
    }
    // Var z = 1, Var z² = 2, Var z⁴ = 105 − 9 = 96; tail masses are binomial.
    expect(Math.abs(m1 / N)).toBeLessThan(5 / Math.sqrt(N));
    expect(Math.abs(m2 / N - 1)).toBeLessThan(5 * Math.sqrt(2 / N));
    expect(Math.abs(m4 / N - 3)).toBeLessThan(5 * Math.sqrt(96 / N));
    const p2 = 0.0455003, p3 = 0.0026998;
    expect(Math.abs(tail2 / N - p2)).toBeLessThan(5 * Math.sqrt((p2 * (1 - p2)) / N));
    expect(Math.abs(tail3 / N - p3)).toBeLessThan(5 * Math.sqrt((p3 * (1 - p3)) / N));
  });
});
