// Excess-risk bookkeeping shared by the model-wise and sample-wise min-norm kernels: per problem size, the
// ‖β̂ − β‖² of every repetition, and how many fits failed (a singular system at the interpolation threshold is
// counted, not averaged in).
import { minNormRiskAsymptotic, minNormRiskFinite } from "./min-norm-theory";
import { finiteOrNull, mean, median, standardError } from "./stats";

export interface RiskSummary {
  risk_mean: number | null;
  risk_median: number | null;
  /** Standard error of risk_mean over repetitions. */
  risk_se: number | null;
  /** Asymptotic closed form (Hastie et al.); null at γ = 1 where it is +∞. */
  theory: number | null;
  /** Exact finite-(n, p) expectation; null for |p − n| ≤ 1. */
  theory_finite_n: number | null;
  /** Repetitions whose Gram matrix was not numerically positive definite (excluded from the stats). */
  failed: number;
}

export class RiskTally {
  private readonly risks: number[][];
  private readonly failed: number[];

  constructor(private readonly sizes: readonly number[]) {
    this.risks = sizes.map(() => []);
    this.failed = sizes.map(() => 0);
  }

  /** Record the fit at `size`; `dim` coordinates of β̂ and β are compared (null β̂: the fit failed). */
  record(size: number, betaHat: Float64Array | null, beta: Float64Array, dim: number): void {
    const idx = this.sizes.indexOf(size);
    if (!betaHat) {
      this.failed[idx]!++;
      return;
    }
    let e = 0;
    for (let j = 0; j < dim; j++) e += (betaHat[j]! - beta[j]!) ** 2;
    this.risks[idx]!.push(e);
  }

  /** The summary at sizes[i] with its closed forms at p features and n samples. */
  summary(i: number, p: number, n: number, r2: number, sigma2: number): RiskSummary {
    const risks = this.risks[i]!;
    return {
      risk_mean: risks.length ? finiteOrNull(mean(risks)) : null,
      risk_median: risks.length ? finiteOrNull(median(risks)) : null,
      risk_se: risks.length ? finiteOrNull(standardError(risks)) : null,
      theory: finiteOrNull(minNormRiskAsymptotic(p / n, r2, sigma2)),
      theory_finite_n: finiteOrNull(minNormRiskFinite(p, n, r2, sigma2)),
      failed: this.failed[i]!,
    };
  }
}
