// The min-norm least-squares benchmark computation in numpy, for a speed comparison in bench.ts.
// Same algorithm as min-norm-ls.ts (one design per repetition, Gram of the largest p < n factored once
// and solved per p, the n×n Gram grown incrementally for p ≥ n); numpy's own generator, so the risks
// agree with ours only within Monte-Carlo error. OpenBLAS is pinned to one thread to compare like
// with like (the TypeScript kernel is single-threaded).

import { spawnSync } from "node:child_process";

const SCRIPT = String.raw`
import json, sys, time
import numpy as np
cfg = json.loads(sys.argv[1])
n, gammas, reps, seed = cfg["n"], sorted(cfg["gammas"]), cfg["reps"], cfg["seed"]
r, sigma = cfg["r2"] ** 0.5, cfg["sigma2"] ** 0.5
ps = [int(round(g * n)) for g in gammas]
P = ps[-1]
small = [p for p in ps if p < n]
large = [p for p in ps if p >= n]
risks = {p: [] for p in ps}
rng = np.random.default_rng(seed)
t0 = time.perf_counter()
for rep in range(reps):
    X = rng.standard_normal((n, P))
    u = rng.standard_normal(P)
    noise = sigma * rng.standard_normal(n)
    def beta_y(p):
        b = r * u[:p] / np.linalg.norm(u[:p])
        return b, X[:, :p] @ b + noise
    if small:
        pm = small[-1]
        L = np.linalg.cholesky(X[:, :pm].T @ X[:, :pm])
        for p in small:
            b, y = beta_y(p)
            Lp = L[:p, :p]
            z = np.linalg.solve(Lp, X[:, :p].T @ y)
            bh = np.linalg.solve(Lp.T, z)
            risks[p].append(float(np.sum((bh - b) ** 2)))
    if large:
        G = np.zeros((n, n)); done = 0
        for p in large:
            G += X[:, done:p] @ X[:, done:p].T; done = p
            b, y = beta_y(p)
            L = np.linalg.cholesky(G)
            alpha = np.linalg.solve(L.T, np.linalg.solve(L, y))
            bh = X[:, :p].T @ alpha
            risks[p].append(float(np.sum((bh - b) ** 2)))
elapsed = time.perf_counter() - t0
print(json.dumps({"seconds": elapsed, "numpy": np.__version__,
                  "points": [{"gamma": p / n, "risk_mean": float(np.mean(risks[p]))} for p in ps]}))
`;

export interface NumpyBaseline {
  seconds: number;
  numpy: string;
  points: { gamma: number; risk_mean: number }[];
}

/** Runs the numpy version, or explains why it could not (no python3, no numpy, script error). */
export function runNumpyMinNorm(cfg: { n: number; gammas: number[]; reps: number; r2: number; sigma2: number; seed: number }):
  | { ok: true; result: NumpyBaseline }
  | { ok: false; reason: string } {
  const threads = { OPENBLAS_NUM_THREADS: "1", OMP_NUM_THREADS: "1", MKL_NUM_THREADS: "1" };
  const probe = spawnSync("python3", ["-c", "import numpy"], { encoding: "utf8", env: { ...process.env, ...threads } });
  if (probe.error) return { ok: false, reason: `python3 not available (${probe.error.message})` };
  if (probe.status !== 0) return { ok: false, reason: `numpy not importable: ${probe.stderr.trim().split("\n").pop()}` };
  const res = spawnSync("python3", ["-c", SCRIPT, JSON.stringify(cfg)], {
    encoding: "utf8",
    env: { ...process.env, ...threads },
    timeout: 600_000,
  });
  if (res.status !== 0) return { ok: false, reason: `numpy script failed: ${(res.stderr || String(res.error)).trim()}` };
  const last = res.stdout.trim().split("\n").pop() ?? "";
  return { ok: true, result: JSON.parse(last) as NumpyBaseline };
}
