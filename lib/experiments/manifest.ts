// tangent.experiment.json: what an author's experiment runs, with which parameters (and which of them reviewers
// may change), what it writes, the numbers the paper claims, how close counts as reproduced, and how to draw it.
// Pure (zod + papaparse): parsed wherever a manifest or claimed CSV crosses a boundary.

import Papa from "papaparse";
import { z } from "zod";
import { DEFAULT_COLORS, type FigureSpec, type SeriesPoint, type Tolerance } from "@/lib/engines/figures/types";
import { KERNELS, KernelParamsError, isKernelName, parseKernelParams } from "@/lib/engines/theory/registry";
import type { AssumptionKey } from "@/lib/theorems/taxonomy";

export const MANIFEST_FILE = "tangent.experiment.json";

export interface FieldError {
  /** "parameters.width.max", "outputs[1].name", or "" for the manifest itself. */
  path: string;
  message: string;
}

export const KERNEL_NAMES = Object.keys(KERNELS) as (keyof typeof KERNELS)[];

/** Which assumption a parameter probes: the taxonomy's keys where one exists, else "other". */
export const PARAMETER_ASSUMPTIONS = [
  "width",
  "stepSize",
  "initScale",
  "initStructure",
  "parameterization",
  "data",
  "sampleRegime",
  "other",
] as const satisfies readonly (AssumptionKey | "other")[];

/** Upper bounds any manifest may ask for; defaults are what a run gets when the manifest says nothing. */
export const LIMIT_MAXIMA = { cpuSeconds: 3600, wallSeconds: 7200, memoryMb: 8192, outputMb: 256, processes: 16 } as const;
export const LIMIT_DEFAULTS = { cpuSeconds: 300, wallSeconds: 600, memoryMb: 1024, outputMb: 16, processes: 1 } as const;

// ---------------------------------------------------------------------------------------------------------
// Building blocks

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A path inside the uploaded bundle: relative, forward slashes, no "..", no empty or "." segments. */
export function bundlePathProblem(p: string): string | null {
  if (p.length === 0) return "Give a path relative to the bundle root";
  if (p.includes("\\")) return `Use forward slashes: "${p}" contains a backslash`;
  if (p.startsWith("/") || /^[A-Za-z]:/.test(p) || p.startsWith("~")) return `"${p}" is absolute; give a path relative to the bundle root`;
  if (p.includes("\0")) return "The path contains a NUL character";
  const segs = p.split("/");
  if (segs.includes("..")) return `"${p}" contains a ".." segment; the path must stay inside the bundle`;
  if (segs.some((s) => s === "" || s === ".")) return `"${p}" has an empty or "." segment`;
  return null;
}

