// One entry point per upload, used by the chair page's action (and by tests): decode, parse, validate, write.
import "server-only";
import { decodeUpload } from "./csv";
import { parseScoreCsv } from "@/lib/engines/affinity/score-csv";
import { importPublications, importReviewers, importScores, importSubmissions } from "./mutations";
import { parsePublicationFile, type PublicationFile } from "./publications";
import { parseReviewersCsv } from "./reviewers";
import { parseSubmissionsCsv } from "./submissions";
import { looksLikeJson, parseSubmissionsJson } from "./submissions-json";
import type { ImportKind, ImportReport, RowError } from "./types";

export interface ImportRequest {
  kind: "submissions" | "reviewers";
  venueId: string;
  /** null for the command line, which has no signed-in person. */
  actorId: string | null;
  fileName: string;
  bytes: Uint8Array;
  skipBadRows: boolean;
}

function fileProblem(kind: ImportKind, fileName: string, fileError: string): ImportReport {
  return { kind, fileName, imported: false, created: 0, updated: 0, skipped: 0, errors: [], fileError };
}

export async function importCsv(req: ImportRequest): Promise<ImportReport> {
  const decoded = decodeUpload(req.bytes);
  if (!decoded.ok) return fileProblem(req.kind, req.fileName, decoded.fileError);
  const common = { venueId: req.venueId, actorId: req.actorId, fileName: req.fileName, skipBadRows: req.skipBadRows };
  if (req.kind === "submissions") {
    const parsed = looksLikeJson(req.fileName, decoded.text) ? parseSubmissionsJson(decoded.text) : parseSubmissionsCsv(decoded.text);
    if (!parsed.ok) return fileProblem(req.kind, req.fileName, parsed.fileError);
    return importSubmissions({ ...common, rows: parsed.rows, errors: parsed.errors });
  }
  const parsed = parseReviewersCsv(decoded.text);
  if (!parsed.ok) return fileProblem(req.kind, req.fileName, parsed.fileError);
  return importReviewers({ ...common, rows: parsed.rows, errors: parsed.errors });
}

/** Reviewer publications: one or many `<reviewer email or id>.jsonl` / `.bib` files, imported together. */
export async function importPublicationFiles(req: { venueId: string; actorId: string | null; files: { fileName: string; bytes: Uint8Array }[]; skipBadRows: boolean }): Promise<ImportReport> {
  const files: PublicationFile[] = [];
  const errors: RowError[] = [];
  for (const f of req.files) {
    const decoded = decodeUpload(f.bytes);
    if (!decoded.ok) {
      errors.push({ file: f.fileName, line: 0, reason: decoded.fileError });
      continue;
    }
    const parsed = parsePublicationFile(f.fileName, decoded.text);
    if (parsed.ok) files.push(parsed.file);
    else errors.push(parsed.error);
  }
  return importPublications({ venueId: req.venueId, actorId: req.actorId, files, errors, skipBadRows: req.skipBadRows });
}

/** A source's name as chairs type it ("toronto", "specter-2024"); stored as "import:<name>". */
export const SCORE_SOURCE_NAME = /^[a-z0-9][a-z0-9._-]{0,39}$/;

/** Affinity scores computed elsewhere, as `paper_id,reviewer_id,score` rows (a header line is optional). */
export async function importScoreFile(req: { venueId: string; actorId: string | null; fileName: string; bytes: Uint8Array; sourceName: string; skipBadRows: boolean }): Promise<ImportReport> {
  if (!SCORE_SOURCE_NAME.test(req.sourceName)) return fileProblem("scores", req.fileName, "Name the source with lower-case letters, digits, . _ or - (at most 40), e.g. toronto or specter.");
  const decoded = decodeUpload(req.bytes);
  if (!decoded.ok) return fileProblem("scores", req.fileName, decoded.fileError);
  const parsed = parseScoreCsv(decoded.text);
  if (parsed.scores.length === 0 && parsed.errors.length === 0) return fileProblem("scores", req.fileName, "The file has no scores.");
  return importScores({
    venueId: req.venueId,
    actorId: req.actorId,
    fileName: req.fileName,
    source: `import:${req.sourceName}`,
    rows: parsed.scores.map((s, i) => ({ line: parsed.lines[i]!, ...s })),
    errors: parsed.errors.map((e) => ({ line: e.line, reason: e.message })),
    skipBadRows: req.skipBadRows,
  });
}
