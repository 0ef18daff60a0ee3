// npm run bench:theory: the performance budgets of the theory kernels, and the min-norm computation in
// numpy for comparison when python3 with numpy is available.
//   min-norm-ls     n = 400, 12 values of γ, 20 repetitions      ≤ 5 s
//   lazy-training   widths 64 … 4,096, 5 seeds                   ≤ 60 s

import os from "node:os";
import { runNumpyMinNorm } from "./numpy-baseline";
import { KERNELS, parseKernelParams } from "./registry";

interface Budgeted {
  label: string;
  seconds: number;
  /** User + system CPU time of this process: on a shared machine, wall time includes waiting for a core. */
  cpuSeconds: number;
  budget: number;
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number, number]> {
  const t = performance.now();
  const c = process.cpuUsage();
  const out = await fn();
  const cpu = process.cpuUsage(c);
  return [out, (performance.now() - t) / 1000, (cpu.user + cpu.system) / 1e6];
}

function line(b: Budgeted): string {
  const verdict = b.seconds <= b.budget ? "OK" : b.cpuSeconds <= b.budget ? "OVER BUDGET in wall time only (CPU contention)" : "OVER BUDGET";
  return `${b.label.padEnd(56)} ${b.seconds.toFixed(2).padStart(7)} s wall, ${b.cpuSeconds.toFixed(2)} s CPU  (budget ${b.budget} s) ${verdict}`;
}

async function main(): Promise<number> {
  console.log(`node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? "?"}), load average ${os.loadavg().map((x) => x.toFixed(2)).join(" ")}`);
  const results: Budgeted[] = [];

  const mnParams = parseKernelParams("min-norm-ls", {
    n: 400,
    gammas: [0.25, 0.5, 0.75, 0.9, 1.1, 1.25, 1.5, 2, 2.5, 3, 3.5, 4],
    reps: 20,
    r2: 1,
    sigma2: 1,
    seed: 1,
  });
  const [mn, mnSeconds, mnCpu] = await timed(() => KERNELS["min-norm-ls"].run(mnParams, {}));
  results.push({ label: "min-norm-ls (n=400, 12 γ, 20 reps)", seconds: mnSeconds, cpuSeconds: mnCpu, budget: 5 });
  console.log(line(results[results.length - 1]!));
  for (const p of mn.points.filter((q) => [0.5, 2, 4].includes(q.gamma))) {
    console.log(`  γ=${p.gamma}: risk ${p.risk_mean?.toFixed(4)} ± ${p.risk_se?.toFixed(4)} (theory ${p.theory?.toFixed(4)})`);
  }

  const np = runNumpyMinNorm({ n: mnParams.n, gammas: mnParams.gammas, reps: mnParams.reps, r2: 1, sigma2: 1, seed: 1 });
  if (np.ok) {
    const { seconds, numpy, points } = np.result;
    console.log(`${"numpy " + numpy + " (1 BLAS thread), same computation".padEnd(56)} ${seconds.toFixed(2).padStart(7)} s`);
    console.log(`  time ratio TypeScript / numpy: ${(mnSeconds / seconds).toFixed(2)}× (wall), ${(mnCpu / seconds).toFixed(2)}× (our CPU time vs numpy wall)`);
    for (const p of points.filter((q) => [0.5, 2, 4].includes(q.gamma))) console.log(`  numpy γ=${p.gamma}: risk ${p.risk_mean.toFixed(4)}`);
  } else {
    console.log(`numpy comparison skipped: ${np.reason}`);
  }

  const lzParams = parseKernelParams("lazy-training", { widths: [64, 128, 256, 512, 1024, 2048, 4096], seeds: [0, 1, 2, 3, 4] });
  const [lz, lzSeconds, lzCpu] = await timed(() => KERNELS["lazy-training"].run(lzParams, {}));
  results.push({ label: `lazy-training (widths 64…4096, 5 seeds, ${lzParams.steps} steps)`, seconds: lzSeconds, cpuSeconds: lzCpu, budget: 60 });
  console.log(line(results[results.length - 1]!));
  console.log(`  log–log slope ${lz.slope.toFixed(3)} (expected −0.5 ± 0.1)`);

  const over = results.filter((r) => r.seconds > r.budget);
  if (over.length) console.log(`over budget: ${over.map((r) => r.label).join(", ")} (the machine's load average matters; see above)`);
  return over.length ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  },
);
