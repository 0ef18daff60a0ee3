// Reads an externally computed affinity file (paper_id,reviewer_id,score, optional header),
// the format OpenReview's expertise API and our own CLI write.
import Papa from "papaparse";
import type { AffinityScore } from "./types";

export interface ParsedScores {
  scores: AffinityScore[];
  /** The 1-based line of each score, in the same order. */
  lines: number[];
  /** 1-based line numbers with what is wrong there; valid lines are still returned. */
  errors: { line: number; message: string }[];
}

export function parseScoreCsv(text: string): ParsedScores {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
  const scores: AffinityScore[] = [];
  const lines: number[] = [];
  const errors: ParsedScores["errors"] = [];
  parsed.data.forEach((row, i) => {
    const line = i + 1;
    if (row.length === 1 && row[0]!.trim() === "") return;
    const [paperId, reviewerId, raw] = row.map((c) => c.trim());
    if (i === 0 && raw !== undefined && Number.isNaN(Number(raw)) && /score/i.test(raw)) return; // header
    if (row.length !== 3 || !paperId || !reviewerId || raw === undefined || raw === "") {
      errors.push({ line, message: `expected 3 columns paper_id,reviewer_id,score, got ${row.length}` });
      return;
    }
    const score = Number(raw);
    if (!Number.isFinite(score)) {
      errors.push({ line, message: `score "${raw}" is not a number` });
      return;
    }
    scores.push({ paperId, reviewerId, score });
    lines.push(line);
  });
  return { scores, lines, errors };
}
