import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { ReadBundle } from "@/lib/experiments/bundle-archive";
import { defineFromBundle, defineFromForm, manifestHash } from "@/lib/experiments/definition";
import { parseManifest } from "@/lib/experiments/manifest";
import { OutputError, readSeries } from "@/lib/experiments/outputs";

const demo = (folder: string, file: string) => readFileSync(`prisma/demo/experiments/${folder}/${file}`, "utf8");

function bundle(files: Record<string, string>): ReadBundle {
  return { hash: "h", format: "zip", archiveBytes: 1, unpackedBytes: 1, files: Object.entries(files).map(([path, text]) => ({ path, data: Buffer.from(text) })) };
}

describe("experiment definitions", () => {
  it("accepts every demo experiment, from the form or from its bundle", () => {
    expect(defineFromForm(demo("double-descent-builtin", "tangent.experiment.json"), demo("double-descent-builtin", "claimed.csv")).ok).toBe(true);
    for (const [folder, entry] of [["lazy-training-node", "train.mjs"], ["ridgeless-python", "ridgeless.py"]] as const) {
      const r = defineFromBundle(bundle({ "tangent.experiment.json": demo(folder, "tangent.experiment.json"), "claimed.csv": demo(folder, "claimed.csv"), [entry]: demo(folder, entry) }));
      expect(r.ok, JSON.stringify(!r.ok && r.errors)).toBe(true);
    }
  });

  it("names the missing manifest, entry and claimed file", () => {
    const m = demo("ridgeless-python", "tangent.experiment.json");
    expect(defineFromBundle(bundle({ "code/tangent.experiment.json": m, "x.py": "" }))).toEqual({
      ok: false,
      errors: [{ path: "", message: "The bundle has no tangent.experiment.json at its root (found code/tangent.experiment.json; put it at the top level)" }],
    });
    const r = defineFromBundle(bundle({ "tangent.experiment.json": m }));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toContainEqual({ path: "runtime.entry", message: '"ridgeless.py" is not in the bundle' });
      expect(r.errors).toContainEqual({ path: "claimed.file", message: '"claimed.csv" is not in the bundle' });
    }
  });

  it("reports claimed-CSV problems by line, and refuses scripts through the built-in form", () => {
    const r = defineFromForm(demo("double-descent-builtin", "tangent.experiment.json"), "gamma,risk\n0.5,abc\n");
    expect(r).toEqual({ ok: false, errors: [{ path: "claimed.file", message: 'claimed CSV line 2: "risk" is not a finite number: "abc"' }] });
    const script = defineFromForm(demo("ridgeless-python", "tangent.experiment.json"), "gamma,risk\n1,1\n");
    expect(!script.ok && script.errors[0]!.path).toBe("runtime.kind");
  });

  it("hashes a manifest independently of key order", () => {
    const a = parseManifest(demo("double-descent-builtin", "tangent.experiment.json"));
    const raw = JSON.parse(demo("double-descent-builtin", "tangent.experiment.json")) as Record<string, unknown>;
    const reordered = Object.fromEntries(Object.entries(raw).reverse());
    const b = parseManifest(reordered);
    if (!a.ok || !b.ok) throw new Error("demo manifest invalid");
    expect(manifestHash(a.manifest)).toBe(manifestHash(b.manifest));
    expect(manifestHash(a.manifest)).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("reading a run's outputs", () => {
  const out = { name: "risk", file: "r.csv", format: "csv" as const, x: "gamma", y: "risk" };
  it("reads CSV and JSON records with bands and theory", () => {
    expect(readSeries(out, "gamma,risk\n0.5,1\n2,0.5\n").points).toEqual([{ x: 0.5, y: 1 }, { x: 2, y: 0.5 }]);
    const json = readSeries({ ...out, file: "r.json", format: "json", records: "points", theory: "th", band: ["lo", "hi"] }, JSON.stringify({ points: [{ gamma: 1, risk: null, th: 2, lo: 0, hi: 3 }] }));
    expect(json.points).toEqual([{ x: 1, y: null, lo: 0, hi: 3 }]);
    expect(json.theory).toEqual([{ x: 1, y: 2 }]);
  });
  it("names the missing column and the malformed file", () => {
    expect(() => readSeries(out, "gamma,loss\n1,2\n")).toThrow(/series "risk" needs column "risk"; found "gamma", "loss"/);
    expect(() => readSeries({ ...out, format: "json" }, "{not json")).toThrow(OutputError);
    expect(() => readSeries(out, "gamma,risk\n")).toThrow(/no rows/);
  });
});
