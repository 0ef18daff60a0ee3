import { describe, expect, it } from "vitest";
import { KERNELS, parseKernelParams } from "@/lib/engines/theory/registry";
import { Rng } from "@/lib/engines/theory/rng";
import { topEigenvalue } from "@/lib/engines/theory/sharpness";
import { TanhMlp } from "@/lib/engines/theory/tanh-mlp";

function smallNet(): { net: TanhMlp; theta: Float64Array; rng: Rng } {
  const rng = new Rng(9);
  const n = 17, d = 3;
  const X = rng.fillNormal(new Float64Array(n * d));
  const y = rng.fillNormal(new Float64Array(n));
  const net = new TanhMlp([d, 6, 5, 1], X, y, n);
  const theta = net.init(() => rng.normal());
  // Non-zero biases so that every term of the R-operator is exercised.
  for (let k = 0; k < theta.length; k++) theta[k] = theta[k]! + 0.1 * rng.normal();
  return { net, theta, rng };
}

describe("tanh MLP derivatives", () => {
  it("gradient matches central differences of the loss", () => {
    const { net, theta, rng } = smallNet();
    const g = new Float64Array(net.numParams);
    net.gradient(theta, g);
    const v = rng.fillNormal(new Float64Array(net.numParams));
    const h = 1e-5;
    const fd = (net.forward(theta.map((t, k) => t + h * v[k]!)) - net.forward(theta.map((t, k) => t - h * v[k]!))) / (2 * h);
    const exact = g.reduce((s, gk, k) => s + gk * v[k]!, 0);
    // Central differences: O(h²) truncation ≈ 1e-10 relative, round-off ≈ ε/h ≈ 1e-11.
    expect(Math.abs(fd - exact)).toBeLessThan(1e-7 * Math.abs(exact));
  });

  it("HVP matches central differences of exact gradients and is symmetric", () => {
    const { net, theta, rng } = smallNet();
    const u = rng.fillNormal(new Float64Array(net.numParams));
    const v = rng.fillNormal(new Float64Array(net.numParams));
    const g = new Float64Array(net.numParams);
    const Hv = new Float64Array(net.numParams);
    const Hu = new Float64Array(net.numParams);
    net.gradient(theta, g);
    net.hvp(theta, v, Hv);
    net.hvp(theta, u, Hu);
    const h = 1e-5;
    const gp = new Float64Array(net.numParams);
    const gm = new Float64Array(net.numParams);
    net.gradient(theta.map((t, k) => t + h * v[k]!), gp);
    net.gradient(theta.map((t, k) => t - h * v[k]!), gm);
    let err = 0, norm = 0;
    for (let k = 0; k < Hv.length; k++) {
      err += (Hv[k]! - (gp[k]! - gm[k]!) / (2 * h)) ** 2;
      norm += Hv[k]! ** 2;
    }
    expect(Math.sqrt(err / norm)).toBeLessThan(1e-7);
    const uHv = u.reduce((s, x, k) => s + x * Hv[k]!, 0);
    const vHu = v.reduce((s, x, k) => s + x * Hu[k]!, 0);
    expect(Math.abs(uHv - vHu)).toBeLessThan(1e-12 * (Math.abs(uHv) + 1));
  });

  it("power iteration finds the top eigenvalue of a known symmetric operator", () => {
    // diag(−3, 1, 2.5): the largest magnitude is negative, the top algebraic eigenvalue is 2.5.
    const diag = [-3, 1, 2.5];
    const hvp = (v: Float64Array, out: Float64Array) => diag.forEach((d, i) => (out[i] = d * v[i]!));
    const est = topEigenvalue(hvp, 3, Float64Array.from([1, 1, 1]), { tol: 1e-12, maxIter: 2000 });
    expect(est.value).toBeCloseTo(2.5, 6);
  });
});

describe("edge-of-stability", () => {
  // n = 200, width 50, two hidden layers (the defaults): ~2 × 600 steps, a few seconds of CPU.
  it("sharpness rises to 2/η and hovers within ±5% at η = 0.4; stays below 2/η at η = 0.1", { timeout: 60_000 }, async () => {
    const params = parseKernelParams("edge-of-stability", { lrs: [0.4, 0.1], steps: 600, every: 50, tail: 0.5, seed: 0 });
    const r = await KERNELS["edge-of-stability"].run(params, {});
    const [edge, small] = r.points;
    // At the edge: initial sharpness is below 2/η = 5, progressive sharpening brings it up, GD holds it.
    const traj = r.trajectories[0]!.samples;
    expect(traj[0]!.sharpness!).toBeLessThan(0.9 * edge!.two_over_lr);
    expect(edge!.reached_edge).toBe(true);
    expect(Math.abs(edge!.tail_ratio! - 1)).toBeLessThanOrEqual(0.05);
    expect(Math.abs(edge!.sharpness! / edge!.two_over_lr - 1)).toBeLessThanOrEqual(0.05);
    expect(edge!.final_loss!).toBeLessThan(r.trajectories[0]!.samples[0]!.loss!);
    // Control: 2/η = 20 is beyond what this network's sharpening reaches in the same number of steps.
    expect(small!.reached_edge).toBe(false);
    expect(small!.sharpness!).toBeLessThan(0.6 * small!.two_over_lr);
  });
});
