// Scale benchmark: npm run bench:affinity [-- --size small|full] [--top 200] [--seed 1]
//   [--prune F] force the pruning fraction (1 = exact); [--check-recall] compares with exact.
import { z } from "zod";
import { buildAffinityIndex } from "./build-index";
import { parseFlags } from "./cli-args";
import { scoreAffinity, type SparseAffinity } from "./score-all";
import { generateCorpus } from "./synthetic-corpus";

const SIZES = {
  small: { submissions: 1500, reviewers: 1500, publicationsPerReviewer: 20, topics: 60 },
  full: { submissions: 15000, reviewers: 15000, publicationsPerReviewer: 20, topics: 400 },
} as const;

const Args = z.object({
  size: z.enum(["small", "full"]).default("full"),
  top: z.coerce.number().int().positive().default(200),
  seed: z.coerce.number().int().default(1),
  prune: z.coerce.number().positive().max(1).optional(),
  checkRecall: z.boolean().default(false),
});

function parseArgs(argv: string[]): z.infer<typeof Args> {
  return Args.parse(parseFlags(argv, ["checkRecall"]));
}

const seconds = (t0: number): number => Math.round((performance.now() - t0) / 10) / 100;
const rssMb = (): number => Math.round(process.resourceUsage().maxRSS / 1024);

/** Share of each paper's top reviewers (first `top` entries) found by both runs. */
function recall(a: SparseAffinity, b: SparseAffinity, top: number): number {
  const lists = (s: SparseAffinity): Map<number, Set<number>> => {
    const m = new Map<number, Set<number>>();
    for (let i = 0; i < s.paper.length; i++) {
      const set = m.get(s.paper[i]!) ?? new Set<number>();
      if (set.size < top) set.add(s.reviewer[i]!);
      m.set(s.paper[i]!, set);
    }
    return m;
  };
  const la = lists(a);
  const lb = lists(b);
  let hit = 0;
  let total = 0;
  for (const [p, exact] of lb) {
    const got = la.get(p) ?? new Set<number>();
    for (const r of exact) if (got.has(r)) hit++;
    total += exact.size;
  }
  return total ? hit / total : 1;
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const size = SIZES[args.size];
  let t0 = performance.now();
  const corpus = generateCorpus({ ...size, seed: args.seed });
  const genSeconds = seconds(t0);

  t0 = performance.now();
  const index = buildAffinityIndex(corpus.submissions, corpus.reviewers, args.prune ? { pruneDfFraction: args.prune } : {});
  const indexSeconds = seconds(t0);
  t0 = performance.now();
  const scores = scoreAffinity(index, { topPerPaper: args.top, topPerReviewer: 20 });
  const scoreSeconds = seconds(t0);

  // On-topic rate: the best reviewer shares a topic with the paper.
  let onTopic = 0;
  let papersWithScores = 0;
  for (let i = 0; i < scores.paper.length; i++) {
    if (i > 0 && scores.paper[i] === scores.paper[i - 1]) continue;
    papersWithScores++;
    const pt = corpus.submissionTopics[scores.paper[i]!]!;
    if (corpus.reviewerTopics[scores.reviewer[i]!]!.some((t) => pt.includes(t))) onTopic++;
  }

  const summary: Record<string, unknown> = {
    size: args.size,
    papers: corpus.submissions.length,
    reviewers: corpus.reviewers.length,
    publications: index.pubOwner.length,
    terms: index.numTerms,
    postings: index.postings.terms.length,
    pruneAbove: Number.isFinite(index.pruneAbove) ? index.pruneAbove : "none",
    pairs: scores.paper.length,
    top1OnTopic: Math.round((1000 * onTopic) / Math.max(1, papersWithScores)) / 1000,
    generateSeconds: genSeconds,
    indexSeconds,
    scoreSeconds,
    engineSeconds: Math.round((indexSeconds + scoreSeconds) * 100) / 100,
    peakRssMb: rssMb(),
  };
  if (args.checkRecall) {
    t0 = performance.now();
    const exact = scoreAffinity(buildAffinityIndex(corpus.submissions, corpus.reviewers, { pruneDfFraction: 1 }), { topPerPaper: args.top, topPerReviewer: 20 });
    summary.exactEngineSeconds = seconds(t0);
    summary.recallVsExact = Math.round(recall(scores, exact, args.top) * 10000) / 10000;
    summary.recallTop20VsExact = Math.round(recall(scores, exact, 20) * 10000) / 10000;
    summary.peakRssMb = rssMb();
  }
  console.log(`affinity bench (${args.size}): ${summary.engineSeconds} s engine (${indexSeconds} s index + ${scoreSeconds} s scoring), ${genSeconds} s generating text, peak RSS ${summary.peakRssMb} MB`);
  console.log(JSON.stringify(summary));
}

main();
