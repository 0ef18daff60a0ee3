// npm run assign -- --scores FILE [FILE…] --weights W [W…] [--constraints FILE] [--max_papers FILE]
//   [--min_papers FILE] [--existing FILE] [--min_papers_default N] --max_papers_default N
//   --num_reviewers N [--solver sum|fair] [--alternates K] --out assignments.json
// Compatible with openreview-matcher's inputs and assignments.json; alternates go to
// <out>.alternates.json. The last stdout line is a JSON summary. Exit 1 when infeasible (the reasons
// go to stderr), 2 on bad arguments or malformed input (file:line messages on stderr).
import { runAssignCli } from "./cli-run";

runAssignCli(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`assign: ${(e as Error).stack ?? String(e)}`);
    process.exit(2);
  },
);
