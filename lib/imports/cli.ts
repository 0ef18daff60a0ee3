// The import from the command line, for chairs who script their setup (npm run import -- …):
//   submissions|reviewers <venue-slug> <file.csv|file.json> [--skip-bad-rows]   (JSON: submissions only)
//   publications <venue-slug> <file.jsonl|file.bib|folder>… [--skip-bad-rows]   (files named <reviewer email>.jsonl/.bib;
//                                                                                 a folder: its .jsonl and .bib files, e.g. archives/)
//   scores <venue-slug> <source-name> <scores.csv> [--skip-bad-rows]            (paper_id,reviewer_id,score → "import:<name>")
// Same parsing, checks and transaction as the chair page; exits 1 when nothing was imported.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { findVenueBySlug } from "./data";
import { importCsv, importPublicationFiles, importScoreFile } from "./import-csv";
import type { ImportReport } from "./types";

const USAGE = [
  "usage: npm run import -- <submissions|reviewers> <venue-slug> <file.csv|file.json> [--skip-bad-rows]",
  "       npm run import -- publications <venue-slug> <file.jsonl|file.bib|folder>... [--skip-bad-rows]",
  "       npm run import -- scores <venue-slug> <source-name> <scores.csv> [--skip-bad-rows]",
].join("\n");

export function formatReport(r: ImportReport): string {
  const lines = r.fileError
    ? [`${r.fileName}: ${r.fileError}`]
    : [
        r.imported ? `${r.fileName}: ${r.created} created, ${r.updated} updated, ${r.skipped} skipped` : `${r.fileName}: nothing imported, ${r.errors.length} bad row(s) (use --skip-bad-rows to import the others)`,
        ...(r.detail && r.imported ? [`  ${r.detail}`] : []),
        ...r.errors.map((e) => `  ${e.file ? `${e.file} ` : ""}${e.line === 0 ? "(whole file)" : `line ${e.line}`}: ${e.reason}`),
      ];
  return lines.join("\n");
}

export async function main(argv: string[]): Promise<number> {
  const skipBadRows = argv.includes("--skip-bad-rows");
  const [kind, slug, ...rest] = argv.filter((a) => a !== "--skip-bad-rows");
  const known = kind === "submissions" || kind === "reviewers" || kind === "publications" || kind === "scores";
  const needed = kind === "scores" ? 2 : 1;
  if (!known || !slug || rest.length < needed || (kind !== "publications" && rest.length !== needed)) {
    console.error(USAGE);
    return 2;
  }
  const venue = await findVenueBySlug(slug);
  if (!venue) {
    console.error(`No venue with slug "${slug}".`);
    return 2;
  }
  const read = (file: string) => ({ fileName: path.basename(file), bytes: new Uint8Array(readFileSync(file)) });
  let report: ImportReport;
  if (kind === "publications") {
    // A folder stands for its .jsonl and .bib files (OpenReview's archives/ folder, say).
    const files = rest.flatMap((p) => (statSync(p).isDirectory() ? readdirSync(p).filter((n) => /\.(jsonl|bib)$/i.test(n)).sort().map((n) => path.join(p, n)) : [p]));
    report = await importPublicationFiles({ venueId: venue.id, actorId: null, files: files.map(read), skipBadRows });
  } else if (kind === "scores") {
    report = await importScoreFile({ venueId: venue.id, actorId: null, sourceName: rest[0]!, ...read(rest[1]!), skipBadRows });
  } else {
    report = await importCsv({ kind, venueId: venue.id, actorId: null, ...read(rest[0]!), skipBadRows });
  }
  console.log(formatReport(report));
  return report.imported ? 0 : 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
