// The reviewers CSV: name, email, institutions ("MIT (2019-); Stanford (2014-2019)"), max load, seniority
// and optionally min load. A reviewer is identified by their lower-cased email, so a re-import updates them.
import { z } from "zod";
import { readCsv, type ColumnSpec } from "./csv";
import { sortErrors, type RowError } from "./types";

export const REVIEWER_COLUMNS: ColumnSpec = {
  what: "reviewers",
  columns: {
    name: ["full name"],
    email: ["e mail", "email address"],
    institutions: ["institution", "institution history", "affiliations", "affiliation"],
    "max load": ["maxload", "max papers", "max"],
    "min load": ["minload", "min papers", "min"],
    seniority: ["level"],
  },
  required: ["name", "email", "max load"],
};

const INSTITUTION = /^(.+?)\s*\(\s*(\d{4})\s*[-–]\s*(\d{4})?\s*\)$/;
const SENIORITY = { student: "STUDENT", junior: "JUNIOR", senior: "SENIOR" } as const;

function load(label: string) {
  return z
    .string()
    .regex(/^-?\d+(\.\d+)?$/, `${label} must be a whole number, got "$VALUE"`)
    .transform(Number)
    .refine((n) => Number.isInteger(n), `${label} must be a whole number (no fractions)`)
    .refine((n) => n >= 0, `${label} cannot be negative`)
    .refine((n) => n <= 1000, `${label} must be at most 1000`)
    .optional();
}

const rowSchema = z
  .object({
    name: z.string().min(1, "name is empty").max(200, "name is longer than 200 characters"),
    email: z.email("email is not a valid address").max(254),
    /** Undefined when the file has no institutions column: the profile's history is then left as it is. */
    institutions: z.array(z.object({ name: z.string().min(1).max(200), startYear: z.number().int(), endYear: z.number().int().nullable() })).max(30).optional(),
    maxLoad: load("max load"),
    minLoad: load("min load"),
    seniority: z.enum(["STUDENT", "JUNIOR", "SENIOR"]).optional(),
  })
  .refine((r) => r.minLoad === undefined || r.maxLoad === undefined || r.minLoad <= r.maxLoad, "min load is larger than max load");

export type ReviewerRow = z.output<typeof rowSchema>;

type Institutions = NonNullable<ReviewerRow["institutions"]>;

function parseInstitutions(cell: string, thisYear: number): { list: Institutions; problem?: string } {
  const list: Institutions = [];
  for (const part of cell.split(";").map((s) => s.trim()).filter(Boolean)) {
    const m = INSTITUTION.exec(part);
    if (!m) return { list, problem: `institution "${part}" needs its years, e.g. MIT (2019-) or Stanford (2014-2019)` };
    const startYear = Number(m[2]);
    const endYear = m[3] ? Number(m[3]) : null;
    if (startYear < 1950 || startYear > thisYear + 1 || (endYear !== null && (endYear < startYear || endYear > thisYear + 1))) {
      return { list, problem: `institution "${part}" has impossible years` };
    }
    list.push({ name: m[1]!.trim(), startYear, endYear });
  }
  return { list };
}

function seniorityOf(cell: string): ReviewerRow["seniority"] | null {
  if (!cell) return undefined;
  return SENIORITY[cell.toLowerCase() as keyof typeof SENIORITY] ?? null;
}

export function parseReviewersCsv(text: string, thisYear = new Date().getUTCFullYear()): { ok: true; rows: { line: number; row: ReviewerRow }[]; errors: RowError[] } | { ok: false; fileError: string } {
  const read = readCsv(text, REVIEWER_COLUMNS);
  if (!read.ok) return read;
  const errors = [...read.errors];
  const rows: { line: number; row: ReviewerRow }[] = [];
  const byEmail = new Map<string, number>();
  for (const { line, values } of read.records) {
    const inst = parseInstitutions(values.institutions ?? "", thisYear);
    if (inst.problem) {
      errors.push({ line, reason: inst.problem });
      continue;
    }
    const seniority = seniorityOf(values.seniority ?? "");
    if (seniority === null) {
      errors.push({ line, reason: `seniority "${values.seniority}" is not one of student, junior, senior` });
      continue;
    }
    const parsed = rowSchema.safeParse({
      name: values.name ?? "",
      email: (values.email ?? "").toLowerCase(),
      institutions: values.institutions === undefined ? undefined : inst.list,
      maxLoad: values["max load"] || undefined,
      minLoad: values["min load"] || undefined,
      seniority,
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = String(issue.path[0] ?? "") === "maxLoad" ? "max load" : "min load";
      errors.push({ line, reason: issue.message.replace("$VALUE", values[field] ?? "") });
      continue;
    }
    const first = byEmail.get(parsed.data.email);
    if (first !== undefined) {
      errors.push({ line, reason: `duplicate of line ${first} (same email ${parsed.data.email})` });
      continue;
    }
    byEmail.set(parsed.data.email, line);
    rows.push({ line, row: parsed.data });
  }
  return { ok: true, rows, errors: sortErrors(errors) };
}
