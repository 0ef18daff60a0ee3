import { describe, expect, it } from "vitest";
import {
  KERNEL_NAMES,
  LIMIT_DEFAULTS,
  bundlePathProblem,
  comparedOutput,
  figureSpecOf,
  parseClaimedCsv,
  parseManifest,
  validateOverrides,
  type FieldError,
  type Manifest,
} from "@/lib/experiments/manifest";

/** A valid python manifest; tests change one thing at a time. */
function base(): Record<string, unknown> {
  return {
    title: "Double descent of min-norm least squares",
    figure: "Figure 2",
    runtime: { kind: "python", entry: "src/run.py" },
    parameters: {
      width: { type: "integer", default: 400, min: 50, max: 2000, assumption: "width", reviewerChangeable: true, description: "n" },
      lr: { type: "number", default: 0.1, assumption: "stepSize" },
      init: { type: "string", default: "gaussian", allowed: ["gaussian", "orthogonal"], assumption: "initStructure", reviewerChangeable: true },
      gammas: { type: "number[]", default: [0.5, 2], min: 0.1, max: 10, maxItems: 20, assumption: "sampleRegime", reviewerChangeable: true },
      ntk: { type: "boolean", default: true, assumption: "parameterization", reviewerChangeable: true },
    },
    seeds: [0, 1, 2],
    outputs: [{ name: "risk", file: "out/risk.csv", format: "csv", x: "gamma", y: "risk", band: ["lo", "hi"], theory: "theory" }],
    claimed: { file: "claimed.csv", x: "gamma", y: "risk" },
    figureSpec: { xAxis: { title: "γ = p/n", log: true }, yAxis: { title: "test risk" } },
  };
}

function errorsOf(raw: unknown): FieldError[] {
  const r = parseManifest(raw);
  if (r.ok) throw new Error("expected errors");
  return r.errors;
}

function ok(raw: unknown): Manifest {
  const r = parseManifest(raw);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.manifest;
}

function withParam(name: string, spec: unknown) {
  const m = base();
  (m.parameters as Record<string, unknown>)[name] = spec;
  return m;
}

