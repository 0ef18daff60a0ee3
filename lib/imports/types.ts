// Shapes shared by the import parsers, the import mutations and the imports page.

export interface RowError {
  line: number;
  reason: string;
}

export type ImportKind = "submissions" | "reviewers";

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
}

export function sortErrors(errors: RowError[]): RowError[] {
  return [...errors].sort((a, b) => a.line - b.line);
}
