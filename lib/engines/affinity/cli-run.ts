// The affinity CLI as a function, so tests run it in-process.
import { z } from "zod";
import { buildAffinityIndex } from "./build-index";
import { parseFlags } from "./cli-args";
import { writeScoreCsv } from "./csv-out";
import { readOpenReviewDir } from "./openreview";
import { scoreAffinity, type SparseAffinity } from "./score-all";

export interface CliIo {
  log: (line: string) => void;
  error: (line: string) => void;
}

const Args = z.object({
  openreviewDir: z.string().min(1, "--openreview-dir is required"),
  out: z.string().min(1, "--out is required"),
  top: z.coerce.number().int().positive().default(200),
  topPerReviewer: z.coerce.number().int().nonnegative().default(20),
  allPairsLimit: z.coerce.number().int().nonnegative().default(1_000_000),
  strict: z.boolean().default(false),
});

function* allPairs(s: SparseAffinity): Generator<[string, string, number]> {
  const R = s.reviewerIds.length;
  const listed = new Uint8Array(R);
  let i = 0;
  for (let p = 0; p < s.paperIds.length; p++) {
    const start = i;
    for (; i < s.paper.length && s.paper[i] === p; i++) {
      listed[s.reviewer[i]!] = 1;
      yield [s.paperIds[p]!, s.reviewerIds[s.reviewer[i]!]!, s.score[i]!];
    }
    for (let r = 0; r < R; r++) if (!listed[r]) yield [s.paperIds[p]!, s.reviewerIds[r]!, 0];
    for (let j = start; j < i; j++) listed[s.reviewer[j]!] = 0;
  }
}

function* listedPairs(s: SparseAffinity): Generator<[string, string, number]> {
  for (let i = 0; i < s.paper.length; i++) yield [s.paperIds[s.paper[i]!]!, s.reviewerIds[s.reviewer[i]!]!, s.score[i]!];
}

/** Returns the process exit code: 0 done, 1 failed, 2 bad arguments. */
export async function runAffinityCli(argv: readonly string[], io: CliIo = { log: console.log, error: console.error }): Promise<number> {
  const t0 = performance.now();
  let args: z.infer<typeof Args>;
  try {
    args = Args.parse(parseFlags(argv, ["strict"]));
  } catch (e) {
    const msg = e instanceof z.ZodError ? e.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("\n") : (e as Error).message;
    io.error(`affinity: ${msg}\nusage: npm run affinity -- --openreview-dir DIR --out scores.csv [--top K]`);
    return 2;
  }

  const input = await readOpenReviewDir(args.openreviewDir);
  for (const p of input.problems) io.error(`${p.file}:${p.line}: ${p.message}`);
  if (args.strict && input.problems.length > 0) {
    io.error(`affinity: ${input.problems.length} malformed record(s); nothing written (--strict)`);
    return 1;
  }

  const P = input.submissions.length;
  const R = input.reviewers.length;
  const everyPair = P * R <= args.allPairsLimit;
  // Every-pair output must be exact for every pair, so candidate pruning is switched off.
  const index = buildAffinityIndex(input.submissions, input.reviewers, everyPair ? { pruneDfFraction: 1 } : {});
  const scores = scoreAffinity(index, everyPair ? { topPerPaper: R, topPerReviewer: 0 } : { topPerPaper: args.top, topPerReviewer: args.topPerReviewer });
  const written = await writeScoreCsv(args.out, everyPair ? allPairs(scores) : listedPairs(scores));

  const seconds = Math.round((performance.now() - t0) / 10) / 100;
  io.log(JSON.stringify({ papers: P, reviewers: R, pairs_written: written, seconds }));
  return 0;
}