describe("parseManifest", () => {
  it("accepts a valid manifest and fills defaults", () => {
    const m = ok(base());
    expect(m.limits).toEqual(LIMIT_DEFAULTS);
    expect(m.tolerance).toEqual({ rtol: 0.05, atol: 0, points: "all" });
    expect(m.parameters.lr).toMatchObject({ reviewerChangeable: false, description: "" });
    expect(m.figureSpec.series.claimed).toEqual({ show: true, label: "Claimed", color: "#000000" });
    expect(m.figureSpec.theory.show).toBe(false);
    expect(m.figureSpec.yAxis.log).toBe(false);
    expect(comparedOutput(m).name).toBe("risk");
    expect(figureSpecOf(m)).toMatchObject({ title: "Figure 2: Double descent of min-norm least squares", x: { log: true }, theory: null });
  });

  it("accepts a JSON string and reports invalid JSON", () => {
    expect(parseManifest(JSON.stringify(base())).ok).toBe(true);
    expect(errorsOf("{nope")[0]!.message).toMatch(/not valid JSON/);
    expect(errorsOf([1])[0]).toEqual({ path: "", message: "The manifest must be a JSON object" });
  });

  it("names missing required fields", () => {
    const m = base();
    delete m.title;
    delete m.outputs;
    const paths = errorsOf(m).map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(["title", "outputs"]));
  });

  it("rejects unknown fields", () => {
    expect(errorsOf({ ...base(), colour: "red" })).toContainEqual({ path: "", message: 'Unknown field: "colour"' });
  });

  it("lists the valid kernels for an unknown one", () => {
    const e = errorsOf({ ...base(), parameters: {}, runtime: { kind: "builtin", kernel: "min-norm" } });
    expect(e).toHaveLength(1);
    expect(e[0]!.path).toBe("runtime.kernel");
    for (const k of KERNEL_NAMES) expect(e[0]!.message).toContain(k);
  });

  it("rejects an unknown runtime kind", () => {
    expect(errorsOf({ ...base(), runtime: { kind: "julia", entry: "a.jl" } })[0]!.message).toMatch(/builtin", "node" or "python/);
  });

  it.each([
    ["/abs/run.py", /absolute/],
    ["C:/run.py", /absolute/],
    ["src/../../etc/passwd", /"\.\." segment/],
    ["src\\run.py", /backslash/],
    ["src//run.py", /empty or "\." segment/],
    ["", /relative to the bundle root/],
  ])("refuses entry path %j", (entry, message) => {
    const e = errorsOf({ ...base(), runtime: { kind: "node", entry } });
    expect(e).toEqual([{ path: "runtime.entry", message: expect.stringMatching(message) }]);
  });

  it("applies the same path rule to outputs and claimed files", () => {
    const m = base();
    m.claimed = { file: "../claimed.csv", x: "gamma", y: "risk" };
    expect(errorsOf(m).map((e) => e.path)).toEqual(["claimed.file"]);
    expect(bundlePathProblem("data/claimed.csv")).toBeNull();
  });

  it("reports a default outside the range", () => {
    const e = errorsOf(withParam("width", { type: "integer", default: 10, min: 50, max: 2000, assumption: "width" }));
    expect(e).toEqual([{ path: "parameters.width.default", message: "Default 10 is below the minimum 50" }]);
    const e2 = errorsOf(withParam("init", { type: "string", default: "zero", allowed: ["gaussian"] }));
    expect(e2[0]).toMatchObject({ path: "parameters.init.default", message: expect.stringContaining("not one of the allowed values") });
    const e3 = errorsOf(withParam("gammas", { type: "number[]", default: [0.5, 20], min: 0.1, max: 10 }));
    expect(e3[0]).toEqual({ path: "parameters.gammas.default", message: "Default item [1] = 20 is above the maximum 10" });
  });

  it("reports min above max", () => {
    expect(errorsOf(withParam("width", { type: "integer", default: 100, min: 200, max: 50 }))).toContainEqual({
      path: "parameters.width.max",
      message: "max (50) is below min (200)",
    });
  });

  it("requires a range on reviewer-changeable parameters", () => {
    expect(errorsOf(withParam("lr", { type: "number", default: 0.1, min: 0, reviewerChangeable: true }))).toEqual([
      { path: "parameters.lr.reviewerChangeable", message: "A parameter reviewers may change needs a range: give min and max (or allowed values)" },
    ]);
    expect(errorsOf(withParam("act", { type: "string", default: "relu", reviewerChangeable: true }))[0]!.message).toMatch(/allowed values/);
    // booleans are their own range; allowed values are a range
    expect(parseManifest(withParam("lr", { type: "number", default: 0.1, allowed: [0.1, 0.2], reviewerChangeable: true })).ok).toBe(true);
  });

  it("requires an integer default for integer parameters and a known type/assumption", () => {
    expect(errorsOf(withParam("width", { type: "integer", default: 1.5 }))[0]!.path).toBe("parameters.width.default");
    expect(errorsOf(withParam("width", { type: "float", default: 1 }))[0]!.message).toMatch(/number, integer, boolean, string, number\[\]/);
    expect(errorsOf(withParam("width", { type: "integer", default: 1, assumption: "depth" }))[0]).toMatchObject({
      path: "parameters.width.assumption",
      message: expect.stringContaining("width, stepSize, initScale"),
    });
  });

  it("rejects duplicate series", () => {
    const m = base();
    const out = (m.outputs as object[])[0]!;
    m.outputs = [out, { ...out, file: "out/other.csv" }];
    expect(errorsOf(m)).toContainEqual({ path: "outputs[1].name", message: 'Duplicate series "risk" (also outputs[0])' });
    m.outputs = [out, { ...out, name: "risk2" }];
    expect(errorsOf(m)).toContainEqual({ path: "outputs[1]", message: "Duplicate series: same file and columns as outputs[0]" });
  });

  it("checks claimed.compareWith, band tolerance and point ranges", () => {
    const m = base();
    m.claimed = { file: "claimed.csv", x: "gamma", y: "risk", compareWith: "nope" };
    m.tolerance = { band: true, points: { xMin: 2, xMax: 1 } };
    const paths = errorsOf(m).map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(["claimed.compareWith", "tolerance.band", "tolerance.points.xMax"]));
  });

  it("accepts the tolerance forms", () => {
    expect(ok({ ...base(), tolerance: { rtol: 0.1 } }).tolerance).toEqual({ rtol: 0.1, atol: 0, points: "all" });
    expect(ok({ ...base(), tolerance: { atol: 0.01, points: { x: [0.5, 2] } } }).tolerance).toMatchObject({ points: { x: [0.5, 2] } });
    const m = base();
    m.claimed = { file: "c.csv", x: "gamma", y: "risk", band: ["lo", "hi"] };
    m.tolerance = { band: true };
    expect(ok(m).tolerance).toEqual({ band: true, points: "all" });
    expect(errorsOf({ ...base(), tolerance: { rtol: -1 } })[0]!.path).toBe("tolerance.rtol");
  });

  it("caps limits at sane maxima", () => {
    expect(errorsOf({ ...base(), limits: { cpuSeconds: 99_999 } })).toEqual([{ path: "limits.cpuSeconds", message: "cpuSeconds may be at most 3600" }]);
    expect(ok({ ...base(), limits: { memoryMb: 2048 } }).limits).toEqual({ ...LIMIT_DEFAULTS, memoryMb: 2048 });
  });

  it("needs a theory column to overlay the theory curve", () => {
    const m = base();
    m.outputs = [{ name: "risk", file: "out/risk.csv", format: "csv", x: "gamma", y: "risk" }];
    m.figureSpec = { xAxis: { title: "γ" }, yAxis: { title: "risk" }, theory: { show: true } };
    expect(errorsOf(m)).toEqual([{ path: "figureSpec.theory.show", message: expect.stringContaining('"theory" column') }]);
  });

  it("rejects bad seeds and colours", () => {
    expect(errorsOf({ ...base(), seeds: [1, 1] })).toEqual([{ path: "seeds", message: "Seeds must be distinct" }]);
    expect(errorsOf({ ...base(), seeds: [1.5] })[0]!.path).toBe("seeds[0]");
    const m = base();
    m.figureSpec = { xAxis: { title: "γ" }, yAxis: { title: "r" }, series: { claimed: { color: "url(#x)" } } };
    expect(errorsOf(m)[0]!.path).toBe("figureSpec.series.claimed.color");
  });

  it("checks builtin parameters against the kernel", () => {
    const m = base();
    m.runtime = { kind: "builtin", kernel: "min-norm-ls" };
    m.parameters = {
      n: { type: "integer", default: 400, min: 50, max: 2000, assumption: "sampleRegime", reviewerChangeable: true },
      seeds: { type: "number[]", default: [0] },
    };
    expect(errorsOf(m)).toEqual([{ path: "parameters.seeds", message: 'Kernel "min-norm-ls" has no parameter "seeds"' }]);
    m.parameters = { n: { type: "integer", default: 400 } };
    expect(ok(m).runtime).toEqual({ kind: "builtin", kernel: "min-norm-ls" });
  });
});

