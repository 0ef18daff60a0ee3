// The submissions file as JSON: an array of records in Tangent's own shape, OpenReview notes (API 1 or 2, with
// `content.authors` / `content.authorids`), or OpenReview's expertise `submissions.json` (an object of notes by
// id). Each record is reported by the line its object starts on, and goes through the same checks as a CSV row.
import { validateSubmissionRecords, type ParsedSubmissions, type SubmissionRecord } from "./submissions";
import type { RowError } from "./types";

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => v !== null && typeof v === "object" && !Array.isArray(v);

/** Line (1-based) on which each top-level record starts: its opening brace at depth 1 of the document. */
export function recordStartLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\n") line++;
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === "{" || c === "[") {
      if (depth === 1 && c === "{") lines.push(line);
      depth++;
    } else if (c === "}" || c === "]") depth--;
  }
  return lines;
}

/** OpenReview API 2 wraps every content field as { value }. */
function unwrap(v: unknown): unknown {
  return isObj(v) && "value" in v ? v.value : v;
}

function text(v: unknown): string {
  const u = unwrap(v);
  return typeof u === "string" ? u : typeof u === "number" ? String(u) : "";
}

function list(v: unknown): string[] {
  const u = unwrap(v);
  if (Array.isArray(u)) return u.filter((x): x is string => typeof x === "string").map((x) => x.trim()).filter(Boolean);
  return typeof u === "string" ? u.split(";").map((x) => x.trim()).filter(Boolean) : [];
}

function toRecord(raw: Obj, line: number): SubmissionRecord | RowError {
  const content = isObj(raw.content) ? raw.content : raw;
  const number = raw.number ?? content.number;
  const id = raw.id ?? content.id;
  let authors: SubmissionRecord["authors"];
  const rawAuthors = unwrap(content.authors);
  if (Array.isArray(rawAuthors) && rawAuthors.every(isObj)) {
    authors = rawAuthors.map((a) => ({ name: text(a.name), email: text(a.email) }));
  } else if (Array.isArray(rawAuthors) && content.authorids !== undefined) {
    const names = list(rawAuthors);
    const ids = list(content.authorids);
    if (names.length !== ids.length) return { line, reason: `authors lists ${names.length} names but authorids ${ids.length} emails` };
    const notEmail = ids.find((x) => !x.includes("@"));
    if (notEmail) return { line, reason: `authorids entry "${notEmail}" is a profile id, not an email: export the notes with author emails` };
    authors = names.map((name, i) => ({ name, email: ids[i]! }));
  } else if (Array.isArray(rawAuthors)) {
    authors = list(rawAuthors).join("; ");
  } else {
    authors = text(rawAuthors);
  }
  return {
    line,
    number: number === undefined || number === null ? undefined : String(number),
    id: id === undefined || id === null ? undefined : String(id),
    title: text(content.title),
    abstract: text(content.abstract),
    keywords: list(content.keywords),
    authors,
  };
}

export function parseSubmissionsJson(source: string): ParsedSubmissions {
  let doc: unknown;
  try {
    doc = JSON.parse(source) as unknown;
  } catch (e) {
    return { ok: false, fileError: `The file is not valid JSON: ${(e as Error).message}` };
  }
  const items: unknown[] = Array.isArray(doc) ? doc : isObj(doc) ? Object.values(doc) : [];
  if (!Array.isArray(doc) && !isObj(doc)) return { ok: false, fileError: "Expected a JSON array of submissions, or an object of submissions by id" };
  if (items.length === 0) return { ok: false, fileError: "The file lists no submissions" };
  const starts = recordStartLines(source);
  const records: SubmissionRecord[] = [];
  const errors: RowError[] = [];
  items.forEach((item, i) => {
    const line = starts[i] ?? 0;
    if (!isObj(item)) {
      errors.push({ line, reason: `record ${i + 1} is not an object` });
      return;
    }
    const r = toRecord(item, line);
    if ("reason" in r) errors.push(r);
    else records.push(r);
  });
  return validateSubmissionRecords(records, errors);
}

/** JSON when the file name says so or the text starts like JSON; CSV otherwise. */
export function looksLikeJson(fileName: string, text: string): boolean {
  return /\.json$/i.test(fileName) || /^\s*[[{]/.test(text.replace(/^\uFEFF/, ""));
}
