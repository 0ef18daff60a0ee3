// Shapes shared by the import parsers, the import mutations and the imports page.

export interface RowError {
  /** 0: the file as a whole (e.g. no reviewer matches its name). */
  line: number;
  reason: string;
  /** Which file, when one import reads several (publications). */
  file?: string;
}

export type ImportKind = "submissions" | "reviewers" | "publications" | "scores";

/** What an import did, or why it did nothing. */
export interface ImportReport {
  kind: ImportKind;
  fileName: string;
  /** False when the file had errors and the chair did not choose to skip them: nothing was written. */
  imported: boolean;
  created: number;
  updated: number;
  /** Rows left out because they had errors (only when skipping was chosen). */
  skipped: number;
  /** Every bad row, sorted by line. */
  errors: RowError[];
  /** A problem with the file as a whole (wrong format, missing columns); no row was read. */
  fileError?: string;
  /** What was written, in words, for kinds whose counts need one (publications, scores). */
  detail?: string;
}

export function sortErrors(errors: RowError[]): RowError[] {
  return [...errors].sort((a, b) => (a.file ?? "").localeCompare(b.file ?? "") || a.line - b.line);
}
