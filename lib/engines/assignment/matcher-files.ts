// Reads openreview-matcher's CSV inputs into an AssignmentProblem.
//
// Several score files combine as a weighted sum; a pair missing from one file contributes 0 from
// that file (the matcher's convention: an absent affinity or bid is no evidence). A paper or
// reviewer exists if any score file names it; constraint and load files may only name those.
// Every malformed line is reported as file:line, and nothing is solved until all are fixed.
import { readFile } from "node:fs/promises";
import Papa from "papaparse";
import { AssignmentInputError, type AssignmentProblem, type PaperReviewer, type PairScores } from "./types";

export interface MatcherFiles {
  scores: readonly string[];
  weights: readonly number[];
  constraints?: string;
  maxPapers?: string;
  minPapers?: string;
  /** Pairs of an earlier run to keep (paper,reviewer rows); an extension of the matcher's format. */
  existing?: string;
  numReviewers: number;
  minPapersDefault: number;
  maxPapersDefault: number;
}

export interface MatcherInput {
  problem: AssignmentProblem & { scores: PairScores };
  /** Score rows read per file, for the summary. */
  rowsPerFile: number[];
}

interface Row {
  line: number;
  fields: string[];
}

async function readRows(file: string, problems: string[]): Promise<Row[]> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    problems.push(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    return [];
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // No skipEmptyLines: row i must stay line i + 1 so messages point at the right line.
  const parsed = Papa.parse<string[]>(text, { delimiter: ",", skipEmptyLines: false });
  for (const err of parsed.errors) problems.push(`${file}:${(err.row ?? 0) + 1}: ${err.message}`);
  const rows: Row[] = [];
  parsed.data.forEach((fields, i) => {
    if (fields.length === 1 && fields[0]!.trim() === "") return;
    rows.push({ line: i + 1, fields: fields.map((f) => f.trim()) });
  });
  return rows;
}

const isNumber = (s: string) => s !== "" && Number.isFinite(Number(s));

/** A first row whose numeric column is not a number is a header. */
function dropHeader(rows: Row[], numericColumn: number): Row[] {
  const first = rows[0];
  return first && first.fields.length > numericColumn && !isNumber(first.fields[numericColumn]!) ? rows.slice(1) : rows;
}

