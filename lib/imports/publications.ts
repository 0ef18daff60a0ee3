// Reviewer publication files: OpenReview's expertise archives (`<reviewer>.jsonl`, one publication per line with
// content.title / content.abstract) and BibTeX (`<reviewer>.bib`). The file's name says whose publications they
// are: the reviewer's email, or their id in Tangent. Pure: parsing here, matching reviewers in mutations.ts.
import { parseBibtexLenient } from "@/lib/engines/affinity/bibtex";
import { parseArchive, type InputProblem } from "@/lib/engines/affinity/openreview";
import type { RowError } from "./types";

export interface PublicationRow {
  /** Stable per file and entry ("import:bib:<key>", "import:jsonl:<line>"): marks rows a later import replaces. */
  externalId: string;
  title: string;
  abstract: string;
  year: number | null;
  coAuthors: string[];
}

export interface PublicationFile {
  fileName: string;
  format: "jsonl" | "bib";
  /** Lower-cased email when the name has an "@", else a user id. */
  reviewer: { email: string } | { id: string };
  rows: { line: number; row: PublicationRow }[];
  errors: RowError[];
}

export const IMPORTED_PREFIX = "import:";
const MAX_TITLE = 500;
const MAX_ABSTRACT = 10_000;

function reviewerOf(fileName: string): PublicationFile["reviewer"] | null {
  const stem = fileName.replace(/^.*[\\/]/, "").replace(/\.(jsonl|bib)$/i, "").trim();
  if (!stem) return null;
  return stem.includes("@") ? { email: stem.toLowerCase() } : { id: stem };
}

const key = (title: string, year: number | null) => `${title.toLowerCase().replace(/\W+/g, " ").trim()}|${year ?? ""}`;

/** Check each publication (lengths, duplicates within the file); every bad one becomes a line error. */
function validate(fileName: string, candidates: { line: number; row: PublicationRow }[], errors: RowError[]) {
  const rows: PublicationFile["rows"] = [];
  const seen = new Map<string, number>();
  for (const c of candidates) {
    const { row, line } = c;
    if (!row.title.trim()) errors.push({ file: fileName, line, reason: "publication has no title" });
    else if (row.title.length > MAX_TITLE) errors.push({ file: fileName, line, reason: `title is longer than ${MAX_TITLE} characters` });
    else if (row.abstract.length > MAX_ABSTRACT) errors.push({ file: fileName, line, reason: `abstract is longer than ${MAX_ABSTRACT.toLocaleString("en")} characters` });
    else if (seen.has(key(row.title, row.year))) errors.push({ file: fileName, line, reason: `duplicate of line ${seen.get(key(row.title, row.year))} (same title and year)` });
    else {
      seen.set(key(row.title, row.year), line);
      rows.push(c);
    }
  }
  return rows;
}

export function parsePublicationFile(fileName: string, text: string): { ok: true; file: PublicationFile } | { ok: false; error: RowError } {
  const format = /\.jsonl$/i.test(fileName) ? "jsonl" : /\.bib$/i.test(fileName) ? "bib" : null;
  if (!format) return { ok: false, error: { file: fileName, line: 0, reason: "not a publication file: name it <reviewer email or id>.jsonl (OpenReview archive) or .bib (BibTeX)" } };
  const reviewer = reviewerOf(fileName);
  if (!reviewer) return { ok: false, error: { file: fileName, line: 0, reason: "the file name must be the reviewer's email or id" } };
  const errors: RowError[] = [];
  let candidates: { line: number; row: PublicationRow }[];
  if (format === "jsonl") {
    const problems: InputProblem[] = [];
    // parseArchive skips blank lines and reports bad ones; the good ones come back in file order with their line.
    const lines = text.split(/\r?\n/);
    candidates = [];
    lines.forEach((raw, i) => {
      if (!raw.trim()) return;
      const before = problems.length;
      const [pub] = parseArchive(raw, fileName, problems);
      if (problems.length > before) errors.push(...problems.slice(before).map((p) => ({ file: fileName, line: i + 1, reason: p.message })));
      else if (pub) candidates.push({ line: i + 1, row: { externalId: `${IMPORTED_PREFIX}jsonl:${i + 1}`, title: pub.title.trim(), abstract: (pub.abstract ?? "").trim(), year: pub.year ?? null, coAuthors: pub.authors ?? [] } });
    });
  } else {
    const { entries, problems } = parseBibtexLenient(text);
    errors.push(...problems.map((p) => ({ file: fileName, line: p.line, reason: p.message })));
    candidates = entries.map((e) => ({ line: e.line, row: { externalId: `${IMPORTED_PREFIX}bib:${e.key}`, title: e.title.trim(), abstract: (e.abstract ?? "").trim(), year: e.year ?? null, coAuthors: e.authors } }));
  }
  const rows = validate(fileName, candidates, errors);
  if (rows.length === 0 && errors.length === 0) errors.push({ file: fileName, line: 0, reason: "the file has no publications" });
  return { ok: true, file: { fileName, format, reviewer, rows, errors } };
}
