// npm run bench:assign [-- --size small|full] [--skip-fair]   (or ASSIGN_BENCH_SIZE=small)
// Full size: 15,000 papers × 15,000 reviewers, 200 candidates per paper (3 M pairs), 4 reviewers per
// paper, loads up to 6, 1% conflicts. Targets: exact max-sum ≤ 60 s and ≤ 2 GiB; fair ≤ 10 min.
// Also solves a 2,000 × 2,000 instance with both the engine and the HiGHS LP and compares.
import { compileProblem } from "./compile";
import { generateInstance, type GeneratorOptions } from "./generate";
import { loadHighs, solveAssignmentWithHighs } from "./highs-model";
import { solveAssignment } from "./solve";

const argv = process.argv.slice(2);
const sizeArg = argv[argv.indexOf("--size") + 1];
const size = (argv.includes("--size") ? sizeArg : process.env.ASSIGN_BENCH_SIZE) === "small" ? "small" : "full";
const skipFair = argv.includes("--skip-fair");

const GiB = 2 ** 30;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

let peakHeap = 0;
const sampler = setInterval(() => {
  // Typed arrays live outside the V8 heap; count them too.
  const m = process.memoryUsage();
  peakHeap = Math.max(peakHeap, m.heapUsed + m.arrayBuffers);
}, 100);
const peakRss = () => process.resourceUsage().maxRSS * 1024;

function instance(n: number, seed: number): GeneratorOptions {
  return { papers: n, reviewers: n, candidatesPerPaper: 200, reviewersPerPaper: 4, maxLoad: 6, reducedCapShare: 0.3, conflictRate: 0.01, seed };
}

async function main() {
  const big = size === "full" ? 15_000 : 3_000;
  const ref = size === "full" ? 2_000 : 500;
  console.log(`assignment benchmark (${size}): ${big.toLocaleString("en-US")} × ${big.toLocaleString("en-US")}, 200 candidates per paper`);

  let t = performance.now();
  const problem = generateInstance(instance(big, 2024));
  console.log(`generated ${problem.scores.score.length.toLocaleString("en-US")} pairs, ${problem.conflicts!.length.toLocaleString("en-US")} conflicts in ${((performance.now() - t) / 1000).toFixed(1)} s`);

  t = performance.now();
  const sum = await solveAssignment(problem);
  const sumSeconds = (performance.now() - t) / 1000;
  const rssAfterSum = peakRss();
  console.log(
    `max-sum: ${sum.status} total ${sum.totalScore.toFixed(6)}, lowest paper ${sum.lowestPaperScore.toFixed(6)}, ` +
      `${sum.stats.augmentations.toLocaleString("en-US")} augmentations, certificate gap bound ${sum.certificate?.gapBound.toExponential(2)}`,
  );
  console.log(`max-sum: ${sumSeconds.toFixed(1)} s (target ≤ 60 s), peak RSS ${mb(rssAfterSum)} (target ≤ 2 GiB), peak heap + typed arrays ${mb(peakHeap)}`);

  if (!skipFair) {
    t = performance.now();
    const fair = await solveAssignment(problem, { objective: "fair" });
    const fairSeconds = (performance.now() - t) / 1000;
    const f = fair.fairness!;
    console.log(
      `fair: ${fair.status}, lowest paper ${f.lowestPaperScore.toFixed(6)} (max-sum had ${f.sumSolutionLowest.toFixed(6)}), ` +
        `upper bound ${f.upperBound.toFixed(6)} (${f.boundSource}), gap ${f.gap.toExponential(2)}; ` +
        `total ${f.total.toFixed(6)} of at most ${f.totalUpperBound.toFixed(6)} (max-sum ${f.sumSolutionTotal.toFixed(6)})`,
    );
    console.log(`fair: ${fairSeconds.toFixed(1)} s (target ≤ 600 s), peak RSS ${mb(peakRss())}, peak heap + typed arrays ${mb(peakHeap)}`);
  }

  const small = generateInstance(instance(ref, 7));
  t = performance.now();
  const ours = await solveAssignment(small);
  const oursSeconds = (performance.now() - t) / 1000;
  const highs = await loadHighs();
  const lp = solveAssignmentWithHighs(highs, compileProblem(small), { kind: "sum" }, { integer: false });
  const rel = Math.abs(ours.totalScore - lp.objective) / Math.max(1, Math.abs(lp.objective));
  console.log(
    `reference ${ref.toLocaleString("en-US")} × ${ref.toLocaleString("en-US")} (${small.scores.score.length.toLocaleString("en-US")} pairs): ` +
      `engine ${ours.totalScore.toFixed(9)} in ${oursSeconds.toFixed(2)} s, HiGHS LP ${lp.objective.toFixed(9)} (${lp.status}) in ${lp.seconds.toFixed(2)} s; ` +
      `relative difference ${rel.toExponential(2)} (≤ 1e-6: ${rel <= 1e-6 ? "yes" : "NO"}), engine ${(lp.seconds / oursSeconds).toFixed(1)}× faster`,
  );
  console.log(`peak RSS ${mb(peakRss())} of ${mb(2 * GiB)} allowed; peak heap + typed arrays ${mb(peakHeap)}`);
  clearInterval(sampler);
  const ok = sum.status === "optimal" && rel <= 1e-6 && (size === "small" || (sumSeconds <= 60 && rssAfterSum <= 2 * GiB));
  process.exitCode = ok ? 0 : 1;
}

main().catch((e: unknown) => {
  clearInterval(sampler);
  console.error(e);
  process.exitCode = 1;
});
