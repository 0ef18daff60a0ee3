// Reading a chair's CSV file into records that remember their line number, so every problem can be reported
// where the chair will find it in a spreadsheet or editor. Pure: no database, no framework.
import Papa from "papaparse";
import type { RowError } from "./types";

export interface ColumnSpec {
  /** Canonical column name → accepted header spellings (compared after normalizeHeader). */
  columns: Record<string, readonly string[]>;
  required: readonly string[];
  /** At least one of these must be present (e.g. "number" or "id"). */
  oneOf?: readonly string[];
  /** What the file is, for messages: "submissions", "reviewers". */
  what: string;
}

export interface CsvRecord {
  /** 1-based line of the file where the record starts (a quoted field may span several lines). */
  line: number;
  values: Record<string, string>;
}

export type CsvRead = { ok: true; records: CsvRecord[]; errors: RowError[] } | { ok: false; fileError: string };

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export function normalizeHeader(h: string): string {
  return h.trim().toLowerCase().replace(/[\s_\-.]+/g, " ");
}

/** Binary files (a spreadsheet saved as .xlsx, a PDF) contain NUL bytes or are not UTF-8 at all. */
export function decodeUpload(bytes: Uint8Array): { ok: true; text: string } | { ok: false; fileError: string } {
  if (bytes.length === 0) return { ok: false, fileError: "The file is empty." };
  if (bytes.length > MAX_IMPORT_BYTES) return { ok: false, fileError: `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB.` };
  if (bytes.includes(0)) return { ok: false, fileError: "This is not a text file. Save the sheet as CSV (UTF-8) and upload that." };
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text };
  } catch {
    return { ok: false, fileError: "The file is not UTF-8 text. Save it as CSV (UTF-8) and upload it again." };
  }
}

function mapHeader(header: string[], spec: ColumnSpec): { ok: true; index: Map<string, number> } | { ok: false; fileError: string } {
  const lookup = new Map<string, string>();
  for (const [canonical, spellings] of Object.entries(spec.columns)) {
    for (const s of [canonical, ...spellings]) lookup.set(normalizeHeader(s), canonical);
  }
  const index = new Map<string, number>();
  const unknown: string[] = [];
  header.forEach((h, i) => {
    const canonical = lookup.get(normalizeHeader(h));
    if (!canonical) unknown.push(h.trim() || `(empty, column ${i + 1})`);
    else if (index.has(canonical)) unknown.push(`${h.trim()} (a second "${canonical}" column)`);
    else index.set(canonical, i);
  });
  const expected = Object.keys(spec.columns).join(", ");
  const missing = spec.required.filter((c) => !index.has(c));
  if (spec.oneOf && !spec.oneOf.some((c) => index.has(c))) missing.push(spec.oneOf.join(" or "));
  if (missing.length > 0 || unknown.length > 0) {
    const parts = [
      missing.length ? `missing column${missing.length > 1 ? "s" : ""} ${missing.join(", ")}` : "",
      unknown.length ? `unknown column${unknown.length > 1 ? "s" : ""} ${unknown.join(", ")}` : "",
    ].filter(Boolean);
    return { ok: false, fileError: `This does not look like a ${spec.what} CSV: ${parts.join("; ")}. Line 1 must name the columns: ${expected}.` };
  }
  return { ok: true, index };
}

/** Parse the whole file; structural problems (quotes, column counts) become row errors, the header a file error. */
export function readCsv(text: string, spec: ColumnSpec): CsvRead {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: { line: number; fields: string[]; problem?: string }[] = [];
  let lastCursor = 0;
  let line = 1;
  Papa.parse<string[]>(body, {
    header: false,
    skipEmptyLines: false,
    step: (result) => {
      const start = lastCursor;
      lastCursor = result.meta.cursor;
      // Skip the line break that ended the previous record, then count lines up to this record's start.
      let at = start;
      while (at < body.length && (body[at] === "\n" || body[at] === "\r") && at < lastCursor) {
        if (body[at] === "\n") line++;
        at++;
      }
      const recordLine = line;
      for (let i = at; i < lastCursor; i++) if (body[i] === "\n") line++;
      const problem = result.errors.find((e) => e.type === "Quotes");
      rows.push({ line: recordLine, fields: result.data, problem: problem ? `malformed quotes (${problem.message.toLowerCase()})` : undefined });
    },
  });
  const nonEmpty = rows.filter((r) => r.problem || r.fields.some((f) => f.trim() !== ""));
  const [head, ...data] = nonEmpty;
  if (!head) return { ok: false, fileError: "The file has no rows." };
  const mapped = mapHeader(head.fields, spec);
  if (!mapped.ok) return mapped;

  const records: CsvRecord[] = [];
  const errors: RowError[] = [];
  for (const row of data) {
    if (row.problem) {
      errors.push({ line: row.line, reason: row.problem });
      continue;
    }
    if (row.fields.length !== head.fields.length) {
      errors.push({ line: row.line, reason: `expected ${head.fields.length} columns, found ${row.fields.length}` });
      continue;
    }
    const values: Record<string, string> = {};
    for (const [name, i] of mapped.index) values[name] = (row.fields[i] ?? "").trim();
    records.push({ line: row.line, values });
  }
  if (records.length === 0 && errors.length === 0) return { ok: false, fileError: `The file names the columns but has no ${spec.what}.` };
  return { ok: true, records, errors };
}
