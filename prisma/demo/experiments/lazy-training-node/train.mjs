// Lazy training of a two-layer ReLU network in NTK parameterization: f(x) = m^{-1/2} Σ_j a_j relu(w_j·x).
// Full-batch gradient descent on squared loss; reports ‖W_T − W_0‖_F / ‖W_0‖_F per width.
// Reads parameters from $TANGENT_PARAMS, prints "progress <fraction>" lines, writes results/lazy.csv.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";

const { parameters: p, seeds } = JSON.parse(readFileSync(process.env.TANGENT_PARAMS, "utf8"));
const { widths, n, d, steps, lr, init_scale: initScale } = p;

function rng(seed) {
  let s = seed >>> 0;
  const uniform = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return () => Math.sqrt(-2 * Math.log(uniform() + 1e-300)) * Math.cos(2 * Math.PI * uniform());
}

function relChange(m, seed) {
  const g = rng(seed);
  const X = Array.from({ length: n }, () => Array.from({ length: d }, () => g() / Math.sqrt(d)));
  const y = X.map((x) => Math.sin(3 * x[0]) + 0.5 * x[1]);
  const W = Float64Array.from({ length: m * d }, () => g() * initScale);
  const W0 = W.slice();
  const a = Float64Array.from({ length: m }, (_, j) => (j % 2 ? 1 : -1));
  const scale = 1 / Math.sqrt(m);
  const pre = new Float64Array(n * m);
  for (let t = 0; t < steps; t++) {
    const resid = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      let f = 0;
      for (let j = 0; j < m; j++) {
        let z = 0;
        for (let k = 0; k < d; k++) z += W[j * d + k] * X[i][k];
        pre[i * m + j] = z;
        if (z > 0) f += a[j] * z;
      }
      resid[i] = f * scale - y[i];
    }
    for (let j = 0; j < m; j++) {
      for (let i = 0; i < n; i++) {
        if (pre[i * m + j] <= 0) continue;
        const c = (lr * resid[i] * a[j] * scale) / n;
        for (let k = 0; k < d; k++) W[j * d + k] -= c * X[i][k];
      }
    }
  }
  let num = 0;
  let den = 0;
  for (let i = 0; i < W.length; i++) {
    num += (W[i] - W0[i]) ** 2;
    den += W0[i] ** 2;
  }
  return Math.sqrt(num / den);
}

const rows = [];
let done = 0;
for (const m of widths) {
  let sum = 0;
  for (const seed of seeds) {
    sum += relChange(m, seed * 1000 + m);
    done++;
    console.log(`progress ${(done / (widths.length * seeds.length)).toFixed(3)}`);
  }
  rows.push({ width: m, rel_change: sum / seeds.length });
  console.log(`width ${m}: relative change ${(sum / seeds.length).toExponential(3)}`);
}
mkdirSync("results", { recursive: true });
writeFileSync("results/lazy.csv", "width,rel_change\n" + rows.map((r) => `${r.width},${r.rel_change}`).join("\n") + "\n");
