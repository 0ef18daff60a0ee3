// Quality of the lexical model on the gold-standard reviewer-paper match dataset.
//   npx tsx lib/engines/affinity/evaluate.ts --evaluations data/evaluations.csv \
//       --datasets evaluation_datasets/d_20_1,evaluation_datasets/d_20_2,...
// (paths inside a checkout of niharshah/goldstandard-reviewer-paper-match; each dataset dir
// is in OpenReview format, archives named ~<ParticipantID>.jsonl). Prints the main loss per
// dataset, its mean (the paper's Table 3 figure, averaged over d_20_1..10), a bootstrap 95%
// interval over participants, and easy/hard resolution. Model knobs can be overridden to tune.
import { readFile } from "node:fs/promises";
import { z } from "zod";
import { buildAffinityIndex } from "./build-index";
import { parseFlags } from "./cli-args";
import { publicationSimilarities } from "./explain";
import { aggregateTops } from "./aggregate";
import { insertTop } from "./select";
import { mainLoss, parseEvaluations, resolution, type Ratings } from "./goldstandard-metric";
import { readOpenReviewDir } from "./openreview";
import { mulberry32 } from "./synthetic-corpus";
import { DEFAULT_INDEX_OPTIONS, DEFAULT_SCORING_OPTIONS } from "./types";

/** Published title+abstract loss of SPECTER on this dataset (Stelmakh et al., Table 3). */
const SPECTER_PUBLISHED_LOSS = 0.27;

const Args = z.object({
  evaluations: z.string().min(1, "--evaluations is required"),
  datasets: z.string().min(1, "--datasets is required (comma-separated dataset dirs)"),
  maxWeight: z.coerce.number().min(0).max(1).default(DEFAULT_SCORING_OPTIONS.maxWeight),
  topPublications: z.coerce.number().int().positive().default(DEFAULT_SCORING_OPTIONS.topPublications),
  titleWeight: z.coerce.number().positive().default(DEFAULT_INDEX_OPTIONS.titleWeight),
  bigramWeight: z.coerce.number().min(0).default(DEFAULT_INDEX_OPTIONS.bigramWeight),
  k1: z.coerce.number().positive().default(DEFAULT_INDEX_OPTIONS.k1),
  b: z.coerce.number().min(0).max(1).default(DEFAULT_INDEX_OPTIONS.b),
  bootstraps: z.coerce.number().int().nonnegative().default(1000),
});
export type EvaluateArgs = z.infer<typeof Args>;

export interface DatasetResult {
  dataset: string;
  loss: number;
  easy: number;
  hard: number;
  participants: number;
  skippedParticipants: string[];
  missingPapers: string[];
  /** Loss per bootstrap resample of participants (same resamples for every dataset). */
  bootstrap: number[];
}

/** Predicted similarity for every (participant, rated paper) pair of one dataset. */
export async function evaluateDataset(dir: string, refs: Ratings, args: EvaluateArgs, resamples: string[][]): Promise<DatasetResult> {
  const input = await readOpenReviewDir(dir);
  const index = buildAffinityIndex(input.submissions, input.reviewers, {
    titleWeight: args.titleWeight,
    bigramWeight: args.bigramWeight,
    k1: args.k1,
    b: args.b,
    pruneDfFraction: 1,
  });
  const archiveOf = new Map(input.reviewers.map((r) => [r.id.replace(/^~/, ""), r.id]));
  const known = new Set(input.submissions.map((s) => s.id));
  const preds: Ratings = new Map();
  const validPapers = new Set<string>();
  const missing = new Set<string>();
  const skipped: string[] = [];
  const tops = new Float64Array(args.topPublications);
  for (const [participant, rated] of refs) {
    const reviewerId = archiveOf.get(participant);
    if (!reviewerId) {
      skipped.push(participant);
      continue;
    }
    const row = new Map<string, number>();
    for (const paper of rated.keys()) {
      if (!known.has(paper)) {
        missing.add(paper);
        continue;
      }
      validPapers.add(paper);
      const sims = publicationSimilarities(index, paper, reviewerId);
      tops.fill(0);
      for (const s of sims) insertTop(tops, 0, args.topPublications, s);
      row.set(paper, aggregateTops(tops, 0, args.topPublications, sims.length, args.maxWeight));
    }
    preds.set(participant, row);
  }
  const reviewers = [...preds.keys()];
  return {
    dataset: dir,
    loss: mainLoss(preds, refs, validPapers, reviewers),
    easy: resolution(preds, refs, validPapers, reviewers, "easy").score,
    hard: resolution(preds, refs, validPapers, reviewers, "hard").score,
    participants: reviewers.length,
    skippedParticipants: skipped,
    missingPapers: [...missing],
    bootstrap: resamples.map((sample) => mainLoss(preds, refs, validPapers, sample.filter((r) => preds.has(r)))),
  };
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

function percentile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  return s[lo]! + (s[Math.min(lo + 1, s.length - 1)]! - s[lo]!) * (pos - lo);
}

export async function runEvaluation(argv: readonly string[]): Promise<{ loss: number; easy: number; hard: number; ci: [number, number]; results: DatasetResult[] }> {
  const args = Args.parse(parseFlags(argv));
  const refs = parseEvaluations(await readFile(args.evaluations, "utf8"));
  const participants = [...refs.keys()];
  const rnd = mulberry32(20230329);
  const resamples = Array.from({ length: args.bootstraps }, () => participants.map(() => participants[Math.floor(rnd() * participants.length)]!));
  const results: DatasetResult[] = [];
  for (const dir of args.datasets.split(",").map((d) => d.trim()).filter(Boolean)) results.push(await evaluateDataset(dir, refs, args, resamples));
  const boot = resamples.map((_, i) => mean(results.map((r) => r.bootstrap[i]!)));
  return {
    loss: mean(results.map((r) => r.loss)),
    easy: mean(results.map((r) => r.easy)),
    hard: mean(results.map((r) => r.hard)),
    ci: [percentile(boot, 0.025), percentile(boot, 0.975)],
    results,
  };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop() ?? "")) {
  runEvaluation(process.argv.slice(2)).then(
    (r) => {
      for (const d of r.results) {
        console.log(`${d.dataset}: loss ${round(d.loss)}, easy ${round(d.easy)}, hard ${round(d.hard)} (${d.participants} participants; skipped ${d.skippedParticipants.length}; ${d.missingPapers.length} rated papers without text)`);
      }
      console.log(`mean loss ${round(r.loss)} [95% CI ${round(r.ci[0])}; ${round(r.ci[1])}], easy accuracy ${round(r.easy)}, hard accuracy ${round(r.hard)}; published SPECTER loss ${SPECTER_PUBLISHED_LOSS}`);
      console.log(JSON.stringify({ loss: round(r.loss), ci: r.ci.map(round), easy: round(r.easy), hard: round(r.hard), datasets: r.results.length, specterPublished: SPECTER_PUBLISHED_LOSS }));
    },
    (e: unknown) => {
      console.error(`evaluate: ${e instanceof z.ZodError ? e.issues.map((i) => i.message).join("; ") : (e as Error).message}`);
      process.exit(1);
    },
  );
}
