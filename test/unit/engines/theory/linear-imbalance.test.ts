import { describe, expect, it } from "vitest";
import { KERNELS, parseKernelParams } from "@/lib/engines/theory/registry";

describe("linear-imbalance", () => {
  it("one GD step changes UᵀU − VᵀV by exactly η²(VᵀEᵀEV − UᵀEEᵀU); the flow conserves it", async () => {
    const params = parseKernelParams("linear-imbalance", { steps: 300, lr: 0.02, seed: 4 });
    const r = await KERNELS["linear-imbalance"].run(params, {});
    expect(r.one_step.checked_steps).toBeGreaterThan(10);
    expect(r.one_step.max_rel_error!).toBeLessThan(1e-10);
    // RK4 with h = 0.002 over T = 6: global error O(h⁴) ≈ 1e-11; GD drifts by O(η·T).
    expect(r.flow.rel_drift).toBeLessThan(1e-8);
    expect(r.gd.rel_drift).toBeGreaterThan(1e-3);
    expect(r.flow.drift).toBeLessThan(1e-5 * r.gd.drift);
    // Same time horizon, nearby end points: flow and GD solve the same problem.
    expect(Math.abs(r.flow.final_loss - r.gd.final_loss)).toBeLessThan(0.05 * r.flow.final_loss + 1e-6);
  });
});
