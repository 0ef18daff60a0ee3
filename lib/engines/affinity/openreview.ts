// Reader for OpenReview's expertise input layout:
//   DIR/archives/<reviewer_id>.jsonl   one publication per line: {"content": {"title", "abstract"}}
//   DIR/submissions.json               {id: {content: {...}}} or [{id, content: {...}}]
// Fields may be plain strings or {value: string} (API v1 vs v2). Bad lines are reported and
// skipped so one broken record does not block a whole venue.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import type { Publication, Reviewer, Submission } from "./types";

export interface InputProblem {
  file: string;
  /** 1-based line for JSONL; for submissions.json, the entry's position. */
  line: number;
  message: string;
}

export interface OpenReviewInput {
  submissions: Submission[];
  reviewers: Reviewer[];
  problems: InputProblem[];
}

const TextField = z.union([z.string(), z.object({ value: z.string().nullish() }).transform((v) => v.value ?? "")]).nullish();
const YearField = z.union([z.number(), z.string(), z.object({ value: z.union([z.number(), z.string()]).nullish() }).transform((v) => v.value)]).nullish();
const AuthorsField = z.union([z.array(z.string()), z.object({ value: z.array(z.string()).nullish() }).transform((v) => v.value ?? [])]).nullish();
const Note = z.object({
  id: z.string().optional(),
  content: z.object({ title: TextField, abstract: TextField, year: YearField, authors: AuthorsField }).passthrough(),
});

/** A publication of an archive, with its co-author names when the record lists them (conflict detection uses them). */
export interface ArchivePublication extends Publication {
  authors?: string[];
}

function toYear(v: string | number | null | undefined): number | undefined {
  const n = typeof v === "number" ? v : v ? Number.parseInt(v, 10) : NaN;
  return Number.isInteger(n) && n > 1800 && n < 3000 ? n : undefined;
}

function describe(err: z.ZodError): string {
  return err.issues.map((i) => `${i.path.join(".") || "record"}: ${i.message}`).join("; ");
}

export function parseArchive(text: string, file: string, problems: InputProblem[]): ArchivePublication[] {
  const pubs: ArchivePublication[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (!raw.trim()) return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (e) {
      problems.push({ file, line: i + 1, message: `invalid JSON (${(e as Error).message})` });
      return;
    }
    const note = Note.safeParse(json);
    if (!note.success) {
      problems.push({ file, line: i + 1, message: describe(note.error) });
      return;
    }
    const { title, abstract, year, authors } = note.data.content;
    if (!title && !abstract) {
      problems.push({ file, line: i + 1, message: "publication has neither title nor abstract" });
      return;
    }
    const pub: ArchivePublication = { title: title ?? "", abstract: abstract ?? "" };
    if (authors?.length) pub.authors = authors;
    const y = toYear(year);
    if (y !== undefined) pub.year = y;
    pubs.push(pub);
  });
  return pubs;
}

export function parseSubmissions(text: string, file: string, problems: InputProblem[]): Submission[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    problems.push({ file, line: 1, message: `invalid JSON (${(e as Error).message})` });
    return [];
  }
  const entries: Array<[string | undefined, unknown]> = Array.isArray(json)
    ? json.map((v) => [undefined, v])
    : json && typeof json === "object"
      ? Object.entries(json)
      : [];
  if (entries.length === 0 && !(Array.isArray(json) || (json && typeof json === "object"))) {
    problems.push({ file, line: 1, message: "expected an object keyed by submission id or an array" });
  }
  const out: Submission[] = [];
  const seen = new Set<string>();
  entries.forEach(([key, value], i) => {
    const note = Note.safeParse(value);
    if (!note.success) {
      problems.push({ file, line: i + 1, message: `entry ${key ?? i + 1}: ${describe(note.error)}` });
      return;
    }
    const id = key ?? note.data.id;
    if (!id) {
      problems.push({ file, line: i + 1, message: `entry ${i + 1} has no id` });
      return;
    }
    if (seen.has(id)) {
      problems.push({ file, line: i + 1, message: `duplicate submission id ${id}` });
      return;
    }
    seen.add(id);
    out.push({ id, title: note.data.content.title ?? "", abstract: note.data.content.abstract ?? "" });
  });
  return out;
}

export async function readOpenReviewDir(dir: string): Promise<OpenReviewInput> {
  const problems: InputProblem[] = [];
  const subFile = path.join(dir, "submissions.json");
  const submissions = parseSubmissions(await readFile(subFile, "utf8"), subFile, problems);
  const archiveDir = path.join(dir, "archives");
  const names = (await readdir(archiveDir)).filter((n) => n.endsWith(".jsonl")).sort();
  const reviewers: Reviewer[] = [];
  for (const name of names) {
    const file = path.join(archiveDir, name);
    reviewers.push({ id: name.slice(0, -".jsonl".length), publications: parseArchive(await readFile(file, "utf8"), file, problems) });
  }
  return { submissions, reviewers, problems };
}