const bundlePath = z
  .string({ error: "Expected a relative path (string)" })
  .max(300)
  .superRefine((p, ctx) => {
    const problem = bundlePathProblem(p);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

const column = z.string({ error: "Expected a column name" }).trim().min(1, "Give a column name").max(100);
const band = z.tuple([column, column], { error: 'Expected [lo, hi] column names, e.g. ["risk_lo", "risk_hi"]' });
const color = z
  .string()
  .regex(/^(#[0-9a-fA-F]{3}|#[0-9a-fA-F]{6}|[a-zA-Z]{3,20})$/, 'Expected a colour like "#0072B2" or "teal"');

const common = {
  assumption: z.enum(PARAMETER_ASSUMPTIONS, { error: `Expected one of: ${PARAMETER_ASSUMPTIONS.join(", ")}` }).default("other"),
  reviewerChangeable: z.boolean().default(false),
  description: z.string().trim().max(500).default(""),
};
const finite = z.number().finite();

const numberParam = z.strictObject({ type: z.literal("number"), default: finite, min: finite.optional(), max: finite.optional(), allowed: z.array(finite).min(1).optional(), ...common });
const integerParam = z.strictObject({
  type: z.literal("integer"),
  default: z.number().int(),
  min: z.number().int().optional(),
  max: z.number().int().optional(),
  allowed: z.array(z.number().int()).min(1).optional(),
  ...common,
});
const booleanParam = z.strictObject({ type: z.literal("boolean"), default: z.boolean(), ...common });
const stringParam = z.strictObject({ type: z.literal("string"), default: z.string().max(200), allowed: z.array(z.string().max(200)).min(1).optional(), ...common });
const numberArrayParam = z.strictObject({
  type: z.literal("number[]"),
  default: z.array(finite).max(1000),
  /** Bounds of every element. */
  min: finite.optional(),
  max: finite.optional(),
  minItems: z.number().int().min(0).optional(),
  maxItems: z.number().int().min(1).max(1000).optional(),
  ...common,
});

const PARAM_TYPES = ["number", "integer", "boolean", "string", "number[]"] as const;
export const parameterSchema = z.discriminatedUnion("type", [numberParam, integerParam, booleanParam, stringParam, numberArrayParam], {
  error: `Expected "type" to be one of: ${PARAM_TYPES.join(", ")}`,
});
export type ParameterSpec = z.output<typeof parameterSchema>;
export type ParameterValue = number | boolean | string | number[];

const runtimeSchema = z.discriminatedUnion(
  "kind",
  [
    z.strictObject({
      kind: z.literal("builtin"),
      kernel: z.string().refine(isKernelName, { error: (i) => `Unknown kernel "${String(i.input)}"; valid kernels: ${KERNEL_NAMES.join(", ")}` }),
    }),
    z.strictObject({ kind: z.literal("node"), entry: bundlePath }),
    z.strictObject({ kind: z.literal("python"), entry: bundlePath }),
  ],
  { error: 'Expected runtime.kind to be "builtin", "node" or "python"' },
);

const seriesName = z.string().regex(IDENT, "Series names are identifiers: letters, digits, _ (not starting with a digit)").max(60);

const outputSchema = z.strictObject({
  /** How the figure and the comparison refer to this series. */
  name: seriesName,
  file: bundlePath,
  format: z.enum(["csv", "json"], { error: 'Expected format "csv" or "json"' }),
  /** For JSON: the key of the array of records (e.g. "points"); omit when the file is the array itself. */
  records: z.string().min(1).max(100).optional(),
  x: column,
  y: column,
  band: band.optional(),
  /** A column with the closed-form prediction at each x, drawn as the theory curve. */
  theory: column.optional(),
});

const claimedSchema = z.strictObject({
  file: bundlePath,
  x: column,
  y: column,
  band: band.optional(),
  /** The output series compared with the claimed numbers (default: the first). */
  compareWith: seriesName.optional(),
});

const pointsSchema = z
  .union([
    z.literal("all"),
    z.strictObject({ xMin: finite, xMax: finite }),
    z.strictObject({ x: z.array(finite).min(1, "List at least one x") }),
  ], { error: 'Expected "all", {"xMin", "xMax"} or {"x": [...]}' })
  .default("all");

const toleranceSchema = z
  .union(
    [
      z.strictObject({ band: z.literal(true), points: pointsSchema }),
      z.strictObject({ rtol: z.number().min(0).max(10).default(0.05), atol: z.number().min(0).default(0), points: pointsSchema }),
    ],
    { error: 'Expected {"rtol", "atol"} or {"band": true}, each with optional "points"' },
  )
  .default({ rtol: 0.05, atol: 0, points: "all" });

const axisSchema = z.strictObject({ title: z.string().trim().min(1, "Give the axis a title").max(100), log: z.boolean().default(false) });
const styleSchema = (role: keyof typeof DEFAULT_COLORS, label: string) =>
  z.strictObject({ show: z.boolean().default(true), label: z.string().trim().min(1).max(60).default(label), color: color.default(DEFAULT_COLORS[role]) }).prefault({});

const figureSpecSchema = z.strictObject({
  xAxis: axisSchema,
  yAxis: axisSchema,
  series: z
    .strictObject({ claimed: styleSchema("claimed", "Claimed"), reproduced: styleSchema("reproduced", "Reproduced") })
    .prefault({}),
  theory: styleSchema("theory", "Theory").prefault({ show: false }),
});

const limitsSchema = z
  .strictObject(
    Object.fromEntries(
      (Object.keys(LIMIT_MAXIMA) as (keyof typeof LIMIT_MAXIMA)[]).map((k) => [
        k,
        z.number().int().min(1, `${k} must be at least 1`).max(LIMIT_MAXIMA[k], `${k} may be at most ${LIMIT_MAXIMA[k]}`).default(LIMIT_DEFAULTS[k]),
      ]),
    ) as { [K in keyof typeof LIMIT_MAXIMA]: z.ZodDefault<z.ZodNumber> },
  )
  .prefault({});

export const manifestSchema = z.strictObject({
  title: z.string({ error: "Give the experiment a title" }).trim().min(1, "Give the experiment a title").max(200),
  figure: z.string({ error: 'Name the figure it regenerates, e.g. "Figure 2"' }).trim().min(1, 'Name the figure it regenerates, e.g. "Figure 2"').max(60),
  runtime: runtimeSchema,
  parameters: z.record(z.string().regex(IDENT, "Parameter names are identifiers: letters, digits, _ (not starting with a digit)").max(60), parameterSchema).default({}),
  seeds: z.array(z.number().int().min(0).max(2 ** 32 - 1), { error: "Expected an array of integer seeds" }).min(1, "Give at least one seed").max(100).default([0]),
  outputs: z.array(outputSchema).min(1, "Declare at least one output series").max(20),
  claimed: claimedSchema,
  tolerance: toleranceSchema,
  figureSpec: figureSpecSchema,
  limits: limitsSchema,
});

export type Manifest = z.output<typeof manifestSchema>;
export type ManifestInput = z.input<typeof manifestSchema>;

// ---------------------------------------------------------------------------------------------------------
// Cross-field checks

function rangeIssues(name: string, p: ParameterSpec, add: (path: string, message: string) => void): void {
  const at = `parameters.${name}`;
  if (p.type === "number" || p.type === "integer" || p.type === "number[]") {
    if (p.min !== undefined && p.max !== undefined && p.min > p.max) add(`${at}.max`, `max (${p.max}) is below min (${p.min})`);
  }
  if ((p.type === "number" || p.type === "integer") && p.allowed && (p.min !== undefined || p.max !== undefined)) {
    add(`${at}.allowed`, "Give either allowed values or min/max, not both");
  }
  if (p.type === "number[]" && p.minItems !== undefined && p.maxItems !== undefined && p.minItems > p.maxItems) {
    add(`${at}.maxItems`, `maxItems (${p.maxItems}) is below minItems (${p.minItems})`);
  }
  const problem = valueProblem(p, p.default);
  if (problem) add(`${at}.default`, `Default ${problem}`);
  if (p.reviewerChangeable) {
    const ranged =
      p.type === "boolean" ||
      (p.type === "string" && p.allowed !== undefined) ||
      ((p.type === "number" || p.type === "integer") && (p.allowed !== undefined || (p.min !== undefined && p.max !== undefined))) ||
      (p.type === "number[]" && p.min !== undefined && p.max !== undefined && p.maxItems !== undefined);
    if (!ranged) {
      const need = p.type === "string" ? "allowed values" : p.type === "number[]" ? "min, max and maxItems" : "min and max (or allowed values)";
      add(`${at}.reviewerChangeable`, `A parameter reviewers may change needs a range: give ${need}`);
    }
  }
}

/** Why `value` is not acceptable for the parameter (type, range, allowed values), or null. */
function valueProblem(p: ParameterSpec, value: unknown): string | null {
  const show = (v: unknown) => JSON.stringify(v);
  switch (p.type) {
    case "boolean":
      return typeof value === "boolean" ? null : `must be true or false, got ${show(value)}`;
    case "string":
      if (typeof value !== "string") return `must be a string, got ${show(value)}`;
      if (p.allowed && !p.allowed.includes(value)) return `${show(value)} is not one of the allowed values: ${p.allowed.map(show).join(", ")}`;
      return null;
    case "number":
    case "integer": {
      if (typeof value !== "number" || !Number.isFinite(value)) return `must be a finite number, got ${show(value)}`;
      if (p.type === "integer" && !Number.isInteger(value)) return `must be an integer, got ${value}`;
      if (p.allowed && !p.allowed.includes(value)) return `${value} is not one of the allowed values: ${p.allowed.join(", ")}`;
      if (p.min !== undefined && value < p.min) return `${value} is below the minimum ${p.min}`;
      if (p.max !== undefined && value > p.max) return `${value} is above the maximum ${p.max}`;
      return null;
    }
    case "number[]": {
      if (!Array.isArray(value)) return `must be an array of numbers, got ${show(value)}`;
      if (p.minItems !== undefined && value.length < p.minItems) return `has ${value.length} items, fewer than minItems ${p.minItems}`;
      if (p.maxItems !== undefined && value.length > p.maxItems) return `has ${value.length} items, more than maxItems ${p.maxItems}`;
      for (let i = 0; i < value.length; i++) {
        const v: unknown = value[i];
        if (typeof v !== "number" || !Number.isFinite(v)) return `item [${i}] must be a finite number, got ${show(v)}`;
        if (p.min !== undefined && v < p.min) return `item [${i}] = ${v} is below the minimum ${p.min}`;
        if (p.max !== undefined && v > p.max) return `item [${i}] = ${v} is above the maximum ${p.max}`;
      }
      return null;
    }
  }
}

function crossFieldIssues(m: Manifest): FieldError[] {
  const errors: FieldError[] = [];
  const add = (path: string, message: string) => errors.push({ path, message });
  for (const [name, p] of Object.entries(m.parameters)) rangeIssues(name, p, add);

  if (new Set(m.seeds).size !== m.seeds.length) add("seeds", "Seeds must be distinct");

  const names = new Map<string, number>();
  const files = new Map<string, number>();
  m.outputs.forEach((o, i) => {
    const prev = names.get(o.name);
    if (prev !== undefined) add(`outputs[${i}].name`, `Duplicate series "${o.name}" (also outputs[${prev}])`);
    else names.set(o.name, i);
    const key = `${o.file}#${o.records ?? ""}#${o.x}#${o.y}`;
    const prevFile = files.get(key);
    if (prevFile !== undefined) add(`outputs[${i}]`, `Duplicate series: same file and columns as outputs[${prevFile}]`);
    else files.set(key, i);
    if (o.format === "csv" && o.records !== undefined) add(`outputs[${i}].records`, '"records" applies only to JSON outputs');
    if (o.x === o.y) add(`outputs[${i}].y`, `x and y are the same column "${o.x}"`);
  });

  if (m.claimed.compareWith !== undefined && !names.has(m.claimed.compareWith)) {
    add("claimed.compareWith", `No output series named "${m.claimed.compareWith}"; declared: ${[...names.keys()].join(", ")}`);
  }
  if (m.claimed.x === m.claimed.y) add("claimed.y", `x and y are the same column "${m.claimed.x}"`);
  if ("band" in m.tolerance && !m.claimed.band) add("tolerance.band", "A band tolerance needs claimed.band: the [lo, hi] columns of the claimed CSV");
  const pts = m.tolerance.points;
  if (pts !== "all" && "xMin" in pts && pts.xMin > pts.xMax) add("tolerance.points.xMax", `xMax (${pts.xMax}) is below xMin (${pts.xMin})`);

  if (m.figureSpec.theory.show && !m.outputs.some((o) => o.theory !== undefined)) {
    add("figureSpec.theory.show", 'Overlaying the theory curve needs an output with a "theory" column');
  }
  if (m.figureSpec.xAxis.log && pts !== "all" && "xMin" in pts && pts.xMin <= 0) add("tolerance.points.xMin", "On a log x axis, xMin must be > 0");

  if (m.runtime.kind === "builtin") {
    const kernel = m.runtime.kernel as keyof typeof KERNELS;
    const defaults = Object.fromEntries(Object.entries(m.parameters).map(([k, p]) => [k, p.default]));
    try {
      parseKernelParams(kernel, defaults);
    } catch (e) {
      if (!(e instanceof KernelParamsError)) throw e;
      for (const issue of e.issues) {
        const unknown = /Unrecognized keys?: (.*)/.exec(issue.message);
        if (unknown) {
          for (const key of unknown[1]!.split(",").map((s) => s.trim().replace(/^"|"$/g, ""))) {
            add(`parameters.${key}`, `Kernel "${kernel}" has no parameter "${key}"`);
          }
        } else {
          const [head, ...rest] = issue.path.split(/(?=[.[])/);
          add(`parameters.${head}.default${rest.join("")}`, `Kernel "${kernel}" rejects the default: ${issue.message}`);
        }
      }
    }
  }
  return errors;
}

// ---------------------------------------------------------------------------------------------------------
// Public API

function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : `${i ? "." : ""}${String(p)}`)).join("");
}

function zodErrors(error: z.ZodError): FieldError[] {
  const issues = error.issues.map((i) => {
    let path = formatPath(i.path);
    let message = i.message;
    if (i.code === "unrecognized_keys") {
      message = `Unknown field${i.keys.length > 1 ? "s" : ""}: ${i.keys.map((k) => `"${k}"`).join(", ")}`;
    }
    if (i.code === "invalid_type" && i.input === undefined) message = `Required: ${message}`;
    if (path === "" && i.code === "invalid_type") message = "The manifest must be a JSON object";
    path = path || "";
    return { path, message, code: i.code };
  });
  // A value of the wrong type also fails its length/format checks; the type error alone is the useful one.
  const wrongType = new Set(issues.filter((i) => i.code === "invalid_type").map((i) => i.path));
  return issues.filter((i) => i.code === "invalid_type" || !wrongType.has(i.path)).map(({ path, message }) => ({ path, message }));
}

export type ManifestResult = { ok: true; manifest: Manifest } | { ok: false; errors: FieldError[] };

/** Parses a manifest (a JSON string or an already-parsed value), fills defaults, and reports every problem by field. */
export function parseManifest(json: unknown): ManifestResult {
  let raw = json;
  if (typeof json === "string") {
    try {
      raw = JSON.parse(json) as unknown;
    } catch (e) {
      return { ok: false, errors: [{ path: "", message: `${MANIFEST_FILE} is not valid JSON: ${(e as Error).message}` }] };
    }
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: zodErrors(parsed.error) };
  const errors = crossFieldIssues(parsed.data);
  return errors.length ? { ok: false, errors } : { ok: true, manifest: parsed.data };
}

export type OverridesResult = { ok: true; values: Record<string, ParameterValue> } | { ok: false; errors: FieldError[] };

/**
 * Checks parameter overrides for a run and returns the full parameter values (defaults filled).
 * Reviewers may change only reviewerChangeable parameters; everyone stays within the declared range.
 * Error paths are parameter names.
 */
export function validateOverrides(manifest: Manifest, overrides: unknown, { role }: { role: "author" | "reviewer" }): OverridesResult {
  if (overrides === null || typeof overrides !== "object" || Array.isArray(overrides)) {
    return { ok: false, errors: [{ path: "", message: "Overrides must be an object of parameter name → value" }] };
  }
  const errors: FieldError[] = [];
  const values: Record<string, ParameterValue> = Object.fromEntries(Object.entries(manifest.parameters).map(([k, p]) => [k, p.default]));
  for (const [name, value] of Object.entries(overrides as Record<string, unknown>)) {
    const p = Object.hasOwn(manifest.parameters, name) ? manifest.parameters[name] : undefined;
    if (!p) {
      const known = Object.keys(manifest.parameters);
      errors.push({ path: name, message: `Unknown parameter "${name}"${known.length ? `; parameters: ${known.join(", ")}` : ""}` });
      continue;
    }
    if (role === "reviewer" && !p.reviewerChangeable && JSON.stringify(value) !== JSON.stringify(p.default)) {
      errors.push({ path: name, message: `"${name}" is fixed by the authors; reviewers may change only: ${changeable(manifest) || "(none)"}` });
      continue;
    }
    const problem = valueProblem(p, value);
    if (problem) {
      errors.push({ path: name, message: `"${name}" ${problem}` });
      continue;
    }
    values[name] = (Array.isArray(value) ? [...(value as number[])] : value) as ParameterValue;
  }
  return errors.length ? { ok: false, errors } : { ok: true, values };
}

function changeable(m: Manifest): string {
  return Object.entries(m.parameters)
    .filter(([, p]) => p.reviewerChangeable)
    .map(([k]) => k)
    .join(", ");
}

export interface ClaimedColumns {
  x: string;
  y: string;
  band?: readonly [string, string] | undefined;
}

export interface CsvError {
  /** 1-based line in the file (the header is line 1); absent for file-level problems. */
  line?: number;
  column?: string;
  message: string;
}

export type ClaimedCsvResult = { ok: true; points: SeriesPoint[] } | { ok: false; errors: CsvError[] };

const MAX_CSV_ROWS = 100_000;
const MAX_CSV_ERRORS = 20;

/** Parses the author's claimed-numbers CSV: header with the x/y (and band) columns, then finite numbers. */
export function parseClaimedCsv(text: string, spec: ClaimedColumns): ClaimedCsvResult {
  const body = text.replace(/^\uFEFF/, "");
  const rows: { line: number; cells: string[] }[] = [];
  const parseErrors: CsvError[] = [];
  let lineAtCursor = 1;
  let cursor = 0;
  const lineOf = (to: number) => {
    for (let i = cursor; i < to && i < body.length; i++) if (body.charCodeAt(i) === 10) lineAtCursor++;
    cursor = Math.max(cursor, to);
    return lineAtCursor;
  };
  let rowStart = 0;
  Papa.parse<string[]>(body, {
    header: false,
    delimiter: ",",
    skipEmptyLines: false,
    step: (res) => {
      const line = lineOf(rowStart);
      for (const e of res.errors) parseErrors.push({ line, message: `CSV syntax: ${e.message}` });
      rowStart = res.meta.cursor;
      // Skip the line break that ends this row so the next row starts on its own line.
      if (body[rowStart] === "\r") rowStart++;
      if (body[rowStart] === "\n") rowStart++;
      const cells = res.data;
      if (cells.length === 0 || (cells.length === 1 && cells[0]!.trim() === "")) return;
      rows.push({ line, cells });
    },
  });
  if (parseErrors.length) return { ok: false, errors: parseErrors.slice(0, MAX_CSV_ERRORS) };
  const header = rows.shift();
  if (!header) return { ok: false, errors: [{ message: "The CSV is empty; expected a header line and data rows" }] };
  const names = header.cells.map((c) => c.trim());
  const expected = [spec.x, spec.y, ...(spec.band ?? [])];
  const missing = expected.filter((c) => !names.includes(c));
  if (missing.length) {
    return {
      ok: false,
      errors: [
        {
          line: header.line,
          message: `Wrong columns: expected ${expected.map((c) => `"${c}"`).join(", ")}; missing ${missing.map((c) => `"${c}"`).join(", ")}; found ${names.map((c) => `"${c}"`).join(", ") || "(none)"}`,
        },
      ],
    };
  }
  const dup = names.find((n, i) => expected.includes(n) && names.indexOf(n) !== i);
  if (dup) return { ok: false, errors: [{ line: header.line, column: dup, message: `Column "${dup}" appears more than once in the header` }] };
  if (rows.length === 0) return { ok: false, errors: [{ message: "The CSV has a header but no data rows" }] };
  if (rows.length > MAX_CSV_ROWS) return { ok: false, errors: [{ message: `Too many rows (${rows.length}); at most ${MAX_CSV_ROWS}` }] };

  const idx = (c: string) => names.indexOf(c);
  const errors: CsvError[] = [];
  const points: SeriesPoint[] = [];
  const seen = new Map<number, number>();
  for (const { line, cells } of rows) {
    if (cells.length !== names.length) {
      errors.push({ line, message: `Expected ${names.length} fields, found ${cells.length}` });
      continue;
    }
    const num = (c: string): number | null => {
      const s = (cells[idx(c)] ?? "").trim();
      const v = s === "" ? NaN : Number(s);
      if (!Number.isFinite(v)) {
        errors.push({ line, column: c, message: s === "" ? `"${c}" is empty` : `"${c}" is not a finite number: "${s}"` });
        return null;
      }
      return v;
    };
    const x = num(spec.x);
    const y = num(spec.y);
    const lo = spec.band ? num(spec.band[0]) : undefined;
    const hi = spec.band ? num(spec.band[1]) : undefined;
    if (x === null || y === null || lo === null || hi === null) continue;
    const prev = seen.get(x);
    if (prev !== undefined) {
      errors.push({ line, column: spec.x, message: `Duplicate x = ${x} (also on line ${prev})` });
      continue;
    }
    seen.set(x, line);
    if (lo !== undefined && hi !== undefined) {
      if (lo > hi) {
        errors.push({ line, column: spec.band![0], message: `Band low ${lo} is above band high ${hi}` });
        continue;
      }
      points.push({ x, y, lo, hi });
    } else points.push({ x, y });
  }
  if (errors.length > MAX_CSV_ERRORS) {
    const more = errors.length - MAX_CSV_ERRORS;
    return { ok: false, errors: [...errors.slice(0, MAX_CSV_ERRORS), { message: `… and ${more} more error${more === 1 ? "" : "s"}` }] };
  }
  return errors.length ? { ok: false, errors } : { ok: true, points };
}

/** The render spec of the manifest's figure, for `renderFigureSvg`. */
export function figureSpecOf(m: Manifest): FigureSpec {
  const f = m.figureSpec;
  const style = (s: { show: boolean; label: string; color: string }) => (s.show ? { label: s.label, color: s.color } : null);
  return {
    title: `${m.figure}: ${m.title}`,
    x: { title: f.xAxis.title, log: f.xAxis.log },
    y: { title: f.yAxis.title, log: f.yAxis.log },
    claimed: style(f.series.claimed),
    reproduced: style(f.series.reproduced),
    theory: style(f.theory),
  };
}

/** The tolerance of the manifest, for `compareSeries`. */
export function toleranceOf(m: Manifest): Tolerance {
  return m.tolerance;
}

/** The output series compared with the claimed numbers. */
export function comparedOutput(m: Manifest): Manifest["outputs"][number] {
  return m.outputs.find((o) => o.name === m.claimed.compareWith) ?? m.outputs[0]!;
}
