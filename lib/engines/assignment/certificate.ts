// Optimality by complementary slackness, checked independently of how the flow was found.
// For any feasible flow x* and potentials π: c·x − c·x* = Σ_a c^π_a (x_a − x*_a). Every residual arc
// with c^π_a ≥ 0 makes its term ≤ 0, so Σ capacity × max(0, −c^π) over residual arcs bounds how much
// better any other assignment can be. Exact arithmetic gives 0; doubles give ~1e-15 per violation.
import type { FlowNetwork, FlowState } from "./min-cost-flow";
import type { OptimalityCertificate } from "./types";

export function certifyFlow(net: FlowNetwork, flow: FlowState): OptimalityCertificate {
  const { nP, nR, arcPaper, arcReviewer, cost, lower, upper } = net;
  const { x, y, pi } = flow;
  const T = nP + nR;
  let worst = 0;
  let gapBound = 0;
  for (let a = 0; a < arcReviewer.length; a++) {
    const rc = cost[a]! + pi[arcPaper[a]!]! - pi[nP + arcReviewer[a]!]!;
    // x = 0: forward arc residual, needs rc ≥ 0; x = 1: backward arc residual, needs rc ≤ 0.
    const violation = x[a] === 0 ? -rc : rc;
    if (violation > 0) {
      gapBound += violation;
      if (-violation < worst) worst = -violation;
    }
  }
  for (let r = 0; r < nR; r++) {
    const rc = pi[nP + r]! - pi[T]!;
    const cap = upper[r]! - lower[r]!;
    let violation = 0;
    if (y[r]! < cap && rc < 0) violation = -rc;
    if (y[r]! > 0 && rc > 0) violation = Math.max(violation, rc);
    if (violation > 0) {
      gapBound += violation * cap;
      if (-violation < worst) worst = -violation;
    }
  }
  return { worstReducedCost: worst, gapBound };
}

/** Neumaier-compensated sum, so totals of millions of scores keep their last digits. */
export function accurateSum(values: Iterable<number>): number {
  let sum = 0;
  let comp = 0;
  for (const v of values) {
    const t = sum + v;
    comp += Math.abs(sum) >= Math.abs(v) ? sum - t + v : v - t + sum;
    sum = t;
  }
  return sum + comp;
}
