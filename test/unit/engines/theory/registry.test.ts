import { describe, expect, it } from "vitest";
import {
  KERNELS,
  KernelParamsError,
  UnknownKernelError,
  kernelTheory,
  parseKernelParams,
  runKernel,
} from "@/lib/engines/theory/registry";

/** Small, fast params for every kernel (each run well under a second). */
const SMALL: Record<keyof typeof KERNELS, object> = {
  "min-norm-ls": { n: 40, gammas: [0.5, 2], reps: 3 },
  "min-norm-ls-samplewise": { p: 20, ns: [10, 40], reps: 3 },
  "random-features": { n: 30, d: 4, ratios: [0.5, 2], n_test: 50, reps: 2 },
  "lazy-training": { widths: [8, 16], n: 6, d: 3, steps: 20, seeds: [0, 1] },
  ntk: { widths: [8, 32], n: 5, d: 3, seeds: [0, 1] },
  "edge-of-stability": { lrs: [0.2], steps: 20, every: 10, width: 8, n: 20, d: 3 },
  "linear-imbalance": { steps: 20 },
};

describe("registry", () => {
  it("lists every kernel with a description and a schema whose defaults validate", () => {
    for (const [name, k] of Object.entries(KERNELS)) {
      expect(k.description.length, name).toBeGreaterThan(20);
      expect(() => parseKernelParams(name as keyof typeof KERNELS, {}), name).not.toThrow();
    }
  });

  it("reports which param is wrong and why", async () => {
    const issues = (name: keyof typeof KERNELS, raw: unknown) => {
      try {
        parseKernelParams(name, raw);
      } catch (e) {
        expect(e).toBeInstanceOf(KernelParamsError);
        return (e as KernelParamsError).issues;
      }
      throw new Error("expected a KernelParamsError");
    };
    expect(issues("min-norm-ls", { gammas: [0.5, -1] })).toEqual([{ path: "gammas[1]", message: "Too small: expected number to be >0" }]);
    expect(issues("min-norm-ls", { n: 2.5 })[0]!.path).toBe("n");
    expect(issues("min-norm-ls", { reps: 0 })[0]).toEqual({ path: "reps", message: "Too small: expected number to be >=1" });
    expect(issues("min-norm-ls", { seeds: 3 })[0]!.message).toMatch(/Unrecognized key: "seeds"/);
    expect(issues("min-norm-ls", { gammas: [0.5, 0.5] })[0]!.message).toMatch(/distinct p/);
    expect(issues("min-norm-ls", { n: 5000, gammas: [100] })[0]!.message).toMatch(/exceeds/);
    // A wrong type yields just the type error, not length checks applied to the wrong type.
    expect(issues("lazy-training", { widths: "64" })).toEqual([{ path: "widths", message: "Invalid input: expected array, received string" }]);
    expect(issues("edge-of-stability", { lrs: [0] })[0]!.path).toBe("lrs[0]");
    await expect(runKernel("no-such-kernel", {})).rejects.toBeInstanceOf(UnknownKernelError);
  });

  it("gives the closed form without simulating; γ = 1 is null (JSON has no Infinity)", () => {
    const t = kernelTheory("min-norm-ls", { gammas: [0.5, 1, 2] }) as { points: { theory: number | null }[] };
    expect(t.points.map((p) => p.theory)).toEqual([1, null, 1.5]);
  });

  for (const name of Object.keys(KERNELS) as (keyof typeof KERNELS)[]) {
    it(`${name}: same seed → identical JSON; progress ends at 1; output is plain JSON`, async () => {
      const progress: number[] = [];
      const a = await runKernel(name, SMALL[name], { onProgress: (f) => progress.push(f) });
      const b = await runKernel(name, SMALL[name]);
      expect(JSON.stringify(a)).toBe(JSON.stringify(b));
      expect(JSON.parse(JSON.stringify(a))).toEqual(a);
      expect(progress[progress.length - 1]).toBe(1);
      expect(progress.every((f, i) => i === 0 || f >= progress[i - 1]!)).toBe(true);
    });
  }

  it("different seeds give different draws", async () => {
    const a = await runKernel("min-norm-ls", { ...SMALL["min-norm-ls"], seed: 1 });
    const b = await runKernel("min-norm-ls", { ...SMALL["min-norm-ls"], seed: 2 });
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(b));
  });
});

describe("cancellation", () => {
  it("an already-aborted signal stops the run before any work", async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(runKernel("min-norm-ls", {}, { signal: controller.signal })).rejects.toMatchObject({ name: "AbortError" });
  });

  it("aborting mid-run stops it promptly", async () => {
    // The default lazy-training run takes tens of seconds; abort at the first progress report.
    const controller = new AbortController();
    const started = performance.now();
    let reports = 0;
    const run = runKernel("lazy-training", {}, {
      signal: controller.signal,
      onProgress: () => {
        reports++;
        controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: "AbortError" });
    expect(reports).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it("a timer-driven abort (from the event loop, as in a worker) is seen", async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const started = performance.now();
    await expect(runKernel("edge-of-stability", {}, { signal: controller.signal })).rejects.toMatchObject({ name: "AbortError" });
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
