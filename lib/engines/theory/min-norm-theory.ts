// Closed forms for the excess risk ‖β̂ − β‖² of min-norm least squares with isotropic Gaussian features
// (x ~ N(0, I_p), ‖β‖² = r², noise variance σ²), as functions of p and n.

/**
 * Hastie, Montanari, Rosset & Tibshirani (2019), the p, n → ∞ limit with p/n → γ:
 *   γ < 1: σ² γ / (1 − γ);   γ > 1: r² (1 − 1/γ) + σ² / (γ − 1);   γ = 1: +∞.
 */
export function minNormRiskAsymptotic(gamma: number, r2: number, sigma2: number): number {
  if (gamma < 1) return (sigma2 * gamma) / (1 - gamma);
  if (gamma > 1) return r2 * (1 - 1 / gamma) + sigma2 / (gamma - 1);
  return Infinity;
}

/**
 * The exact expectation at finite n and p (Belkin, Hsu & Xu 2019 with every feature selected, minus the
 * irreducible σ²): E tr (XᵀX)⁻¹ = p/(n − p − 1) and E tr (XXᵀ)⁻¹ = n/(p − n − 1) for Wishart matrices,
 * and ‖(I − P_row(X))β‖² has mean r²(1 − n/p). Infinite for |p − n| ≤ 1.
 * The gap to the asymptotic form is O(1/n) (e.g. 1.005 vs 1.000 at n = 400, γ = 1/2), which tests use
 * as the bias allowance next to the Monte-Carlo error.
 */
export function minNormRiskFinite(p: number, n: number, r2: number, sigma2: number): number {
  if (p <= n - 2) return (sigma2 * p) / (n - p - 1);
  if (p >= n + 2) return r2 * (1 - n / p) + (sigma2 * n) / (p - n - 1);
  return Infinity;
}
