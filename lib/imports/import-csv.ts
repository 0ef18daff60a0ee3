// One entry point per upload, used by the chair page's action (and by tests): decode, parse, validate, write.
import "server-only";
import { decodeUpload } from "./csv";
import { importReviewers, importSubmissions } from "./mutations";
import { parseReviewersCsv } from "./reviewers";
import { parseSubmissionsCsv } from "./submissions";
import type { ImportKind, ImportReport } from "./types";

export interface ImportRequest {
  kind: ImportKind;
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
    const parsed = parseSubmissionsCsv(decoded.text);
    if (!parsed.ok) return fileProblem(req.kind, req.fileName, parsed.fileError);
    return importSubmissions({ ...common, rows: parsed.rows, errors: parsed.errors });
  }
  const parsed = parseReviewersCsv(decoded.text);
  if (!parsed.ok) return fileProblem(req.kind, req.fileName, parsed.fileError);
  return importReviewers({ ...common, rows: parsed.rows, errors: parsed.errors });
}
