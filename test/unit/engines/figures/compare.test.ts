import { describe, expect, it } from "vitest";
import { VERDICTS, compareSeries, type SeriesPoint } from "@/lib/engines/figures";

const xs = [0.25, 0.5, 0.8, 1.2, 1.5, 2, 3, 4];
const claimed: SeriesPoint[] = xs.map((x) => ({ x, y: x + 1 }));

describe("compareSeries", () => {
  it("exports all four verdicts", () => {
    expect(VERDICTS).toEqual(["REPRODUCED", "PARTIALLY_REPRODUCED", "NOT_REPRODUCED", "FAILED_TO_RUN"]);
  });

  it("REPRODUCED when every point is within atol + rtol·|claimed|", () => {
    const reproduced = claimed.map((p) => ({ x: p.x, y: p.y! * 1.04 }));
    const r = compareSeries(reproduced, claimed, { rtol: 0.05, atol: 0 });
    expect(r.verdict).toBe("REPRODUCED");
    expect(r.passed).toBe(8);
    expect(r.summary).toBe("8 of 8 points within tolerance.");
  });

  it("uses atol and rtol together at the boundary", () => {
    const r = compareSeries([{ x: 1, y: 2.3 }], [{ x: 1, y: 2 }], { rtol: 0.1, atol: 0.1 });
    expect(r.points[0]).toMatchObject({ status: "pass", allowed: expect.closeTo(0.3, 12) });
    expect(compareSeries([{ x: 1, y: 2.31 }], [{ x: 1, y: 2 }], { rtol: 0.1, atol: 0.1 }).verdict).toBe("NOT_REPRODUCED");
  });

  it("passes a point inside the claimed band even when outside rtol/atol", () => {
    const c = [{ x: 1, y: 2, lo: 1.5, hi: 2.5 }];
    expect(compareSeries([{ x: 1, y: 2.4 }], c, { rtol: 0.01, atol: 0 }).points[0]).toMatchObject({ status: "pass", insideBand: true, reason: "inside the claimed band" });
    expect(compareSeries([{ x: 1, y: 2.4 }], c, { band: true }).verdict).toBe("REPRODUCED");
    expect(compareSeries([{ x: 1, y: 2.6 }], c, { band: true }).points[0]).toMatchObject({ status: "fail", reason: "outside the claimed band" });
    expect(compareSeries([{ x: 1, y: 2 }], [{ x: 1, y: 2 }], { band: true }).points[0]!.reason).toMatch(/no band/);
  });

  it("matches x exactly or within a relative 1e-9, and reports unmatched claimed points", () => {
    const reproduced = [{ x: 0.1 + 0.2, y: 1 }, { x: 2 * (1 + 5e-10), y: 2 }, { x: 7, y: 0 }];
    const c = [{ x: 0.3, y: 1 }, { x: 2, y: 2 }, { x: 3, y: 3 }];
    const r = compareSeries(reproduced, c, { rtol: 0.01, atol: 0 });
    expect(r.points.map((p) => p.status)).toEqual(["pass", "pass", "unmatched"]);
    expect(r.unmatchedClaimed).toEqual([3]);
    expect(r.unmatchedReproduced).toEqual([7]);
    expect(r.verdict).toBe("PARTIALLY_REPRODUCED");
    expect(r.summary).toBe("2 of 3 points within tolerance (1 claimed point not reproduced at x = 3).");
    expect(compareSeries([{ x: 2 * (1 + 1e-8), y: 2 }], [{ x: 2, y: 2 }], { rtol: 0, atol: 0 }).unmatchedClaimed).toEqual([2]);
  });

  it("names the worst point in the summary", () => {
    const c = [1, 1.2, 1.5, 2].map((x) => ({ x, y: 1.9 }));
    const reproduced = [{ x: 1, y: 1.9 }, { x: 1.2, y: 2.31 }, { x: 1.5, y: 2.1 }, { x: 2, y: 1.9 }];
    const r = compareSeries(reproduced, c, { rtol: 0.05, atol: 0 }, { xName: "γ" });
    expect(r.worst!.x).toBe(1.2);
    expect(r.summary).toBe("2 of 4 points within tolerance; worst at γ = 1.2: 2.31 vs claimed 1.90.");
  });

  it("treats a null reproduced value as a failure", () => {
    const r = compareSeries([{ x: 1, y: null }], [{ x: 1, y: 1 }], { rtol: 0.1, atol: 0 });
    expect(r.points[0]).toMatchObject({ status: "fail", reproduced: null });
    expect(r.summary).toMatch(/worst at x = 1: no value vs claimed 1.00/);
  });

  it("applies the verdict thresholds, with a configurable partial threshold", () => {
    const c = [1, 2, 3, 4].map((x) => ({ x, y: 1 }));
    const rep = (good: number) => c.map((p, i) => ({ x: p.x, y: i < good ? 1 : 5 }));
    const tol = { rtol: 0.1, atol: 0 };
    expect(compareSeries(rep(4), c, tol).verdict).toBe("REPRODUCED");
    expect(compareSeries(rep(3), c, tol).verdict).toBe("PARTIALLY_REPRODUCED");
    expect(compareSeries(rep(2), c, tol).verdict).toBe("PARTIALLY_REPRODUCED");
    expect(compareSeries(rep(1), c, tol).verdict).toBe("NOT_REPRODUCED");
    expect(compareSeries(rep(2), c, tol, { partialThreshold: 0.75 }).verdict).toBe("NOT_REPRODUCED");
    expect(compareSeries(rep(3), c, tol, { partialThreshold: 0.75 }).verdict).toBe("PARTIALLY_REPRODUCED");
    expect(() => compareSeries(rep(3), c, tol, { partialThreshold: 2 })).toThrow(RangeError);
  });

  it("compares only the selected points", () => {
    const reproduced = claimed.map((p) => ({ x: p.x, y: p.x < 1 ? 100 : p.y }));
    const range = compareSeries(reproduced, claimed, { rtol: 0.01, atol: 0, points: { xMin: 1, xMax: 4 } });
    expect(range.total).toBe(5);
    expect(range.verdict).toBe("REPRODUCED");
    const list = compareSeries(reproduced, claimed, { rtol: 0.01, atol: 0, points: { x: [0.5, 2] } });
    expect(list.points.map((p) => p.x)).toEqual([0.5, 2]);
    expect(list.verdict).toBe("PARTIALLY_REPRODUCED");
    const none = compareSeries(reproduced, claimed, { rtol: 0.01, atol: 0, points: { xMin: 10, xMax: 20 } });
    expect(none).toMatchObject({ verdict: "NOT_REPRODUCED", total: 0 });
    expect(none.summary).toMatch(/nothing was compared/);
  });
});