describe("validateOverrides", () => {
  const m = ok(base());

  it("fills defaults and accepts in-range reviewer changes", () => {
    const r = validateOverrides(m, { width: 800, gammas: [1, 2, 3], init: "orthogonal", ntk: false }, { role: "reviewer" });
    expect(r).toEqual({ ok: true, values: { width: 800, lr: 0.1, init: "orthogonal", gammas: [1, 2, 3], ntk: false } });
  });

  it("lets reviewers change only reviewerChangeable parameters", () => {
    const r = validateOverrides(m, { lr: 0.5 }, { role: "reviewer" });
    expect(r).toEqual({ ok: false, errors: [{ path: "lr", message: '"lr" is fixed by the authors; reviewers may change only: width, init, gammas, ntk' }] });
    // restating the default is not a change
    expect(validateOverrides(m, { lr: 0.1 }, { role: "reviewer" }).ok).toBe(true);
    expect(validateOverrides(m, { lr: 0.5 }, { role: "author" }).ok).toBe(true);
  });

  it("reports out-of-range, wrong-type and unknown parameters by name", () => {
    const r = validateOverrides(m, { width: 5000, init: "zero", gammas: [1, "2"], ntk: "yes", depth: 3 }, { role: "reviewer" });
    if (r.ok) throw new Error("expected errors");
    expect(r.errors).toEqual([
      { path: "width", message: '"width" 5000 is above the maximum 2000' },
      { path: "init", message: '"init" "zero" is not one of the allowed values: "gaussian", "orthogonal"' },
      { path: "gammas", message: '"gammas" item [1] must be a finite number, got "2"' },
      { path: "ntk", message: '"ntk" must be true or false, got "yes"' },
      { path: "depth", message: 'Unknown parameter "depth"; parameters: width, lr, init, gammas, ntk' },
    ]);
    expect(validateOverrides(m, { width: 100.5 }, { role: "author" })).toMatchObject({ ok: false, errors: [{ path: "width", message: '"width" must be an integer, got 100.5' }] });
    expect(validateOverrides(m, [1], { role: "author" }).ok).toBe(false);
  });
});

