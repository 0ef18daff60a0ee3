// The submissions CSV: number and/or id, title, abstract, keywords ("a; b"), authors ("Name <email>; …").
// Each row is checked on its own (zod) and against the other rows of the file (duplicates); checks against
// the database (an id that belongs to another number) happen in mutations.ts, inside the import's transaction.
import { z } from "zod";
import { readCsv, type ColumnSpec } from "./csv";
import { sortErrors, type RowError } from "./types";

export const SUBMISSION_COLUMNS: ColumnSpec = {
  what: "submissions",
  columns: {
    number: ["paper number", "submission number", "#"],
    id: ["external id", "paper id", "submission id"],
    title: [],
    abstract: [],
    keywords: ["keyword"],
    authors: ["author list"],
  },
  required: ["title", "authors"],
  oneOf: ["number", "id"],
};

const AUTHOR = /^(.+?)\s*<\s*([^<>\s]+)\s*>$/;

const authorSchema = z.object({ name: z.string().min(1).max(200), email: z.email().max(254) });

const rowSchema = z
  .object({
    number: z
      .string()
      .regex(/^\d+$/, "number must be a whole number ≥ 1")
      .transform(Number)
      .refine((n) => n >= 1 && n <= 1_000_000, "number must be between 1 and 1,000,000")
      .optional(),
    id: z.string().regex(/^[A-Za-z0-9._:~-]{1,64}$/, "id may use letters, digits and . _ : ~ - (at most 64)").optional(),
    title: z.string().min(1, "title is empty").max(500, "title is longer than 500 characters"),
    abstract: z.string().max(10_000, "abstract is longer than 10,000 characters"),
    keywords: z.array(z.string().max(100, "a keyword is longer than 100 characters")).max(30, "more than 30 keywords"),
    authors: z.array(authorSchema).min(1, "authors is empty: list them as Name <email>; Name <email>").max(100),
  })
  .refine((r) => r.number !== undefined || r.id !== undefined, "give the paper's number or id");

export type SubmissionRow = z.output<typeof rowSchema>;

function splitList(cell: string): string[] {
  return cell.split(";").map((s) => s.trim()).filter(Boolean);
}

function parseAuthors(cell: string): { authors: { name: string; email: string }[]; problem?: string } {
  const authors: { name: string; email: string }[] = [];
  for (const part of splitList(cell)) {
    const m = AUTHOR.exec(part);
    if (!m) return { authors, problem: `author "${part}" is not in the form Name <email>` };
    authors.push({ name: m[1]!.trim(), email: m[2]!.toLowerCase() });
  }
  return { authors };
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0]!;
  const field = issue.path[0];
  // Our messages already name the field; zod's generic ones (e.g. an invalid email) get the field added.
  if (field === "authors" && issue.path.length > 1) return `author ${Number(issue.path[1]) + 1}: ${issue.message.toLowerCase()}`;
  return issue.message;
}

export type ParsedSubmissions = { ok: true; rows: { line: number; row: SubmissionRow }[]; errors: RowError[] } | { ok: false; fileError: string };

/** One record as read from a file, before validation: CSV cells, or the fields of a JSON record. */
export interface SubmissionRecord {
  line: number;
  number?: string;
  id?: string;
  title: string;
  abstract: string;
  keywords: string[];
  /** Already split into people (JSON), or one "Name <email>; …" cell (CSV). */
  authors: { name: string; email: string }[] | string;
}

/** Parse and validate a submissions CSV: valid rows with their lines, and every bad row with its reason. */
export function parseSubmissionsCsv(text: string): ParsedSubmissions {
  const read = readCsv(text, SUBMISSION_COLUMNS);
  if (!read.ok) return read;
  const records = read.records.map(({ line, values }) => ({
    line,
    number: values.number || undefined,
    id: values.id || undefined,
    title: values.title ?? "",
    abstract: values.abstract ?? "",
    keywords: splitList(values.keywords ?? ""),
    authors: values.authors ?? "",
  }));
  return validateSubmissionRecords(records, read.errors);
}

/** The checks every submissions file gets, whatever its format: each record alone, then duplicates within the file. */
export function validateSubmissionRecords(records: SubmissionRecord[], earlier: RowError[] = []): ParsedSubmissions {
  const errors = [...earlier];
  const rows: { line: number; row: SubmissionRow }[] = [];
  const byNumber = new Map<number, number>();
  const byId = new Map<string, number>();
  for (const record of records) {
    const { line } = record;
    const authors = typeof record.authors === "string" ? parseAuthors(record.authors) : { authors: record.authors.map((a) => ({ name: a.name.trim(), email: a.email.trim().toLowerCase() })) };
    if (authors.problem) {
      errors.push({ line, reason: authors.problem });
      continue;
    }
    const parsed = rowSchema.safeParse({
      number: record.number,
      id: record.id,
      title: record.title,
      abstract: record.abstract,
      keywords: record.keywords,
      authors: authors.authors,
    });
    if (!parsed.success) {
      errors.push({ line, reason: firstIssue(parsed.error) });
      continue;
    }
    const row = parsed.data;
    const emails = row.authors.map((a) => a.email);
    const twice = emails.find((e, i) => emails.indexOf(e) !== i);
    if (twice) {
      errors.push({ line, reason: `author ${twice} is listed twice` });
      continue;
    }
    const dupNumber = row.number !== undefined ? byNumber.get(row.number) : undefined;
    const dupId = row.id !== undefined ? byId.get(row.id) : undefined;
    if (dupNumber !== undefined || dupId !== undefined) {
      errors.push({ line, reason: dupNumber !== undefined ? `duplicate of line ${dupNumber} (same number ${row.number})` : `duplicate of line ${dupId} (same id ${row.id})` });
      continue;
    }
    if (row.number !== undefined) byNumber.set(row.number, line);
    if (row.id !== undefined) byId.set(row.id, line);
    rows.push({ line, row });
  }
  return { ok: true, rows, errors: sortErrors(errors) };
}