export async function readMatcherInput(f: MatcherFiles): Promise<MatcherInput> {
  const problems: string[] = [];
  if (f.weights.length !== f.scores.length) {
    throw new AssignmentInputError([`${f.scores.length} score file(s) but ${f.weights.length} weight(s): give one --weights value per --scores file`]);
  }
  const paperIndex = new Map<string, number>();
  const reviewerIndex = new Map<string, number>();
  const paperIds: string[] = [];
  const reviewerIds: string[] = [];
  const pairIndex = new Map<string, number>();
  const pairPaper: number[] = [];
  const pairReviewer: number[] = [];
  const pairScore: number[] = [];
  const intern = (map: Map<string, number>, ids: string[], id: string) => {
    let i = map.get(id);
    if (i === undefined) {
      i = ids.length;
      ids.push(id);
      map.set(id, i);
    }
    return i;
  };

  const rowsPerFile: number[] = [];
  for (let k = 0; k < f.scores.length; k++) {
    const file = f.scores[k]!;
    const w = f.weights[k]!;
    const rows = dropHeader(await readRows(file, problems), 2);
    rowsPerFile.push(rows.length);
    const firstLine = new Map<string, number>();
    for (const { line, fields } of rows) {
      if (fields.length !== 3) {
        problems.push(`${file}:${line}: expected paper_id,reviewer_id,score but found ${fields.length} field(s)`);
        continue;
      }
      const [paper, reviewer, raw] = fields as [string, string, string];
      if (paper === "" || reviewer === "") {
        problems.push(`${file}:${line}: empty paper or reviewer id`);
        continue;
      }
      if (!isNumber(raw)) {
        problems.push(`${file}:${line}: score "${raw}" is not a number`);
        continue;
      }
      const key = `${paper}\u0000${reviewer}`;
      const seen = firstLine.get(key);
      if (seen !== undefined) {
        problems.push(`${file}:${line}: duplicate row for pair (${paper}, ${reviewer}), first at line ${seen}`);
        continue;
      }
      firstLine.set(key, line);
      let i = pairIndex.get(key);
      if (i === undefined) {
        i = pairScore.length;
        pairIndex.set(key, i);
        pairPaper.push(intern(paperIndex, paperIds, paper));
        pairReviewer.push(intern(reviewerIndex, reviewerIds, reviewer));
        pairScore.push(0);
      }
      pairScore[i]! += w * Number(raw);
    }
    if (rows.length === 0 && !problems.some((p) => p.startsWith(`${file}:`))) problems.push(`${file}: no score rows`);
  }
  if (reviewerIds.length === 0) problems.push("empty reviewer pool: the score files name no reviewer");

  const conflicts: PaperReviewer[] = [];
  const forced: PaperReviewer[] = [];
  const existing: PaperReviewer[] = [];
  const checkPair = (file: string, line: number, paper: string, reviewer: string): boolean => {
    let ok = true;
    if (!paperIndex.has(paper)) {
      problems.push(`${file}:${line}: unknown paper "${paper}" (not in any score file)`);
      ok = false;
    }
    if (!reviewerIndex.has(reviewer)) {
      problems.push(`${file}:${line}: unknown reviewer "${reviewer}" (not in any score file)`);
      ok = false;
    }
    return ok;
  };

  if (f.constraints) {
    const seen = new Map<string, number>();
    for (const { line, fields } of dropHeader(await readRows(f.constraints, problems), 2)) {
      if (fields.length !== 3) {
        problems.push(`${f.constraints}:${line}: expected paper_id,reviewer_id,-1|1 but found ${fields.length} field(s)`);
        continue;
      }
      const [paper, reviewer, raw] = fields as [string, string, string];
      if (raw !== "-1" && raw !== "1" && raw !== "0") {
        problems.push(`${f.constraints}:${line}: constraint "${raw}" must be -1 (conflict) or 1 (forced)`);
        continue;
      }
      const key = `${paper}\u0000${reviewer}`;
      if (seen.has(key)) {
        problems.push(`${f.constraints}:${line}: duplicate constraint for (${paper}, ${reviewer}), first at line ${seen.get(key)}`);
        continue;
      }
      seen.set(key, line);
      if (!checkPair(f.constraints, line, paper, reviewer) || raw === "0") continue;
      (raw === "-1" ? conflicts : forced).push({ paper, reviewer });
    }
  }

  if (f.existing) {
    const seen = new Set<string>();
    for (const { line, fields } of await readRows(f.existing, problems)) {
      if (line === 1 && fields[0] === "paper_id") continue;
      if (fields.length !== 2) {
        problems.push(`${f.existing}:${line}: expected paper_id,reviewer_id but found ${fields.length} field(s)`);
        continue;
      }
      const [paper, reviewer] = fields as [string, string];
      const key = `${paper}\u0000${reviewer}`;
      if (seen.has(key)) {
        problems.push(`${f.existing}:${line}: duplicate pair (${paper}, ${reviewer})`);
        continue;
      }
      seen.add(key);
      if (checkPair(f.existing, line, paper, reviewer)) existing.push({ paper, reviewer });
    }
  }

  const readLoads = async (file: string | undefined, what: string): Promise<Record<string, number>> => {
    const out: Record<string, number> = {};
    if (!file) return out;
    const lineOf = new Map<string, number>();
    for (const { line, fields } of dropHeader(await readRows(file, problems), 1)) {
      if (fields.length !== 2) {
        problems.push(`${file}:${line}: expected reviewer_id,${what} but found ${fields.length} field(s)`);
        continue;
      }
      const [reviewer, raw] = fields as [string, string];
      const v = Number(raw);
      if (!isNumber(raw) || !Number.isInteger(v) || v < 0) {
        problems.push(`${file}:${line}: ${what} "${raw}" must be a non-negative integer`);
        continue;
      }
      if (!reviewerIndex.has(reviewer)) {
        problems.push(`${file}:${line}: unknown reviewer "${reviewer}" (not in any score file)`);
        continue;
      }
      if (lineOf.has(reviewer)) {
        problems.push(`${file}:${line}: duplicate row for reviewer "${reviewer}", first at line ${lineOf.get(reviewer)}`);
        continue;
      }
      lineOf.set(reviewer, line);
      out[reviewer] = v;
    }
    return out;
  };
  const maxLoad = await readLoads(f.maxPapers, "max load");
  const minLoad = await readLoads(f.minPapers, "min load");

  if (problems.length > 0) throw new AssignmentInputError(problems);
  return {
    problem: {
      scores: { paperIds, reviewerIds, paper: Int32Array.from(pairPaper), reviewer: Int32Array.from(pairReviewer), score: Float64Array.from(pairScore) },
      reviewersPerPaper: f.numReviewers,
      minLoadDefault: f.minPapersDefault,
      maxLoadDefault: f.maxPapersDefault,
      maxLoad,
      minLoad,
      conflicts,
      forced,
      existing,
    },
    rowsPerFile,
  };
}