describe("parseClaimedCsv", () => {
  const spec = { x: "gamma", y: "risk", band: ["lo", "hi"] as const };

  it("parses rows, skipping blank lines, with a BOM and CRLF", () => {
    const r = parseClaimedCsv("\uFEFFgamma,risk,lo,hi,note\r\n0.5,1.0,0.9,1.1,a\r\n\r\n2,1.5,1.4,1.6,\"b, c\"\r\n", spec);
    expect(r).toEqual({ ok: true, points: [{ x: 0.5, y: 1, lo: 0.9, hi: 1.1 }, { x: 2, y: 1.5, lo: 1.4, hi: 1.6 }] });
    expect(parseClaimedCsv("risk,gamma\n1,0.5\n", { x: "gamma", y: "risk" })).toEqual({ ok: true, points: [{ x: 0.5, y: 1 }] });
  });

  it("names the expected and found columns", () => {
    const r = parseClaimedCsv("g,risk\n1,2\n", spec);
    expect(r).toEqual({
      ok: false,
      errors: [{ line: 1, message: 'Wrong columns: expected "gamma", "risk", "lo", "hi"; missing "gamma", "lo", "hi"; found "g", "risk"' }],
    });
  });

  it("reports bad values with line numbers", () => {
    const r = parseClaimedCsv("gamma,risk\n0.5,1\n\n1,abc\n2,\n2,3\n3,Infinity\n4\n", { x: "gamma", y: "risk" });
    if (r.ok) throw new Error("expected errors");
    expect(r.errors).toEqual([
      { line: 4, column: "risk", message: '"risk" is not a finite number: "abc"' },
      { line: 5, column: "risk", message: '"risk" is empty' },
      { line: 7, column: "risk", message: '"risk" is not a finite number: "Infinity"' },
      { line: 8, message: "Expected 2 fields, found 1" },
    ]);
  });

  it("rejects duplicate x, inverted bands, empty files", () => {
    const dup = parseClaimedCsv("gamma,risk\n1,2\n1,3\n", { x: "gamma", y: "risk" });
    expect(dup).toEqual({ ok: false, errors: [{ line: 3, column: "gamma", message: "Duplicate x = 1 (also on line 2)" }] });
    const inv = parseClaimedCsv("gamma,risk,lo,hi\n1,2,3,1\n", spec);
    expect(inv).toMatchObject({ ok: false, errors: [{ line: 2, message: "Band low 3 is above band high 1" }] });
    expect(parseClaimedCsv("", spec)).toMatchObject({ ok: false, errors: [{ message: expect.stringContaining("empty") }] });
    expect(parseClaimedCsv("gamma,risk,lo,hi\n", spec)).toMatchObject({ ok: false, errors: [{ message: expect.stringContaining("no data rows") }] });
  });

  it("reports CSV syntax errors with the line", () => {
    const r = parseClaimedCsv('gamma,risk\n1,2\n2,"3\n', { x: "gamma", y: "risk" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.line).toBe(3);
  });
});
