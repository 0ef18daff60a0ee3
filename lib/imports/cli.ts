// The import from the command line, for chairs who script their setup:
//   npx tsx --conditions=react-server lib/imports/cli.ts <submissions|reviewers> <venue-slug> <file.csv> [--skip-bad-rows]
// Same parsing, checks and transaction as the chair page; exits 1 when nothing was imported.
import { readFileSync } from "node:fs";
import path from "node:path";
import { findVenueBySlug } from "./data";
import { importCsv } from "./import-csv";
import type { ImportReport } from "./types";

const USAGE = "usage: lib/imports/cli.ts <submissions|reviewers> <venue-slug> <file.csv> [--skip-bad-rows]";

export function formatReport(r: ImportReport): string {
  const lines = r.fileError
    ? [`${r.fileName}: ${r.fileError}`]
    : [
        r.imported ? `${r.fileName}: ${r.created} created, ${r.updated} updated, ${r.skipped} skipped` : `${r.fileName}: nothing imported, ${r.errors.length} bad row(s) (use --skip-bad-rows to import the others)`,
        ...r.errors.map((e) => `  line ${e.line}: ${e.reason}`),
      ];
  return lines.join("\n");
}

export async function main(argv: string[]): Promise<number> {
  const skipBadRows = argv.includes("--skip-bad-rows");
  const [kind, slug, file] = argv.filter((a) => a !== "--skip-bad-rows");
  if ((kind !== "submissions" && kind !== "reviewers") || !slug || !file) {
    console.error(USAGE);
    return 2;
  }
  const venue = await findVenueBySlug(slug);
  if (!venue) {
    console.error(`No venue with slug "${slug}".`);
    return 2;
  }
  const report = await importCsv({ kind, venueId: venue.id, actorId: null, fileName: path.basename(file), bytes: new Uint8Array(readFileSync(file)), skipBadRows });
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
