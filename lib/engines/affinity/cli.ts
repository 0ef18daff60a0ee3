// npm run affinity -- --openreview-dir DIR --out scores.csv [--top K] [--top-per-reviewer K']
//                     [--all-pairs-limit N] [--strict]
// Writes every pair when papers × reviewers ≤ the limit (1M), otherwise the top K per paper
// plus the top K' per reviewer. Malformed input lines go to stderr as file:line: message.
// The last stdout line is a JSON summary {papers, reviewers, pairs_written, seconds}.
import { runAffinityCli } from "./cli-run";

runAffinityCli(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`affinity: ${(e as Error).message}`);
    process.exit(1);
  },
);
