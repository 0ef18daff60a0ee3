// Reads the series a run wrote (CSV or JSON files named in the manifest's outputs) into points for the
// comparison and the figure. A missing file or column is a clear error naming the output, never a silent gap.

import Papa from "papaparse";
import type { SeriesPoint } from "@/lib/engines/figures/types";
import type { Manifest } from "./manifest";

type Output = Manifest["outputs"][number];

export interface ReadSeries {
  name: string;
  points: SeriesPoint[];
  /** The closed-form curve at the same x, when the output names a theory column. */
  theory: SeriesPoint[] | null;
}

export class OutputError extends Error {
  override readonly name = "OutputError";
}

function records(output: Output, text: string): Record<string, unknown>[] {
  if (output.format === "csv") {
    const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true, dynamicTyping: false });
    if (parsed.errors.length) {
      const e = parsed.errors[0]!;
      throw new OutputError(`${output.file}: CSV syntax error on line ${(e.row ?? 0) + 2}: ${e.message}`);
    }
    return parsed.data;
  }
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (e) {
    throw new OutputError(`${output.file} is not valid JSON: ${(e as Error).message}`);
  }
  if (output.records !== undefined) {
    value = value !== null && typeof value === "object" ? (value as Record<string, unknown>)[output.records] : undefined;
    if (!Array.isArray(value)) throw new OutputError(`${output.file}: expected an array under "${output.records}"`);
  }
  if (!Array.isArray(value)) throw new OutputError(`${output.file}: expected a JSON array of records${output.records ? "" : ' (or set "records")'}`);
  return value.filter((r): r is Record<string, unknown> => r !== null && typeof r === "object");
}

function num(v: unknown): number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "string" && v.trim() !== "") {
    const n = Number(v);
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

export function readSeries(output: Output, text: string): ReadSeries {
  const rows = records(output, text);
  if (rows.length === 0) throw new OutputError(`${output.file} has no rows for series "${output.name}"`);
  const columns = [output.x, output.y, ...(output.band ?? []), ...(output.theory ? [output.theory] : [])];
  const missing = columns.filter((c) => !(c in rows[0]!));
  if (missing.length) {
    throw new OutputError(`${output.file}: series "${output.name}" needs column${missing.length > 1 ? "s" : ""} ${missing.map((c) => `"${c}"`).join(", ")}; found ${Object.keys(rows[0]!).map((c) => `"${c}"`).join(", ")}`);
  }
  const points: SeriesPoint[] = [];
  const theory: SeriesPoint[] = [];
  rows.forEach((r, i) => {
    const x = num(r[output.x]);
    if (x === null) throw new OutputError(`${output.file}: row ${i + 1} of "${output.name}" has no numeric ${output.x}`);
    const p: SeriesPoint = { x, y: num(r[output.y]) };
    if (output.band) {
      p.lo = num(r[output.band[0]]);
      p.hi = num(r[output.band[1]]);
    }
    points.push(p);
    if (output.theory) theory.push({ x, y: num(r[output.theory]) });
  });
  return { name: output.name, points, theory: output.theory ? theory : null };
}
