// The demo venue's forty submissions. Every theorem's assumptions follow its statement; presets below hold the
// common regimes and each theorem overrides what differs.
import type { Assumptions } from "@/lib/theorems/taxonomy";
import type { DemoSubmission } from "./types";

/** Markdown with TeX: raw strings keep backslashes intact. */
const md = String.raw;

const AC_KERNELS = "ac-helena-vargas";
const AC_OPTIMIZATION = "ac-takeshi-mori";
const AC_MEAN_FIELD = "ac-emmanuel-okafor";

/** Minimum-norm least squares reached by gradient flow from zero, proportional asymptotics. */
const minNormLeastSquares: Assumptions = {
  architecture: "linear",
  depth: 1,
  width: "proportional",
  parameterization: "standard",
  trainingRegime: "unspecified",
  optimizer: "gradient_flow",
  stepSize: "infinitesimal",
  initScale: "small",
  initStructure: "zero",
  loss: "squared",
  data: "isotropic_gaussian",
  sampleRegime: "proportional",
  timeHorizon: "infinite",
  claimType: "exact_asymptotic_risk",
};

/** Random-features regression: frozen Gaussian first layer, trained second layer. */
const randomFeatures: Assumptions = {
  architecture: "relu",
  depth: 2,
  width: "proportional",
  parameterization: "standard",
  trainingRegime: "lazy",
  optimizer: "gradient_flow",
  stepSize: "infinitesimal",
  initScale: "order_one",
  initStructure: "gaussian_iid",
  loss: "squared",
  data: "isotropic_gaussian",
  sampleRegime: "proportional",
  timeHorizon: "infinite",
  claimType: "exact_asymptotic_risk",
};

/** Two-layer ReLU network in the NTK regime. */
const ntkTwoLayer: Assumptions = {
  architecture: "relu",
  depth: 2,
  width: "overparameterized",
  widthRequirement: "m ≥ C·n⁴·log(n/δ)/λ₀⁴",
  parameterization: "ntk",
  trainingRegime: "lazy",
  optimizer: "gd",
  stepSize: "below_2_over_L",
  initScale: "order_one",
  initStructure: "gaussian_iid",
  loss: "squared",
  data: "kernel_eigenvalue",
  sampleRegime: "fixed_n",
  timeHorizon: "infinite",
  claimType: "convergence_rate",
};

/** Full-batch training of a finite network at the edge of stability. */
const edgeOfStability: Assumptions = {
  architecture: "smooth",
  depth: "unbounded",
  width: "finite",
  parameterization: "standard",
  trainingRegime: "unspecified",
  optimizer: "gd",
  stepSize: "edge_of_stability",
  initScale: "order_one",
  initStructure: "gaussian_iid",
  loss: "squared",
  data: "real_data",
  sampleRegime: "fixed_n",
  timeHorizon: "finite",
  claimType: "convergence_rate",
};

/** Two-layer linear network / matrix factorization. */
const linearTwoLayer: Assumptions = {
  architecture: "linear",
  depth: 2,
  width: "finite",
  parameterization: "standard",
  trainingRegime: "rich",
  optimizer: "gradient_flow",
  stepSize: "infinitesimal",
  initScale: "order_one",
  initStructure: "general",
  loss: "squared",
  data: "teacher_student",
  sampleRegime: "fixed_n",
  timeHorizon: "infinite",
  claimType: "implicit_bias",
};

/** Two-layer network in the mean-field scaling. */
const meanFieldTwoLayer: Assumptions = {
  architecture: "smooth",
  depth: 2,
  width: "infinite",
  parameterization: "mean_field",
  trainingRegime: "rich",
  optimizer: "gradient_flow",
  stepSize: "infinitesimal",
  initScale: "order_one",
  initStructure: "gaussian_iid",
  loss: "squared",
  data: "teacher_student",
  sampleRegime: "n_to_infinity",
  timeHorizon: "infinite",
  claimType: "convergence_rate",
};

/** Interpolating linear predictors in high dimension. */
const interpolatingLinear: Assumptions = {
  architecture: "linear",
  depth: 1,
  width: "infinite",
  parameterization: "standard",
  trainingRegime: "unspecified",
  optimizer: "gradient_flow",
  stepSize: "infinitesimal",
  initScale: "small",
  initStructure: "zero",
  loss: "squared",
  data: "general_gaussian",
  sampleRegime: "n_to_infinity",
  timeHorizon: "infinite",
  claimType: "generalization_bound",
};

// ───────────── double descent and random features (1–6) ─────────────
const doubleDescent: DemoSubmission[] = [
  {
    number: 1,
    title: "Where the Peak Lands: Model-Wise Double Descent of Minimum-Norm Least Squares under Misspecification",
    abstract:
      "Double descent is usually derived for well-specified linear models, where the learner sees every feature that carries signal. In practice a model of size p sees only part of the relevant covariates, and the unseen part acts neither like pure noise nor like pure bias. We analyze minimum-norm least squares on the first p of D isotropic Gaussian features, with n samples, in the limit where p/n tends to a constant γ. We obtain closed-form expressions for the excess risk on both sides of the interpolation threshold in terms of three quantities only: the signal energy on the observed features, the energy on the omitted features and the noise level. Misspecification enters the variance as an inflated effective noise and adds an irreducible term, so the peak at γ = 1 is always present but its surroundings change. We then locate the minimum of the over-parameterized branch exactly: it exists if and only if the observed signal-to-effective-noise ratio exceeds one, it sits at γ* = r/(r − s), and its value 2rs − s² beats the null predictor by exactly (r − s)². Simulations with n = 400 match the formulas within Monte-Carlo error away from the threshold. The results give a simple rule for when adding parameters past interpolation helps a misspecified linear model.",
    keywords: ["double descent", "minimum-norm interpolation", "misspecification", "random matrix theory", "linear regression"],
    authorKeys: ["a-lucia-fernandez-ortiz", "a-tomasz-kowalczyk"],
    areaChairKey: AC_KERNELS,
    theorems: [
      {
        label: "Theorem 1",
        statement: md`Let $x \sim \mathcal N(0, I_D)$ and $y = x^\top \beta + \varepsilon$ with $\mathbb E\varepsilon = 0$, $\operatorname{Var}\varepsilon = \sigma^2$. Split $\beta = (\beta_S, \beta_\perp)$ into its first $p$ coordinates and the rest, and let $\hat\beta = X_S^{+} y$ be the minimum-norm least-squares fit on the first $p$ features from $n$ samples. Suppose $n, p \to \infty$ with $p/n \to \gamma \in (0,1) \cup (1, \infty)$, $\|\beta_S\|^2 \to r^2$ and $\|\beta_\perp\|^2 \to r_\perp^2$, and set $s^2 = \sigma^2 + r_\perp^2$. Then, almost surely,
$$\mathbb E\big[(x_{0,S}^\top(\hat\beta - \beta_S))^2 \mid X\big] \to R(\gamma) = \begin{cases} s^2\,\dfrac{\gamma}{1-\gamma}, & \gamma < 1,\\[4pt] r^2\Big(1 - \dfrac1\gamma\Big) + \dfrac{s^2}{\gamma - 1}, & \gamma > 1,\end{cases}$$
and the full excess prediction risk equals $R(\gamma) + r_\perp^2$.`,
        assumptions: { ...minNormLeastSquares },
      },
      {
        label: "Theorem 2",
        statement: md`In the setting of Theorem 1, with $r, s > 0$: if $r \le s$, then $R$ is decreasing on $(1, \infty)$ and $R(\gamma) \downarrow r^2$ as $\gamma \to \infty$. If $r > s$, then $R$ restricted to $(1,\infty)$ has a unique minimizer $\gamma^\star = r/(r - s)$ with $R(\gamma^\star) = 2rs - s^2 = r^2 - (r - s)^2$, so the best over-parameterized model improves on the null predictor $\hat\beta = 0$ by exactly $(r - s)^2$. In both cases $R(\gamma) \to \infty$ as $\gamma \to 1$.`,
        assumptions: { ...minNormLeastSquares },
      },
    ],
  },
  {
    number: 2,
    title: "More Data Can Hurt, Then Help: Sample-Wise Double Descent and Its Cure by Early Stopping",
    abstract:
      "Adding training data can increase the test error of an interpolating linear model. This sample-wise double descent is the mirror image of the familiar model-wise curve, yet its size and location have received little quantitative attention. We study gradient flow from zero on least squares with isotropic Gaussian covariates, p fixed features and n samples, in the proportional limit p/n → γ. Run to convergence, gradient flow returns the minimum-norm solution, and we characterize exactly the window of sample sizes in which more data is harmful: it is the interval n ∈ (p(r − σ)/r, p) when the signal-to-noise ratio r/σ exceeds one, and every n < p otherwise. We then turn to early stopping. Comparing gradient flow at time t with ridge regression at penalty 1/t through their spectral filters, we show that the optimally stopped risk is within a factor 1.22 of the optimally tuned ridge risk at every aspect ratio, and hence never exceeds 1.22 r², so the divergence at the interpolation threshold disappears entirely. The analysis is elementary: it uses only the Marchenko–Pastur law and the explicit form of the two filters. Experiments with p = 100 confirm both the harmful window and its removal by stopping at the validated time.",
    keywords: ["sample-wise double descent", "early stopping", "gradient flow", "ridge regression", "Marchenko–Pastur"],
    authorKeys: ["a-kenji-watanabe", "a-haruto-sato"],
    areaChairKey: AC_KERNELS,
    theorems: [
      {
        label: "Theorem 1",
        statement: md`Let $x \sim \mathcal N(0, I_p)$, $y = x^\top\beta + \varepsilon$ with $\|\beta\|^2 \to r^2$, $\operatorname{Var}\varepsilon = \sigma^2$, and let $\hat\beta_\infty = \lim_{t\to\infty}\beta(t)$ for gradient flow on $\tfrac1{2n}\|y - X\beta\|^2$ from $\beta(0) = 0$. In the limit $p/n \to \gamma$, the excess risk of $\hat\beta_\infty$ is $R(\gamma) = \sigma^2\gamma/(1-\gamma)$ for $\gamma < 1$ and $R(\gamma) = r^2(1 - 1/\gamma) + \sigma^2/(\gamma - 1)$ for $\gamma > 1$. For fixed $p$, the risk increases with $n$ exactly on $\{n : 1 < p/n < r/(r - \sigma)\}$ if $r > \sigma$, and on all of $\{n < p\}$ if $r \le \sigma$.`,
        assumptions: { ...minNormLeastSquares },
      },
      {
        label: "Theorem 2",
        statement: md`In the setting of Theorem 1, let $R_{\mathrm{GF}}(\gamma, t)$ be the limiting excess risk of gradient flow stopped at time $t$ and $R_{\mathrm{ridge}}(\gamma, \lambda)$ that of ridge regression with penalty $\lambda$. Then for every $\gamma > 0$,
$$\inf_{t \ge 0} R_{\mathrm{GF}}(\gamma, t) \;\le\; 1.22\, \inf_{\lambda \ge 0} R_{\mathrm{ridge}}(\gamma, \lambda) \;\le\; 1.22\, r^2 .$$
In particular the optimally stopped risk is bounded uniformly in $\gamma$, including at $\gamma = 1$.`,
        assumptions: { ...minNormLeastSquares, timeHorizon: "early_stopping" },
      },
    ],
  },
  {
    number: 3,
    title: "Random Features Regression at the Interpolation Threshold: A Deterministic Equivalent for the Test Error",
    abstract:
      "Random-features regression is the simplest model that displays model-wise double descent with a genuine non-linearity, and it is also the linearization of a two-layer network whose first layer is frozen at initialization. Existing asymptotic formulas for its test error are either restricted to a fixed positive ridge or are stated only in the limit of vanishing regularization without control near the interpolation threshold. We derive a deterministic equivalent for the test error of ridgeless random-features regression with a ReLU activation, isotropic Gaussian inputs and a target made of a linear part, a non-linear part and label noise, when the number of features N, the number of samples n and the dimension d grow proportionally. The equivalent is expressed through the unique positive solution of a pair of scalar fixed-point equations, and we prove it holds uniformly over compact sets of aspect ratios that avoid N = n. Near the threshold we obtain matching upper and lower bounds: the error diverges like the inverse distance |1 − ψ₁/ψ₂| with a constant proportional to the non-linear signal plus the noise. Far in the over-parameterized regime the formula converges to the ridgeless kernel limit. A second result shows that with optimally tuned ridge the test error is monotone in both N and n, so the peak is purely an artefact of interpolation.",
    keywords: ["random features", "double descent", "deterministic equivalents", "ridgeless regression", "proportional asymptotics"],
    authorKeys: ["a-chiara-lombardi", "a-elodie-marchand"],
    areaChairKey: AC_KERNELS,
    theorems: [
      {
        label: "Theorem 1",
        statement: md`Let $f(x) = \sum_{j=1}^N a_j\,\sigma(\langle w_j, x\rangle/\sqrt d)$ with $\sigma = \mathrm{ReLU}$, $w_j \sim \mathcal N(0, I_d)$ frozen, $x \sim \mathcal N(0, I_d)$, and labels $y = \langle \beta, x\rangle/\sqrt d + f_{\mathrm{NL}}(x) + \varepsilon$ with $\|\beta\|^2/d \to F_1^2$, $\mathbb E f_{\mathrm{NL}}^2 \to F_\star^2$, $\operatorname{Var}\varepsilon = \tau^2$. Let $\hat a$ be the minimum-norm interpolator (the limit of gradient flow on the second layer from $a = 0$). If $N/d \to \psi_1$ and $n/d \to \psi_2$, then for every compact $K \subset \{(\psi_1,\psi_2) : \psi_1 \ne \psi_2\}$,
$$\sup_{K}\big|R_{\mathrm{test}}(\hat a) - \bar R(\psi_1,\psi_2)\big| \to 0 \quad\text{in probability},$$
where $\bar R$ is given by (3.4) through the unique positive solution $(\nu_1,\nu_2)$ of the fixed-point equations (3.2). Moreover $c\,\dfrac{F_\star^2 + \tau^2}{|1 - \psi_1/\psi_2|} \le \bar R(\psi_1,\psi_2) \le C\,\dfrac{F_1^2 + F_\star^2 + \tau^2}{|1 - \psi_1/\psi_2|}$ on a neighbourhood of the diagonal, and $\lim_{\psi_1\to\infty}\bar R(\psi_1,\psi_2)$ equals the risk of ridgeless kernel regression with the limiting random-features kernel.`,
        assumptions: { ...randomFeatures },
      },
      {
        label: "Theorem 2",
        statement: md`In the setting of Theorem 1, let $\bar R_\lambda(\psi_1,\psi_2)$ be the limiting test error of random-features ridge regression with penalty $\lambda > 0$, and $\bar R_\star = \inf_{\lambda > 0}\bar R_\lambda$. Then $\bar R_\star$ is finite everywhere and non-increasing in each of $\psi_1$ and $\psi_2$.`,
        assumptions: { ...randomFeatures },
      },
    ],
  },
  {
    number: 4,
    title: "Two Peaks from One Model: Triple Descent and Label Noise in Random Features Regression",
    abstract:
      "When both the number of random features and the number of samples vary, the test error of random-features regression can display two distinct peaks. One sits at the interpolation threshold, where the number of samples equals the number of features; the other, less understood, sits where the number of samples equals the input dimension. We give a precise account of this triple-descent phenomenon for ridgeless random-features regression with a smooth activation and isotropic Gaussian inputs in the proportional regime. The key quantity is the ratio ζ between the linear and the non-linear components of the activation. The non-linear component acts as an implicit ridge on the linear part of the model, whose strength is of order 1/ζ². We show that the peak at the interpolation threshold is a true divergence for any amount of label noise, whereas the peak at n = d is finite, has height of order τ²ζ where τ² is the noise variance, and vanishes as the activation becomes more non-linear. The two peaks therefore have different origins: the first is caused by the feature matrix becoming square, the second by the linear part of the model becoming nearly unregularized. Numerical experiments with tanh and smoothed ReLU activations reproduce both peaks and their predicted heights.",
    keywords: ["triple descent", "random features", "label noise", "implicit regularization", "high-dimensional asymptotics"],
    authorKeys: ["a-chiara-lombardi", "a-julien-lefevre"],
    areaChairKey: AC_KERNELS,
    theorems: [
      {
        label: "Theorem 1",
        statement: md`Let $\sigma$ be a smooth activation with Hermite coefficients $\mu_1 = \mathbb E[G\sigma(G)]$ and $\mu_\star^2 = \mathbb E[\sigma(G)^2] - \mu_0^2 - \mu_1^2 > 0$, and set $\zeta = \mu_1/\mu_\star$. Consider ridgeless random-features regression with $N/d \to \psi_1 > 1$, $n/d \to \psi_2$, isotropic Gaussian inputs and label noise of variance $\tau^2 > 0$, with limiting test error $\bar R(\psi_1, \cdot)$. Then (i) $\bar R(\psi_1,\psi_2) \to \infty$ as $\psi_2 \to \psi_1$; (ii) there is $\zeta_0$ such that for $\zeta \ge \zeta_0$, $\psi_2 \mapsto \bar R(\psi_1,\psi_2)$ has a local maximum at $\psi_2 = 1 + O(\zeta^{-1})$ whose height satisfies $c\,\tau^2\zeta \le \bar R \le C(\tau^2 + F_1^2)\zeta$; (iii) this local maximum is bounded uniformly in $\psi_1$.`,
        assumptions: { ...randomFeatures, architecture: "smooth" },
      },
    ],
  },
  {
    number: 5,
    title: "A Staircase of Peaks: Double Descent of Random Features in Polynomial Scaling Regimes",
    abstract:
      "Most exact analyses of double descent assume that the sample size is proportional to the input dimension. Modern models, however, are trained on data sets far larger than their input dimension, and in this polynomial regime kernel and random-feature methods behave very differently. We study random-features ridge regression on the sphere when the number of samples scales as n ≍ d^κ and the number of features N is much larger than n. We first show that for non-integer κ the test error converges to the squared norm of the part of the target outside the polynomials of degree at most ⌊κ⌋: the model learns exactly the low-degree projection, and nothing else, regardless of the ridge. We then zoom into the critical scaling n = α d^ℓ / ℓ! at an integer ℓ, where a fresh block of degree-ℓ spherical harmonics is being learned. There the error follows a rescaled linear-regression curve in α, with an effective ridge supplied by the higher-degree part of the activation and an effective noise supplied by the unlearned part of the target. This produces a sequence of finite peaks, one at every integer power of the dimension, whose heights we compute. The results explain multiple descent in kernel methods and identify which quantities control the height of each peak.",
    keywords: ["multiple descent", "random features", "polynomial scaling", "spherical harmonics", "kernel ridge regression"],
    authorKeys: ["a-sofia-papadopoulou", "a-ana-petrovic"],
    areaChairKey: AC_KERNELS,
    theorems: [
      {
        label: "Theorem 1",
        statement: md`Let $x \sim \mathrm{Unif}(\mathbb S^{d-1}(\sqrt d))$, $y = f_\star(x) + \varepsilon$ with $\operatorname{Var}\varepsilon = \sigma^2$, and fit random-features ridge regression with $N$ ReLU features, $n$ samples and ridge $\lambda \ge 0$. If $n = d^{\kappa}$ and $N \ge n\,d^{\delta}$ for a non-integer $\kappa > 0$ and some $\delta > 0$, then
$$R_{\mathrm{test}} = \|\mathsf P_{> \lfloor\kappa\rfloor} f_\star\|_{L^2}^2 + o_{d,\mathbb P}(1)\cdot\big(\|f_\star\|_{L^{2+\eta}}^2 + \sigma^2\big),$$
where $\mathsf P_{>\ell}$ projects onto spherical harmonics of degree greater than $\ell$.`,
        assumptions: { ...randomFeatures, width: "overparameterized", widthRequirement: "N ≥ n·d^δ for some δ > 0", sampleRegime: "polynomial" },
      },
      {
        label: "Theorem 2",
        statement: md`In the setting of Theorem 1, let $n = \alpha\, d^{\ell}/\ell!$ for an integer $\ell \ge 1$ and $\alpha > 0$ fixed. Write $F_\ell^2 = \|\mathsf P_\ell f_\star\|^2$, $F_{>\ell}^2 = \|\mathsf P_{>\ell} f_\star\|^2$ and let $\lambda_{\mathrm{eff}} > 0$ be the ratio of the activation's Gegenbauer mass above degree $\ell$ to its degree-$\ell$ coefficient. Then $R_{\mathrm{test}} \to F_{>\ell}^2 + \mathcal R_{\mathrm{lin}}\big(1/\alpha;\ F_\ell^2,\ \sigma^2 + F_{>\ell}^2,\ \lambda_{\mathrm{eff}}\big)$, where $\mathcal R_{\mathrm{lin}}(\gamma; r^2, s^2, \lambda)$ is the limiting risk of isotropic ridge regression with aspect ratio $\gamma$, signal $r^2$, noise $s^2$ and ridge $\lambda$. The limit has a single peak near $\alpha = 1$ of height $\asymp (\sigma^2 + F_{>\ell}^2)/\sqrt{\lambda_{\mathrm{eff}}}$ as $\lambda_{\mathrm{eff}} \to 0$.`,
        assumptions: { ...randomFeatures, width: "overparameterized", widthRequirement: "N ≥ n·d^δ for some δ > 0", sampleRegime: "polynomial" },
      },
    ],
  },
  {
    number: 6,
    title: "Anisotropy and the Vanishing Peak: Optimal Ridge Regularization for General Gaussian Designs",
    abstract:
      "It is known that an optimally tuned ridge penalty removes the double-descent peak of linear regression with isotropic features. Real covariates are far from isotropic, and it has been unclear whether the same holds when the covariance has an arbitrary spectrum, and what the optimal penalty then looks like. We study ridge regression with Gaussian covariates whose covariance has a general limiting spectral distribution, in the proportional regime, for signals drawn from an isotropic prior and for signals aligned with the covariance. For isotropic priors, we show that the optimal penalty is always σ²γ/r², independently of the spectrum, and that the resulting risk is continuous and non-increasing in the sample size: anisotropy can move the ridgeless peak but cannot make optimally regularized regression non-monotone. For aligned signals the picture changes. We give an explicit family of spectra and alignments for which the optimal penalty is strictly negative, so that ridgeless regression is not the best interpolating-or-shrinking estimator and explicit negative regularization improves on it. Both results follow from a fixed-point characterization of the risk through the Stieltjes transform of the spectral distribution. Simulations with power-law spectra illustrate the monotone optimal curve and the regime of negative optimal ridge.",
    keywords: ["ridge regression", "double descent", "anisotropic covariance", "optimal regularization", "Stieltjes transform"],
    authorKeys: ["a-ingrid-solberg", "a-lars-eriksen"],
    areaChairKey: AC_KERNELS,
    theorems: [
      {
        label: "Theorem 1",
        statement: md`Let $x \sim \mathcal N(0, \Sigma)$ where the spectral distribution of $\Sigma$ converges to a compactly supported $H$ on $(0,\infty)$, $\beta$ has $\mathbb E\beta\beta^\top = (r^2/p) I_p$, and $\operatorname{Var}\varepsilon = \sigma^2$. Let $R(\gamma,\lambda)$ be the limiting risk of ridge regression with penalty $\lambda$ as $p/n \to \gamma$. Then for every $H$ and $\gamma$, $\lambda^\star = \sigma^2\gamma/r^2$ minimizes $R(\gamma,\cdot)$ over $\lambda \ge 0$, and $\gamma \mapsto R(\gamma,\lambda^\star)$ is continuous and non-decreasing in $\gamma$ (i.e. non-increasing in $n$ for fixed $p$). In contrast $R(\gamma, 0) \to \infty$ as $\gamma \to 1$.`,
        assumptions: { ...minNormLeastSquares, data: "general_gaussian" },
      },
      {
        label: "Theorem 2",
        statement: md`Let $\Sigma$ have eigenvalues $\lambda_k = k^{-a}$, $a > 1$, truncated at $p$, and let the signal be aligned, $\mathbb E\beta_k^2 \propto \lambda_k^{b}$ with $b > 0$. For $\sigma^2$ small enough there is $\gamma_0 > 1$ such that for all $\gamma > \gamma_0$, the limiting risk $\lambda \mapsto R(\gamma,\lambda)$, extended to $\lambda \in (-\lambda_-(\gamma), \infty)$, is minimized at some $\lambda^\star(\gamma) < 0$, and $R(\gamma, \lambda^\star) < R(\gamma, 0)$.`,
        assumptions: { ...minNormLeastSquares, data: "general_gaussian" },
      },
    ],
  },
];

// ───────────── NTK, kernel regime and scaling laws (7–12, 40) ─────────────
const kernelRegime: DemoSubmission[] = [
  {
    number: 7,
    title: "Quartic Width Suffices: Global Convergence of Gradient Descent on Two-Layer ReLU Networks in the NTK Regime",
    abstract:
      "Over-parameterized two-layer networks trained by gradient descent provably reach zero training loss when their width is a large polynomial in the number of samples. The original width requirement of order n⁶/λ₀⁴, where λ₀ is the smallest eigenvalue of the limiting neural tangent kernel on the training inputs, is far from the widths used in practice, and the gap is usually attributed to loose perturbation arguments. We revisit the analysis for two-layer ReLU networks in the NTK parameterization with a fixed random output layer, unit-norm inputs and squared loss. Instead of bounding the worst-case change of every activation pattern, we control the fraction of neurons whose pattern flips on each input with a martingale argument over the training trajectory, and we use a sharper operator-norm bound for the resulting kernel perturbation. Together these reduce the width requirement to order n⁴ log(n/δ)/λ₀⁴ while keeping the linear convergence rate 1 − ηλ₀/2 with step size of order λ₀/n². We also show that the empirical tangent kernel stays within λ₀/4 of its limit in operator norm for the whole run, and that every hidden weight vector moves by at most order √n/(√m λ₀). Experiments on synthetic data show that the predicted scaling of weight movement with width is tight.",
    keywords: ["neural tangent kernel", "over-parameterization", "global convergence", "gradient descent", "ReLU networks"],
    authorKeys: ["a-amara-okonkwo", "a-arjun-mehta"],
    areaChairKey: AC_KERNELS,
    theorems: [
      {
        label: "Theorem 1",
        statement: md`Let $f(x;W) = \frac{1}{\sqrt m}\sum_{r=1}^m a_r\,\mathrm{ReLU}(w_r^\top x)$ with $a_r \sim \mathrm{Unif}\{\pm1\}$ fixed and $w_r(0) \sim \mathcal N(0, I_d)$ i.i.d. Let $\|x_i\| = 1$, $|y_i| \le 1$, no two inputs parallel, and $\lambda_0 = \lambda_{\min}(H^\infty) > 0$ where $H^\infty_{ij} = \mathbb E_w[x_i^\top x_j\,\mathbb 1\{w^\top x_i \ge 0, w^\top x_j \ge 0\}]$. If
$$m \ge C\,\frac{n^4 \log(n/\delta)}{\lambda_0^4} \quad\text{and}\quad \eta = c\,\frac{\lambda_0}{n^2},$$
then with probability at least $1-\delta$ over the initialization, gradient descent on $L(W) = \tfrac12\sum_i (f(x_i;W) - y_i)^2$ satisfies, for all $t \ge 0$, $\|u(t) - y\|^2 \le (1 - \eta\lambda_0/2)^t\,\|u(0) - y\|^2$ and $\max_r\|w_r(t) - w_r(0)\| \le 4\sqrt n\,\|y - u(0)\|/(\sqrt m\,\lambda_0)$.`,
        assumptions: { ...ntkTwoLayer },
      },
      {
        label: "Theorem 2",
        statement: md`Under the assumptions of Theorem 1, with probability at least $1-\delta$, the empirical tangent kernel $H(t)_{ij} = \langle \nabla_W f(x_i;W(t)), \nabla_W f(x_j; W(t))\rangle$ satisfies $\|H(t) - H^\infty\|_{2} \le \lambda_0/4$ for all $t \ge 0$; in particular $\lambda_{\min}(H(t)) \ge \tfrac34\lambda_0$ throughout training.`,
        assumptions: { ...ntkTwoLayer },
      },
    ],
  },
  {
    number: 8,
    title: "Generalization of Early-Stopped Wide Networks via Kernel Eigenvalue Decay",
    abstract:
      "Wide networks trained by gradient descent behave like kernel regression with the neural tangent kernel, but kernel regression is only statistically efficient when it is regularized. This paper makes the regularization explicit and asks what rates wide networks can attain when the only regularizer is the number of training steps. We consider two-layer ReLU networks in the NTK parameterization trained with squared loss on noisy regression data, and we express the target's regularity through a source condition and the kernel's capacity through the polynomial decay of its eigenvalues. We prove that early-stopped gradient descent on a network whose width is polynomial in the sample size and the stopping time attains the minimax-optimal rate n^{-2rb/(2rb+1)} for targets of source exponent r and eigenvalue decay exponent b, uniformly over the class. The proof couples the network with kernel gradient descent up to the stopping time and uses a spectral-filter analysis of the latter. We complement this with a negative result for the interpolating solution: in fixed input dimension, a network trained to convergence has excess risk bounded below by a constant multiple of the noise variance. Early stopping is therefore not an optional refinement but necessary for consistency in this regime.",
    keywords: ["neural tangent kernel", "early stopping", "generalization", "minimax rates", "spectral filtering"],
    authorKeys: ["a-priya-raghunathan", "a-mei-lin-tan"],
    areaChairKey: AC_KERNELS,
    theorems: [
      {
        label: "Theorem 1",
        statement: md`Let $(x_i, y_i)_{i\le n}$ be i.i.d. with $y = f_\star(x) + \varepsilon$, $\mathbb E[\varepsilon \mid x] = 0$, $\operatorname{Var}\varepsilon \le \sigma^2$, and let the limiting NTK integral operator $L_K$ have eigenvalues $\mu_k \asymp k^{-b}$, $b > 1$. Assume $f_\star = L_K^{\,r} g$ with $\|g\|_{L^2} \le R$, $r \in [\tfrac12, 1]$. Train the two-layer ReLU network of Theorem 3.1 by gradient descent with step $\eta \le c/\lambda_{\max}$ and stop at $T$ with $\eta T \asymp n^{b/(2rb+1)}$. If $m \ge C\,n^{6}(\eta T)^{4}\log(n/\delta)$, then with probability at least $1-\delta$,
$$\|f_{W(T)} - f_\star\|_{L^2}^2 \le C'\,\log^2(6/\delta)\,(R^2 + \sigma^2)\; n^{-\frac{2rb}{2rb+1}}.$$`,
        assumptions: {
          ...ntkTwoLayer,
          widthRequirement: "m ≥ C·n⁶·(ηT)⁴·log(n/δ)",
          sampleRegime: "n_to_infinity",
          timeHorizon: "early_stopping",
          claimType: "generalization_bound",
        },
      },
      {
        label: "Theorem 2",
        statement: md`Let the inputs be uniform on $\mathbb S^{d-1}$ with $d$ fixed and $\sigma^2 > 0$. Under the width condition of Theorem 1 with $T = \infty$, the network trained to interpolation satisfies $\liminf_{n\to\infty}\mathbb E\,\|f_{W(\infty)} - f_\star\|_{L^2}^2 \ge c_d\,\sigma^2$ for a constant $c_d > 0$ depending only on $d$.`,
        assumptions: {
          ...ntkTwoLayer,
          widthRequirement: "m ≥ poly(n, 1/λ₀, 1/δ)",
          data: "isotropic_gaussian",
          sampleRegime: "n_to_infinity",
          claimType: "generalization_bound",
        },
      },
    ],
  },
  {
    number: 9,
    title: "Deep Residual Networks in the NTK Regime: Global Convergence with Width Linear in Depth",
    abstract:
      "Convergence guarantees for deep networks in the neural tangent kernel regime typically require a width that grows as a high power of the depth, which makes them vacuous for the very deep architectures that motivated them. We show that this dependence is an artefact of the architecture analysed rather than of the kernel regime itself. For residual networks whose branches are scaled by one over the square root of the depth, the forward and backward signals are stable at every depth, and the tangent kernel converges to a limit whose smallest eigenvalue on separated data is bounded below independently of the depth. Building on these two facts, we prove that gradient descent on an L-layer residual ReLU network with squared loss converges linearly to zero training loss whenever the width is at least linear in the depth and polynomial in the number of samples and the inverse kernel eigenvalue. The per-step contraction factor does not degrade with depth. The argument controls the change of activation patterns layer by layer through a telescoping bound that exploits the 1/√L scaling. We also report experiments showing that, at fixed width, the relative change of the tangent kernel during training is nearly constant as depth grows from 4 to 256 layers, in line with the theory.",
    keywords: ["neural tangent kernel", "residual networks", "depth", "global convergence", "over-parameterization"],
    authorKeys: ["a-xinyi-guo", "a-yutong-shen"],
    areaChairKey: AC_KERNELS,
    theorems: [
      {
        label: "Theorem 1",
        statement: md`Consider the residual network $h^{(0)} = \frac{1}{\sqrt m}A x$, $h^{(l)} = h^{(l-1)} + \frac{1}{\sqrt{L}}\frac{1}{\sqrt m}W_l\,\mathrm{ReLU}(h^{(l-1)})$ for $l = 1,\dots,L$, $f(x) = v^\top h^{(L)}$, with all weights i.i.d. $\mathcal N(0,1)$ at initialization and $v$ fixed. Let $\|x_i\| = 1$ and assume the limiting residual NTK $K_L$ on the training inputs satisfies $\lambda_{\min}(K_L) \ge \lambda_0 > 0$. There are absolute constants $c, C$ such that if
$$m \ge C\,L\,\frac{n^4}{\lambda_0^4}\log\frac{nL}{\delta}, \qquad \eta = c\,\frac{\lambda_0}{n^2},$$
then with probability at least $1-\delta$, gradient descent on the squared loss satisfies $L(\theta_t) \le (1 - \eta\lambda_0/2)^t L(\theta_0)$ for all $t \ge 0$, with the same rate for every depth $L \ge 1$. Moreover $\lambda_0$ can be chosen independent of $L$ whenever the inputs are pairwise $\phi$-separated.`,
        assumptions: {
          ...ntkTwoLayer,
          depth: "unbounded",
          widthRequirement: "m ≥ C·L·n⁴·log(nL/δ)/λ₀⁴",
        },
      },
    ],
  },
  {
    number: 10,
    title: "Locality Beats Dimension: Learning Rates of Convolutional Networks in the Kernel Regime",
    abstract:
      "Convolutional networks learn from images far more efficiently than fully connected ones, even in the kernel regime where the features are frozen. We quantify this advantage for one-hidden-layer convolutional networks with non-overlapping patches on data uniform on a product of spheres. We first compute the spectrum of the convolutional neural tangent kernel: for functions that depend on a single patch of dimension q, its eigenvalues decay polynomially at a rate governed by q, not by the full input dimension, and global average pooling projects out components that are not translation invariant. We then derive learning rates for early-stopped kernel gradient descent with this kernel. For targets that are sums of local functions of Sobolev smoothness s on each patch, the excess risk decays as n^{-2s/(2s+q-1)}, the minimax rate for a (q − 1)-dimensional problem, whereas any rotation-invariant kernel on the full sphere suffers the curse of the full dimension. Finally, we show that a finite-width convolutional network trained by gradient descent in the NTK parameterization attains the same rate once its number of channels is polynomial in the sample size. The results give a concrete, quantitative sense in which locality and weight sharing reduce sample complexity even without feature learning.",
    keywords: ["convolutional networks", "neural tangent kernel", "learning rates", "locality", "spherical harmonics"],
    authorKeys: ["a-sun-hee-choi", "a-ji-woo-park"],
    areaChairKey: AC_KERNELS,
    theorems: [
      {
        label: "Theorem 1",
        statement: md`Let $x = (x^{(1)},\dots,x^{(P)})$ with patches $x^{(p)}$ i.i.d. uniform on $\mathbb S^{q-1}$, and let $f_\star(x) = \sum_{p=1}^P g(x^{(p)})$ with $g$ in the Sobolev space $H^s(\mathbb S^{q-1})$, $s > (q-1)/2$, $\|g\|_{H^s} \le R$. Let $\hat f_T$ be kernel gradient descent with the infinite-width convolutional NTK (one hidden layer, ReLU, global average pooling), stopped at $T \asymp n^{(q-1)/(2s+q-1)}$. Then, with labels observed under noise of variance $\sigma^2$,
$$\mathbb E\,\|\hat f_T - f_\star\|_{L^2}^2 \le C_{q,s}\,(R^2 + \sigma^2)\,P\, n^{-\frac{2s}{2s+q-1}}.$$`,
        assumptions: {
          architecture: "relu",
          depth: 2,
          width: "infinite",
          parameterization: "ntk",
          trainingRegime: "lazy",
          optimizer: "gradient_flow",
          stepSize: "infinitesimal",
          initScale: "order_one",
          initStructure: "gaussian_iid",
          loss: "squared",
          data: "isotropic_gaussian",
          sampleRegime: "n_to_infinity",
          timeHorizon: "early_stopping",
          claimType: "generalization_bound",
        },
      },
      {
        label: "Theorem 2",
        statement: md`In the setting of Theorem 1, let a one-hidden-layer convolutional network with $m$ channels in the NTK parameterization be trained by gradient descent with step $\eta \le c/\lambda_{\max}$ and stopped at $T$ with $\eta T \asymp n^{(q-1)/(2s+q-1)}$. If $m \ge C\,n^{6}\log(n/\delta)$, then with probability at least $1-\delta$ its excess risk is at most twice the bound of Theorem 1.`,
        assumptions: {
          ...ntkTwoLayer,
          widthRequirement: "m ≥ C·n⁶·log(n/δ) channels",
          data: "isotropic_gaussian",
          sampleRegime: "n_to_infinity",
          timeHorizon: "early_stopping",
          claimType: "generalization_bound",
        },
      },
    ],
  },
  {
    number: 11,
    title: "Stochastic Gradient Descent in the Kernel Regime without Width Blow-Up",
    abstract:
      "Analyses of stochastic gradient descent for over-parameterized networks often require a width that grows with the total number of stochastic steps, because the perturbation bounds used for each step are summed over the whole run. This makes the guarantees weaker than those for full-batch gradient descent, even though SGD is what is used in practice. We show that the dependence is unnecessary. For two-layer ReLU networks in the NTK parameterization trained with single-example SGD on the squared loss, we prove linear convergence of the expected training loss at a rate of order ηλ₀/n per step, with a width requirement of order n⁴ log(n/δ)/λ₀⁴ that is independent of the number of steps. The key is a stopping-time argument: we show that the weights stay in a ball of radius of order n/(λ₀√m) around initialization with high probability for all times, by controlling a supermartingale built from the training loss and the distance travelled. Inside this ball the empirical tangent kernel stays well conditioned and the usual descent argument goes through in expectation. The same proof covers sampling with and without replacement. We illustrate the result with experiments showing that the distance from initialization saturates under SGD, exactly as it does under full-batch gradient descent.",
    keywords: ["stochastic gradient descent", "neural tangent kernel", "over-parameterization", "convergence", "martingales"],
    authorKeys: ["a-minh-nguyen", "a-ravi-subramanian"],
    areaChairKey: AC_KERNELS,
    theorems: [
      {
        label: "Theorem 1",
        statement: md`Let $f$, $H^\infty$ and $\lambda_0$ be as in Theorem 2.1 and run SGD $W_{t+1} = W_t - \eta\,(f(x_{i_t};W_t) - y_{i_t})\,\nabla_W f(x_{i_t};W_t)$ with $i_t$ uniform on $[n]$ (batch size one). If $m \ge C\,n^4\log(n/\delta)/\lambda_0^4$ and $\eta \le c\,\lambda_0/n$, then with probability at least $1-\delta$ over the initialization there is an event $\mathcal E$ of probability at least $1-\delta$ over the sampling on which $\sup_t \max_r \|w_r(t) - w_r(0)\| \le C' n/(\lambda_0\sqrt m)$, and
$$\mathbb E\big[L(W_t)\mathbb 1_{\mathcal E}\big] \le \Big(1 - \frac{\eta\lambda_0}{2n}\Big)^{t} L(W_0) \quad \text{for all } t \ge 0.$$`,
        assumptions: { ...ntkTwoLayer, optimizer: "sgd", batchSize: 1 },
      },
    ],
  },
  {
    number: 12,
    title: "Leaving the Lazy Regime: Output Scale, Width and the Onset of Feature Learning in Two-Layer Networks",
    abstract:
      "Whether a wide network learns features or behaves like a kernel machine depends on how its output is scaled. In the NTK scaling the weights barely move and the network is a kernel method; in the mean-field scaling the weights move by order one and the network can adapt to low-dimensional structure. We study the whole family in between for two-layer networks with output multiplier α and show that the transition is sharp. On the lazy side we prove that the relative change of the first-layer weights is bounded by a constant times one over α, with training loss converging linearly, for any α above a threshold that depends on the width only through a logarithm. On the rich side we prove that in the mean-field scaling, online gradient descent on a single-index target with information exponent k learns the relevant direction with a number of samples of order d^{k-1} up to logarithms, which no kernel method can match. A third result interpolates between the two: for intermediate α the network first follows the kernel dynamics for a time of order log α and then escapes, with the escape time predicted by a simple one-dimensional ODE. Simulations show the predicted collapse of learning curves when time is rescaled by log α.",
    keywords: ["lazy training", "feature learning", "output scaling", "mean-field", "single-index models"],
    authorKeys: ["a-olivia-brennan", "a-emily-nakamura-hayes"],
    areaChairKey: AC_KERNELS,
    theorems: [
      {
        label: "Theorem 1",
        statement: md`Let $f_\alpha(x;\theta) = \alpha\big(h(x;\theta) - h(x;\theta_0)\big)$ where $h(x;\theta) = \frac1m\sum_{j=1}^m a_j\,\mathrm{ReLU}(w_j^\top x)$ is a two-layer network with Gaussian initialization $\theta_0$, trained by gradient flow on $L_\alpha(\theta) = \frac{1}{2\alpha^2 n}\sum_i (f_\alpha(x_i;\theta) - y_i)^2$. Let $\lambda_0 > 0$ be the smallest eigenvalue of the tangent kernel of $h$ at $\theta_0$ on the training inputs (scaled by $m$). If $\alpha \ge C\sqrt{n}\,\|y\|\log m/\lambda_0$, then for all $t \ge 0$, $\|\theta_t - \theta_0\| \le C'\|y\|/(\alpha\sqrt{\lambda_0})$ and $L_\alpha(\theta_t) \le e^{-\lambda_0 t}L_\alpha(\theta_0)$.`,
        assumptions: {
          architecture: "relu",
          depth: 2,
          width: "finite",
          parameterization: "other",
          trainingRegime: "lazy",
          optimizer: "gradient_flow",
          stepSize: "infinitesimal",
          initScale: "alpha_scaled",
          initAlpha: 100,
          initStructure: "gaussian_iid",
          loss: "squared",
          data: "kernel_eigenvalue",
          sampleRegime: "fixed_n",
          timeHorizon: "infinite",
          claimType: "convergence_rate",
        },
      },
      {
        label: "Theorem 2",
        statement: md`Let $x \sim \mathcal N(0, I_d)$ and $y = g(\langle u, x\rangle)$ with $\|u\| = 1$ and $g$ a polynomial of information exponent $k \ge 2$. Train a two-layer network in the mean-field scaling $f(x) = \frac1m\sum_j a_j\sigma(w_j^\top x)$, $\sigma$ smooth, with $m \ge C d^{\,2}$ neurons, by online SGD on fresh samples with step $\eta = c\,d^{-k/2}$ on the first layer. After $n = C' d^{\,k-1}\log^2 d$ samples, with probability $1 - o_d(1)$ a fraction at least $1/2$ of the neurons satisfy $|\langle w_j, u\rangle|/\|w_j\| \ge 1 - \epsilon$, and refitting the second layer yields test error at most $\epsilon$.`,
        assumptions: {
          ...meanFieldTwoLayer,
          width: "overparameterized",
          widthRequirement: "m ≥ C·d²",
          optimizer: "sgd",
          batchSize: 1,
          stepSize: "below_2_over_L",
          sampleRegime: "polynomial",
          timeHorizon: "finite",
          claimType: "generalization_bound",
        },
      },
    ],
  },
  {
    number: 40,
    title: "A Dynamical Mean-Field Theory of Neural Scaling Laws: Time, Model Size and Data as Bottlenecks",
    abstract:
      "Neural scaling laws describe how the test loss of large models decreases as a power of model size, data set size and training compute. We derive such laws from first principles in a solvable model: a linear random-feature model whose covariates have a power-law spectrum and whose target has power-law coefficients in the eigenbasis, trained by gradient flow from zero. In the limit where the number of features, the number of samples and the input dimension diverge together, dynamical mean-field theory reduces the training dynamics to a small set of deterministic integral equations. Solving them in the scaling regime, we show that the test loss is, up to constants, the sum of three power laws in training time, model size and data set size, each with an exponent fixed by the spectral exponent a and the target exponent b. The model-size and data bottlenecks share the exponent b − 1, while the time bottleneck has the slower exponent (b − 1)/a. Minimizing the loss at fixed compute C = N t yields a compute-optimal allocation in which the model size grows as C^{1/(a+1)}, and the optimal loss decays as C^{-(b-1)/(a+1)}. Finite-width corrections and the role of label noise are discussed, and the predictions are checked against simulations of the model and of wide networks in the kernel regime.",
    keywords: ["scaling laws", "dynamical mean-field theory", "random features", "power-law spectra", "compute-optimal training"],
    authorKeys: ["a-zoe-carter", "a-amara-okonkwo", "a-haruto-sato"],
    areaChairKey: AC_KERNELS,
    theorems: [
      {
        label: "Theorem 1",
        statement: md`Let $x \sim \mathcal N(0,\Lambda)$ with $\Lambda = \operatorname{diag}(\lambda_k)$, $\lambda_k = k^{-a}$, $a > 1$, and noiseless targets $y = \langle w_\star, x\rangle$ with $\lambda_k (w_{\star,k})^2 = k^{-b}$, $1 < b < 2a + 1$. The model is $f(x) = \langle v, Fx\rangle/\sqrt N$ with a Gaussian projection $F \in \mathbb R^{N\times \infty}$ frozen and $v$ trained by gradient flow from $v = 0$ on $n$ samples. In the joint limit of the dynamical mean-field equations (4.3), the test loss satisfies, up to factors logarithmic in $t$, $N$ and $n$,
$$\mathcal L(t, N, n) \asymp t^{-\frac{b-1}{a}} + N^{-(b-1)} + n^{-(b-1)}.$$`,
        assumptions: {
          ...minNormLeastSquares,
          depth: 2,
          trainingRegime: "lazy",
          data: "general_gaussian",
          timeHorizon: "finite",
        },
      },
      {
        label: "Theorem 2",
        statement: md`In the setting of Theorem 1 with $n = \infty$ (online data), minimizing $\mathcal L(t, N, \infty)$ subject to the compute constraint $N t = C$ gives $N^\star \asymp C^{1/(a+1)}$, $t^\star \asymp C^{a/(a+1)}$, and $\mathcal L^\star(C) \asymp C^{-\frac{b-1}{a+1}}$ as $C \to \infty$.`,
        assumptions: {
          ...minNormLeastSquares,
          depth: 2,
          trainingRegime: "lazy",
          data: "general_gaussian",
          sampleRegime: "n_to_infinity",
          timeHorizon: "finite",
        },
      },
    ],
  },
];

// ───────────── edge of stability and large step sizes (15–20) ─────────────
const largeSteps: DemoSubmission[] = [
  {
    number: 15,
    title: "Self-Stabilization at the Edge of Stability Beyond Quadratic Models",
    abstract:
      "Full-batch gradient descent on neural networks typically increases the sharpness of the loss until it reaches 2/η and then keeps it there, while the loss continues to fall non-monotonically. A convincing explanation is self-stabilization: once the iterates start to oscillate along the top eigenvector of the Hessian, the third-order term of the loss pushes the sharpness back down. Existing proofs of this mechanism rely on a local quadratic-plus-cubic model and on conditions that are hard to verify outside of toy problems. We give a proof that applies to general three-times differentiable losses, under two conditions along the gradient-flow path constrained to the stable set: progressive sharpening, meaning the sharpness would keep increasing without the constraint, and a non-degeneracy condition on the gradient of the sharpness. Under these conditions gradient descent with step size η tracks the constrained trajectory, with an error controlled by the size of the oscillation, over a time horizon inversely proportional to it; the time-averaged sharpness equals 2/η up to the same error. As a consequence, whenever gradient descent converges, its limit is a stationary point of the loss restricted to the set where sharpness is at most 2/η. We check both conditions numerically for tanh networks on CIFAR-10 subsets and find close agreement with the predicted trajectory.",
    keywords: ["edge of stability", "self-stabilization", "sharpness", "gradient descent", "large learning rates"],
    authorKeys: ["a-arjun-mehta", "a-grace-liu"],
    areaChairKey: AC_OPTIMIZATION,
    theorems: [
      {
        label: "Theorem 1",
        statement: md`Let $L \in C^3(\mathbb R^p)$, $\eta > 0$, and let $S(\theta) = \lambda_{\max}(\nabla^2 L(\theta))$ with a simple top eigenvalue and eigenvector $u(\theta)$ near the constrained gradient-flow trajectory $\theta^\dagger_t$ on $\mathcal M = \{S \le 2/\eta\}$. Assume along $\theta^\dagger$ progressive sharpening, $\alpha_t := -\langle\nabla L, \nabla S\rangle \ge \alpha > 0$, and stability, $\beta_t := \|\nabla S\|^2 \ge \beta > 0$, and let $\epsilon = \sqrt{2\alpha/\beta}$. If gradient descent with step $\eta$ starts within $O(\epsilon)$ of $\theta^\dagger_0$, then for all $t \le \mathscr T = O(\epsilon^{-1})$,
$$\|\theta_t - \theta^\dagger_t - x_t\,u(\theta^\dagger_t)\| = O(\epsilon^2), \quad |x_t| = O(\epsilon), \quad \Big|\frac1{\mathscr T}\sum_{t < \mathscr T} S(\theta_t) - \frac{2}{\eta}\Big| = O(\epsilon).$$`,
        assumptions: { ...edgeOfStability },
      },
      {
        label: "Theorem 2",
        statement: md`Under the assumptions of Theorem 1 holding uniformly in time, if the gradient-descent iterates converge to $\theta_\infty$, then $\theta_\infty$ is a first-order stationary point of $\min\{L(\theta) : S(\theta) \le 2/\eta\}$; in particular $S(\theta_\infty) \le 2/\eta$ even when every minimizer reached by gradient flow from $\theta_0$ has sharpness larger than $2/\eta$.`,
        assumptions: { ...edgeOfStability, timeHorizon: "infinite", claimType: "implicit_bias" },
      },
    ],
  },
  {
    number: 16,
    title: "A Provable Mechanism for Progressive Sharpening and Period-Two Oscillations in Two-Layer Linear Networks",
    abstract:
      "Progressive sharpening, the steady growth of the top Hessian eigenvalue during training, is what brings gradient descent to the edge of stability, but it is rarely proved. We give a complete account in the simplest model where it occurs: two-layer linear networks fitting a target matrix with squared loss from small balanced initialization. For gradient flow we show that the sharpness is non-decreasing along the whole trajectory and converges to twice the largest singular value of the target, the smallest sharpness of any global minimizer. The proof follows the singular modes, which are learned one at a time from largest to smallest and each contribute a monotone increase. For gradient descent with a step size slightly too large to converge to any global minimizer, we then show that all modes except the top one are fitted at a linear rate while the top mode settles on a stable period-two orbit straddling the balanced minimizer, with sharpness equal on average to 2/η. The orbit and its amplitude are computed in closed form from a two-dimensional reduction. The results give a mechanism for progressive sharpening that is based on mode-by-mode learning, and they show that in linear networks the edge of stability is an oscillation confined to the hardest direction.",
    keywords: ["progressive sharpening", "edge of stability", "linear networks", "gradient descent", "period doubling"],
    authorKeys: ["a-hannah-lindqvist", "a-theo-vandenberghe"],
    areaChairKey: AC_OPTIMIZATION,
    theorems: [
      {
        label: "Theorem 1",
        statement: md`Let $L(U,V) = \tfrac12\|Y - UV^\top\|_F^2$ with $Y \in \mathbb R^{d\times d}$ having distinct singular values $s_1 > s_2 > \dots > s_r > 0$, and initialize $U_0 = V_0 = \varepsilon\,Q$ with $Q$ having orthonormal columns in general position. For $\varepsilon$ small enough, gradient flow satisfies: $t \mapsto S(t) = \lambda_{\max}(\nabla^2 L(U_t,V_t))$ is non-decreasing, and $S(t) \to 2 s_1 = \min\{S(U,V) : UV^\top = Y\}$ as $t \to \infty$.`,
        assumptions: {
          ...linearTwoLayer,
          initScale: "small",
          initStructure: "balanced",
          claimType: "convergence_rate",
        },
      },
      {
        label: "Theorem 2",
        statement: md`In the setting of Theorem 1, run gradient descent with step $\eta \in \big(\tfrac{1}{s_1}, \tfrac{1+c_0}{s_1}\big)$ for a small absolute constant $c_0$, and assume $s_2 < 1/\eta$. Then no global minimizer is linearly stable, and for $\varepsilon$ small: (i) the components of $U_tV_t^\top - Y$ outside the top singular pair converge to zero at rate $(1 - \eta(s_1 - s_2)/2)^t$; (ii) the top-mode iterates converge to a period-two orbit $\{(a_+, a_-), (a_-, a_+)\}$ with $a_+ a_- \ne s_1$ given by (5.2); (iii) $\frac12\big(S(\theta_{2t}) + S(\theta_{2t+1})\big) \to 2/\eta$.`,
        assumptions: {
          ...linearTwoLayer,
          optimizer: "gd",
          stepSize: "edge_of_stability",
          initScale: "small",
          initStructure: "balanced",
          claimType: "convergence_rate",
        },
      },
    ],
  },
  {
    number: 17,
    title: "Beyond the Stability Threshold: Large Step Sizes Select Flatter Minima in Scalar Networks",
    abstract:
      "Gradient descent with a step size above 2/S, where S is the sharpness of the minimizer that gradient flow would reach, cannot converge to that minimizer. Yet it often converges nonetheless, to a different and flatter one. We make this precise for deep scalar networks, the product of L scalar weights fitted to a positive target with squared loss, a model whose set of minimizers is a smooth manifold with a closed-form sharpness. We prove two results. First, in the stable regime, gradient descent monotonically decreases the sharpness of the gradient-flow solution associated with its current iterate, so each step moves the implicit target toward flatter minimizers. Second, in the unstable regime where the step size exceeds 2 over the sharpness of the gradient-flow solution but stays below 2 over the sharpness of the flattest minimizer, gradient descent from almost every initialization in an explicit region still converges, and its limit has sharpness at most 2/η. Both results rest on exact one-step identities for the pairwise imbalances between layers, which contract by an explicit factor at every step. Numerical experiments on scalar networks and on deep linear networks with whitened data show that the limit sharpness tracks 2/η across a wide range of step sizes.",
    keywords: ["large step sizes", "sharpness", "edge of stability", "implicit regularization", "scalar networks"],
    authorKeys: ["a-noa-ben-david", "a-jonas-albrecht"],
    areaChairKey: AC_OPTIMIZATION,
    theorems: [
      {
        label: "Theorem 1",
        statement: md`Let $\ell(w) = \tfrac12(w_1 w_2\cdots w_L - y)^2$ with $y > 0$, $L \ge 2$, and let $\phi(w)$ denote the limit of gradient flow started at $w$. If gradient descent with step $\eta$ satisfies $\eta < 2/S(\phi(w_t))$ and $\ell(w_t) \le c_L y^2$, then $S(\phi(w_{t+1})) \le S(\phi(w_t))$, with equality only if $w_t$ is balanced ($|w_{t,i}| = |w_{t,j}|$ for all $i,j$). Consequently, if $\eta < 2/S(\phi(w_0))$, gradient descent converges to a minimizer $w_\infty$ with $S(w_\infty) \le S(\phi(w_0))$.`,
        assumptions: {
          ...linearTwoLayer,
          depth: "unbounded",
          optimizer: "gd",
          stepSize: "below_2_over_L",
        },
      },
      {
        label: "Theorem 2",
        statement: md`In the setting of Theorem 1, let $S_{\min} = L\,y^{2 - 2/L}$ be the sharpness of the balanced minimizers. For every $\eta \in \big(2/S(\phi(w_0)),\ 2/S_{\min}\big)$ and Lebesgue-almost every $w_0$ in the region $\mathcal R_\eta$ of (4.1), gradient descent converges to a global minimizer $w_\infty$ with $S(w_\infty) \le 2/\eta$.`,
        assumptions: {
          ...linearTwoLayer,
          depth: "unbounded",
          optimizer: "gd",
          stepSize: "edge_of_stability",
        },
      },
    ],
  },
  {
    number: 18,
    title: "Adaptive Edge of Stability: Preconditioned Sharpness Equilibria for Full-Batch Adam",
    abstract:
      "Networks trained with gradient descent equilibrate at the edge of stability, with sharpness hovering at 2/η. Adaptive methods such as Adam do not obey this rule: their raw sharpness often exceeds 2/η by orders of magnitude. We argue that the relevant quantity for Adam is the preconditioned sharpness, the top eigenvalue of the Hessian multiplied by the inverse of Adam's diagonal preconditioner, and that the relevant threshold is the stability limit of Adam's momentum iteration, (2 + 2β₁)/((1 − β₁)η), which equals 38/η for the default β₁ = 0.9. We prove that this threshold is exact for quadratic objectives with a frozen preconditioner, and we extend the self-stabilization analysis of gradient descent to Adam with a slowly varying preconditioner. Under progressive sharpening of the preconditioned Hessian and a non-degeneracy condition, full-batch Adam tracks a trajectory constrained to the set where the preconditioned sharpness is below the threshold. Experiments on transformers and convolutional networks confirm that the preconditioned sharpness equilibrates at 38/η while the raw sharpness keeps growing, and they suggest that the benefit of learning-rate warm-up is to delay the moment at which this equilibrium is reached.",
    keywords: ["Adam", "adaptive optimizers", "edge of stability", "preconditioning", "sharpness"],
    authorKeys: ["a-pedro-alves", "a-grace-liu"],
    areaChairKey: AC_OPTIMIZATION,
    theorems: [
      {
        label: "Theorem 1",
        statement: md`Let $L(\theta) = \tfrac12(\theta - \theta^\star)^\top H(\theta - \theta^\star)$ with $H \succeq 0$, and consider the Adam iteration with a frozen diagonal preconditioner $P \succ 0$: $m_{t} = \beta_1 m_{t-1} + (1-\beta_1)\nabla L(\theta_{t})$, $\theta_{t+1} = \theta_t - \eta P^{-1}m_t$, with $\beta_1 \in [0,1)$. The iteration converges for every initialization if and only if
$$\lambda_{\max}(P^{-1}H) < \frac{2 + 2\beta_1}{(1-\beta_1)\,\eta},$$
and in that case at a linear rate given by the spectral radius of the companion matrix (3.1).`,
        assumptions: {
          ...edgeOfStability,
          architecture: "linear",
          depth: 1,
          optimizer: "adam",
          initStructure: "general",
          timeHorizon: "infinite",
        },
      },
      {
        label: "Theorem 2",
        statement: md`Let $L \in C^3$ and let full-batch Adam use $\beta_1 \in [0,1)$ and a preconditioner $P_t$ whose relative change per step is at most $(1-\beta_2)\,C$. Let $\tilde S(\theta) = \lambda_{\max}(P^{-1}\nabla^2 L(\theta))$ and $\tau = (2+2\beta_1)/((1-\beta_1)\eta)$. Under preconditioned progressive sharpening and stability conditions with parameters $\alpha, \beta > 0$ along the constrained trajectory on $\{\tilde S \le \tau\}$, and $1 - \beta_2 \le \epsilon^2$ with $\epsilon = \sqrt{2\alpha/\beta}$, the Adam iterates stay within $O(\epsilon)$ of that trajectory for $O(\epsilon^{-1})$ steps, and the time average of $\tilde S(\theta_t)$ equals $\tau + O(\epsilon)$.`,
        assumptions: { ...edgeOfStability, optimizer: "adam" },
      },
    ],
  },
  {
    number: 19,
    title: "Catapults on Separable Data: Large-Step Gradient Descent for Logistic Regression Converges and Maximizes the Margin",
    abstract:
      "Classical analyses of gradient descent for logistic regression on linearly separable data take a step size below the inverse smoothness, which forces the loss to decrease monotonically. In practice much larger steps are used, and the loss first oscillates or even increases before it decreases. We show that none of this harms convergence or implicit bias. For any constant step size, gradient descent on the logistic loss of linearly separable data with margin γ converges: the loss tends to zero and the iterates converge in direction to the maximum-margin separator, exactly as for small steps. Moreover, after an initial phase whose length is at most of order max(η, n log n/η)/γ², the loss decreases at a rate of order 1/(ηγ²t), so that taking a large step size and accepting the early oscillations leads to faster optimization overall. The proof relies on a potential that combines the logistic loss with the norm of the iterates and remains bounded during the oscillatory phase, together with a self-bounding property of the logistic loss that makes the Hessian small once the data are fitted. We illustrate the two phases on synthetic and real separable data, and we discuss why the argument fails for the squared loss.",
    keywords: ["logistic regression", "large step sizes", "implicit bias", "max-margin", "edge of stability"],
    authorKeys: ["a-leila-farahani", "a-ravi-subramanian"],
    areaChairKey: AC_OPTIMIZATION,
    theorems: [
      {
        label: "Theorem 1",
        statement: md`Let $(x_i, y_i)_{i\le n}$ satisfy $\|x_i\| \le 1$ and be linearly separable with maximum margin $\gamma > 0$ attained by $\hat w$, $\|\hat w\| = 1$. Run gradient descent on $L(w) = \frac1n\sum_i \log(1 + e^{-y_i\langle w, x_i\rangle})$ from $w_0 = 0$ with any constant step size $\eta > 0$. Then $L(w_t) \to 0$ and $w_t/\|w_t\| \to \hat w$ as $t \to \infty$.`,
        assumptions: {
          ...edgeOfStability,
          architecture: "linear",
          depth: 1,
          trainingRegime: "unspecified",
          initScale: "small",
          initStructure: "zero",
          loss: "logistic",
          data: "separable_margin",
          timeHorizon: "infinite",
          claimType: "implicit_bias",
        },
      },
      {
        label: "Theorem 2",
        statement: md`In the setting of Theorem 1, let $\tau = C\max\{\eta,\ n\log n/\eta\}/\gamma^2$. Then $L(w_t) \le C'\big(1 + \log^2(\eta\gamma^2 t)\big)/(\eta\gamma^2 t)$ for all $t \ge \tau$, while $\max_{t \le \tau} L(w_t) \le C''\,\eta$.`,
        assumptions: {
          ...edgeOfStability,
          architecture: "linear",
          depth: 1,
          initScale: "small",
          initStructure: "zero",
          loss: "logistic",
          data: "separable_margin",
          timeHorizon: "infinite",
        },
      },
    ],
  },
  {
    number: 20,
    title: "Momentum at the Edge: Heavy-Ball Dynamics Above the Quadratic Stability Threshold",
    abstract:
      "Heavy-ball momentum changes the stability threshold of gradient descent: on a quadratic, it converges if and only if the step size times the top curvature is below 2(1 + β), where β is the momentum parameter. Networks trained with heavy-ball momentum are indeed observed to equilibrate with sharpness near 2(1 + β)/η rather than 2/η, but no theory explains how they get there or why they stay. We first give a sharp convergence rate for heavy ball on quadratics throughout the stable range, including the regime where the optimal parameters of Polyak do not apply because the spectrum is only known through its largest eigenvalue. We then extend the self-stabilization mechanism of gradient descent to heavy ball. Writing the iteration as a first-order method on the pair of current and previous iterates, we show that oscillations along the top eigenvector of the Hessian drive the sharpness back to 2(1 + β)/η through the third derivative of the loss, and that the time-averaged sharpness stays within a small error of this value over a long horizon. Experiments with fully connected and convolutional networks trained with full-batch heavy ball confirm the predicted threshold for β between 0 and 0.95.",
    keywords: ["momentum", "heavy-ball method", "edge of stability", "sharpness", "non-convex optimization"],
    authorKeys: ["a-mohammed-al-rashid", "a-rafael-couto"],
    areaChairKey: AC_OPTIMIZATION,
    theorems: [
      {
        label: "Theorem 1",
        statement: md`Let $L(\theta) = \tfrac12\theta^\top H\theta$ with $0 \preceq H$, $\lambda_{\max}(H) = \lambda$, and run heavy ball $\theta_{t+1} = \theta_t - \eta\nabla L(\theta_t) + \beta(\theta_t - \theta_{t-1})$ with $\beta \in [0,1)$. It converges from every initialization if and only if $\eta\lambda < 2(1+\beta)$; in that case $\|\theta_t - \Pi_{\ker H}\theta_0\| \le C_{\eta,\beta}\,\rho^t$ with $\rho = \max_{\mu \in \operatorname{spec}(H)\setminus\{0\}} \rho(\eta\mu, \beta)$, where $\rho(z, \beta)$ is the largest modulus of a root of $x^2 - (1+\beta - z)x + \beta$.`,
        assumptions: {
          ...edgeOfStability,
          architecture: "linear",
          depth: 1,
          optimizer: "momentum",
          stepSize: "below_2_over_L",
          initStructure: "general",
          timeHorizon: "infinite",
        },
      },
      {
        label: "Theorem 2",
        statement: md`Let $L \in C^3$ and run heavy ball with $\beta \in [0, 1)$ and step $\eta$. Let $S$ be the sharpness, $\tau = 2(1+\beta)/\eta$, and assume progressive sharpening and stability with parameters $\alpha, \beta_S > 0$ along the constrained trajectory on $\{S \le \tau\}$; set $\epsilon = \sqrt{2\alpha/\beta_S}$. Then for $t \le O(\epsilon^{-1}(1-\beta))$ the iterates stay within $O(\epsilon/(1-\beta))$ of the constrained trajectory and $\big|\frac1T\sum_{t<T}S(\theta_t) - \tau\big| = O(\epsilon)$.`,
        assumptions: { ...edgeOfStability, optimizer: "momentum" },
      },
    ],
  },
];

// ───────────── implicit bias and linear networks (13, 21–29) ─────────────
const implicitBias: DemoSubmission[] = [
  {
    number: 13,
    title: "From ℓ₂ to ℓ₁ at Finite Scale: An Exact Account of Diagonal Linear Networks Between the Kernel and Rich Regimes",
    abstract:
      "Diagonal linear networks are the simplest models in which the initialization scale decides between kernel-like and feature-learning behaviour: gradient flow from large initialization returns the minimum-ℓ₂-norm interpolator, and from vanishing initialization the minimum-ℓ₁-norm one. Most applications need the behaviour at a finite scale α, where neither limit is accurate. We give an exact description at every scale. For squared loss and the parameterization β = u ⊙ u − v ⊙ v with u(0) = v(0) = α𝟙, the interpolator reached by gradient flow minimizes an explicit separable potential Q_α that we analyse in detail: we give two-sided bounds relating Q_α to the ℓ₁ and ℓ₂ norms with constants depending only on α and the size of the coordinates. For Gaussian designs in the proportional regime, we then compute the exact asymptotic estimation error of the limit interpolator as a function of α, the sampling ratio and the sparsity of the target, using the convex Gaussian min-max theorem for the separable potential. The resulting curves show a sharp transition in α between a regime where sparse recovery succeeds and one where the error matches the minimum-ℓ₂ interpolator, and we locate the transition. Finally we show that the large-α limit recovers the kernel solution, the minimum-ℓ₂-norm interpolator, with an explicit rate of order 1/α⁴.",
    keywords: ["diagonal linear networks", "implicit bias", "initialization scale", "sparse recovery", "kernel regime"],
    authorKeys: ["a-benjamin-ashworth", "a-daniel-whitfield"],
    areaChairKey: AC_OPTIMIZATION,
    theorems: [
      {
        label: "Theorem 1",
        statement: md`Let $X \in \mathbb R^{n\times d}$, $y \in \mathbb R^n$, and run gradient flow on $L(u,v) = \frac1{2n}\|X(u\odot u - v\odot v) - y\|^2$ from $u(0) = v(0) = \alpha\mathbb 1$, $\alpha > 0$. If $\beta(t) = u\odot u - v \odot v$ converges to an interpolator $\beta_\alpha^\infty$, then
$$\beta_\alpha^\infty = \operatorname*{arg\,min}_{X\beta = y} Q_\alpha(\beta), \qquad Q_\alpha(\beta) = \alpha^2\sum_{i=1}^d q\Big(\frac{\beta_i}{\alpha^2}\Big), \quad q(z) = 2 - \sqrt{4 + z^2} + z\,\operatorname{arcsinh}(z/2).$$`,
        assumptions: {
          ...linearTwoLayer,
          initScale: "alpha_scaled",
          initAlpha: 0.1,
          initStructure: "balanced",
          data: "kernel_eigenvalue",
        },
      },
      {
        label: "Theorem 2",
        statement: md`Let $X$ have i.i.d. $\mathcal N(0,1)$ entries with $n/d \to \delta \in (0,1)$, and let $y = X\beta_\star$ where the empirical distribution of $\beta_\star$ converges to $(1-\rho)\,\delta_0 + \rho\,\mathcal N(0,1)$. For every fixed $\alpha > 0$, $\frac1d\|\beta_\alpha^\infty - \beta_\star\|^2 \to \mathcal E(\alpha;\delta,\rho)$ almost surely, where $\mathcal E$ is given by the unique solution of the scalar min-max problem (4.2). Moreover $\mathcal E(\alpha;\delta,\rho) \to 0$ as $\alpha \to 0$ if and only if $\delta$ exceeds the $\ell_1$ phase-transition curve $\delta_{\ell_1}(\rho)$.`,
        assumptions: {
          ...linearTwoLayer,
          initScale: "alpha_scaled",
          initAlpha: 0.1,
          initStructure: "balanced",
          data: "isotropic_gaussian",
          sampleRegime: "proportional",
          claimType: "exact_asymptotic_risk",
        },
      },
      {
        label: "Theorem 3",
        statement: md`In the setting of Theorem 1 with $X$ of full row rank, $\big\|\beta_\alpha^\infty - X^{+}y\big\|_2 \le C\,\kappa(X)\,\|X^+y\|_\infty^{2}\,\|X^+y\|_2 / \alpha^{4}$ for $\alpha^2 \ge \|X^+y\|_\infty$, where $\kappa(X) = \|X\|_2\|X^+\|_2$; in particular $\beta^\infty_\alpha \to X^+ y$, the minimum-$\ell_2$-norm interpolator, as $\alpha \to \infty$.`,
        assumptions: {
          ...linearTwoLayer,
          trainingRegime: "lazy",
          initScale: "large",
          initStructure: "balanced",
          data: "kernel_eigenvalue",
        },
      },
    ],
  },
  {
    number: 21,
    title: "Directional Convergence and Margin Rates for Deep Homogeneous Networks Trained with the Exponential Loss",
    abstract:
      "Gradient flow on a positively homogeneous network trained with an exponentially tailed loss is known to increase a smoothed normalized margin once the data are fitted, and the normalized parameters converge in direction to a KKT point of a margin-maximization problem. These results describe where training goes but not how fast. We study deep homogeneous networks, including ReLU networks without biases of any depth, trained by gradient flow with the exponential loss from the time they first separate the training data. We prove that the parameter norm grows exactly like (log t)^{1/L}, where L is the order of homogeneity, and we give the first quantitative rate at which the normalized margin approaches its limiting value, under a Kurdyka–Łojasiewicz inequality for the margin function that holds for definable networks. The rate is logarithmic in t, with an exponent determined by the Łojasiewicz exponent, and we show it cannot be improved in general by constructing a two-layer example where it is attained. As a by-product we obtain a simpler proof of directional convergence that avoids the arc-length argument of earlier work. The results suggest that the late phase of training is slow in a precise sense and quantify how much longer training is needed to approach the max-margin direction.",
    keywords: ["implicit bias", "homogeneous networks", "max-margin", "exponential loss", "directional convergence"],
    authorKeys: ["a-felix-hartmann", "a-sofia-papadopoulou"],
    areaChairKey: AC_OPTIMIZATION,
    theorems: [
      {
        label: "Theorem 1",
        statement: md`Let $f(x;\theta)$ be locally Lipschitz, definable in an o-minimal structure and positively $L$-homogeneous in $\theta$, and let $\ell(q) = e^{-q}$. Run gradient flow on $\mathcal L(\theta) = \sum_{i=1}^n \ell(y_i f(x_i;\theta))$ and assume $\mathcal L(\theta(t_0)) < 1$ for some $t_0$. Then $\theta(t)/\|\theta(t)\|$ converges to a direction $\bar\theta$ that is, up to scaling, a KKT point of $\min \tfrac12\|\theta\|^2$ subject to $y_i f(x_i;\theta) \ge 1$ for all $i$.`,
        assumptions: {
          architecture: "homogeneous",
          depth: "unbounded",
          width: "finite",
          parameterization: "standard",
          trainingRegime: "rich",
          optimizer: "gradient_flow",
          stepSize: "infinitesimal",
          initScale: "order_one",
          initStructure: "general",
          loss: "exponential",
          data: "separable_margin",
          sampleRegime: "fixed_n",
          timeHorizon: "infinite",
          claimType: "implicit_bias",
        },
      },
      {
        label: "Theorem 2",
        statement: md`Under the assumptions of Theorem 1, $\|\theta(t)\| = \Theta\big((\log t)^{1/L}\big)$ as $t \to \infty$. If, in addition, the normalized margin $\bar\gamma(\theta) = \min_i y_i f(x_i;\theta)/\|\theta\|^L$ satisfies a Łojasiewicz inequality with exponent $\vartheta \in (0,1)$ near $\bar\theta$, then $\bar\gamma_\infty - \bar\gamma(\theta(t)) \le C\,(\log t)^{-\frac{1}{L}\cdot\frac{\vartheta}{1-\vartheta}}$, and this exponent is attained for a two-layer ReLU network on four points.`,
        assumptions: {
          architecture: "homogeneous",
          depth: "unbounded",
          width: "finite",
          parameterization: "standard",
          trainingRegime: "rich",
          optimizer: "gradient_flow",
          stepSize: "infinitesimal",
          initScale: "order_one",
          initStructure: "general",
          loss: "exponential",
          data: "separable_margin",
          sampleRegime: "fixed_n",
          timeHorizon: "infinite",
          claimType: "convergence_rate",
        },
      },
    ],
  },
  {
    number: 22,
    title: "Greedy Rank Learning in Deep Matrix Factorization from Small Initialization",
    abstract:
      "Deep matrix factorization trained by gradient flow from small initialization tends to find low-rank solutions, but whether this bias can be described by a norm, and how depth changes it, has been debated. We show that for matrix sensing under a restricted isometry property the bias is best described by an algorithm rather than a norm. As the initialization scale α tends to zero, the gradient-flow trajectory of a depth-N factorization follows a sequence of saddle points of increasing rank: it stays near zero, escapes along the top singular direction of the measurement-adjusted target, converges near the best rank-one critical point, escapes again, and so on. Whenever this greedy procedure ends at a global minimizer of rank r, the limit of gradient flow as α tends to zero is that minimizer. We also compute the time spent near each saddle: it is of order log(1/α) for depth two but of order α^{-(N-2)} for depth N at least three, which explains why deeper factorizations separate the ranks more sharply. The analysis relies on a careful linearization around each saddle and on a uniform control of the escape direction. Experiments on matrix completion, where the restricted isometry property fails, show the same stage-wise behaviour.",
    keywords: ["implicit regularization", "matrix factorization", "low rank", "saddle-to-saddle dynamics", "deep linear networks"],
    authorKeys: ["a-xinyi-guo", "a-kenji-watanabe"],
    areaChairKey: AC_OPTIMIZATION,
    theorems: [
      {
        label: "Theorem 1",
        statement: md`Let $\mathcal A : \mathbb R^{d\times d} \to \mathbb R^m$ satisfy the $(2r+2, \delta)$-RIP with $\delta \le c/\sqrt r$, let $y = \mathcal A(M_\star)$ with $M_\star \succeq 0$ of rank $r$, and let $W = W_N\cdots W_1$ with $N \ge 2$, each $W_j(0) = \alpha\,Z_j$ with $Z_j$ i.i.d. Gaussian. Run gradient flow on $\tfrac12\|\mathcal A(W) - y\|^2$. If the greedy rank-increment procedure (Algorithm 1) started at $0$ terminates at a global minimizer $\bar W_r$ after $r$ increments, then almost surely over $(Z_j)$, $\lim_{\alpha\to 0} W_\infty(\alpha) = \bar W_r = M_\star$.`,
        assumptions: {
          ...linearTwoLayer,
          depth: "unbounded",
          initScale: "small",
          initStructure: "gaussian_iid",
        },
      },
      {
        label: "Theorem 2",
        statement: md`In the setting of Theorem 1, let $T_k(\alpha)$ be the time at which $W(t)$ leaves the neighbourhood of the rank-$(k-1)$ critical point. Then $T_1(\alpha) = \frac{1+o(1)}{2\sigma_1}\log\frac1\alpha$ for $N = 2$, and $T_1(\alpha) = \Theta\big(\alpha^{-(N-2)}/\sigma_1\big)$ for $N \ge 3$, where $\sigma_1$ is the top singular value of $\mathcal A^*(y)$; the gaps $T_{k+1} - T_k$ obey the same scaling with $\sigma_1$ replaced by the $(k+1)$-st residual singular value.`,
        assumptions: {
          ...linearTwoLayer,
          depth: "unbounded",
          initScale: "small",
          initStructure: "gaussian_iid",
          timeHorizon: "finite",
          claimType: "convergence_rate",
        },
      },
    ],
  },
  {
    number: 23,
    title: "Balancedness Is Not Required: The Exact Implicit Bias of Two-Layer Linear Regression Networks from General Initialization",
    abstract:
      "Implicit-bias results for linear networks usually assume either a vanishing or a balanced initialization, under which gradient flow on an under-determined regression problem returns the minimum-norm interpolator. Neither assumption holds for the initializations used in practice. We show that for two-layer linear networks with scalar output the implicit bias can be computed exactly for every initialization. The first-layer weights only move within the row space of the data, so the component of the end-to-end predictor in the null space of the data is frozen up to a rescaling by the second layer. This gives a closed-form expression for the limit predictor as the minimum-norm interpolator plus a correction determined by the initial first-layer weights and the final second-layer weights. Using the conserved imbalance between the two layers, we then bound the correction in terms of the initialization alone, whenever the first layer dominates the second at initialization. The bound shows that the deviation from the minimum-norm solution vanishes as the null-space part of the initialization shrinks, whatever its imbalance, and it is tight up to a constant on explicit examples. We discuss consequences for generalization under Gaussian designs and the extension to vector outputs.",
    keywords: ["implicit bias", "linear networks", "general initialization", "imbalance", "minimum-norm interpolation"],
    authorKeys: ["a-marta-nowicka", "a-tomasz-kowalczyk"],
    areaChairKey: AC_OPTIMIZATION,
    theorems: [
      {
        label: "Theorem 1",
        statement: md`Let $X \in \mathbb R^{n\times d}$ have full row rank $n < d$, and let $\Pi_\perp$ be the orthogonal projection onto $\ker X$. Train $f(x) = x^\top U v$, $U \in \mathbb R^{d\times h}$, $v \in \mathbb R^h$, by gradient flow on $\tfrac12\|y - XUv\|^2$ from an arbitrary $(U_0, v_0)$, and suppose the loss tends to zero with $v(t) \to v_\infty$. Then the end-to-end predictor converges to
$$\beta_\infty = X^{+}y + \Pi_\perp U_0\, v_\infty .$$`,
        assumptions: {
          ...linearTwoLayer,
          trainingRegime: "unspecified",
          data: "kernel_eigenvalue",
        },
      },
      {
        label: "Theorem 2",
        statement: md`In the setting of Theorem 1, assume the initial imbalance $D_0 = U_0^\top U_0 - v_0 v_0^\top$ is positive semi-definite and let $a = \|\Pi_\perp U_0\|_2$. Then
$$\|\beta_\infty - X^{+}y\|_2 \le \frac{a}{2}\Big(a + \sqrt{a^2 + 4\|X^+y\|_2}\Big),$$
and for every $a > 0$ there are data and initializations with $D_0 \succeq 0$ for which the left-hand side is at least $a^2/2$.`,
        assumptions: {
          ...linearTwoLayer,
          trainingRegime: "unspecified",
          data: "kernel_eigenvalue",
        },
      },
    ],
  },
  {
    number: 24,
    title: "How Stochasticity Shrinks the Initialization: Implicit Bias of SGD on Diagonal Linear Networks",
    abstract:
      "On diagonal linear networks, the implicit bias of gradient flow is governed entirely by the initialization scale: smaller initializations lead to sparser interpolators. We show that the discrete and stochastic nature of SGD acts precisely as a reduction of this scale. For SGD with single-example batches and a constant step size on the squared loss, we prove that the limit of the iterates, whenever it interpolates, minimizes the same hyperbolic-entropy potential as gradient flow but with an effective initialization that is smaller than the true one, coordinate by coordinate. The shrinkage factor is an explicit product over the trajectory that depends on the squared stochastic gradients, so that larger step sizes and noisier gradients produce smaller effective scales and therefore sparser solutions. This gives an exact, non-asymptotic account of why SGD with large steps generalizes better than gradient descent on sparse regression problems. As a corollary, for Gaussian designs with a number of samples of order k log(d/k), SGD started from small enough initialization recovers a k-sparse target with ℓ₁ error controlled by the logarithm of the effective scale. Experiments confirm the predicted shrinkage and show that it remains visible at moderate batch sizes.",
    keywords: ["stochastic gradient descent", "diagonal linear networks", "implicit bias", "sparsity", "initialization scale"],
    authorKeys: ["a-benjamin-ashworth", "a-ana-petrovic"],
    areaChairKey: AC_MEAN_FIELD,
    theorems: [
      {
        label: "Theorem 1",
        statement: md`Let $\beta = u\odot u - v\odot v$ with $u_0 = v_0 = \alpha\mathbb 1$, and run SGD $w_{k+1} = w_k - \eta\,\nabla_w \tfrac12(\langle x_{i_k}, \beta_k\rangle - y_{i_k})^2$ with $i_k$ uniform on $[n]$ (batch size one), $w = (u, v)$, and $\eta \le c/(\max_i\|x_i\|_2^2\,\|\beta^\star_{\ell_1}\|_1)$. If $\beta_k$ converges to an interpolator $\beta_\infty$, then
$$\beta_\infty = \operatorname*{arg\,min}_{X\beta = y} Q_{\alpha_\infty}(\beta), \qquad \alpha_\infty = \alpha\,\exp\Big(-\sum_{k\ge0} q(\eta\,g_k)\Big), \quad q(x) = -\tfrac12\ln\big((1-x^2)^2\big) \ge 0,$$
with $g_k = \nabla_\beta \tfrac12(\langle x_{i_k},\beta_k\rangle - y_{i_k})^2$, all operations coordinate-wise, and $Q_\alpha$ the potential of gradient flow with initialization scale $\alpha$.`,
        assumptions: {
          ...linearTwoLayer,
          optimizer: "sgd",
          batchSize: 1,
          stepSize: "below_2_over_L",
          initScale: "alpha_scaled",
          initAlpha: 0.01,
          initStructure: "balanced",
          data: "kernel_eigenvalue",
        },
      },
      {
        label: "Theorem 2",
        statement: md`Let $X$ have i.i.d. $\mathcal N(0,1)$ entries with $n \ge C k\log(d/k)$ and $y = X\beta_\star$ with $\beta_\star$ $k$-sparse. In the setting of Theorem 1, with probability at least $1 - e^{-cn}$, $\|\beta_\infty - \beta_\star\|_1 \le C'\,\|\beta_\star\|_1\,\dfrac{\ln(2d)}{\ln\big(1/\|\alpha_\infty\|_\infty\big)}$.`,
        assumptions: {
          ...linearTwoLayer,
          optimizer: "sgd",
          batchSize: 1,
          stepSize: "below_2_over_L",
          initScale: "alpha_scaled",
          initAlpha: 0.01,
          initStructure: "balanced",
          data: "isotropic_gaussian",
          claimType: "generalization_bound",
        },
      },
    ],
  },
];

const linearNetworks: DemoSubmission[] = [
  {
    number: 25,
    title: "Max-Margin Is Not Enough: Implicit Bias of Two-Layer Leaky-ReLU Networks on Nearly Orthogonal Data",
    abstract:
      "For homogeneous networks trained with the logistic loss, gradient flow converges in direction to a KKT point of a margin-maximization problem. Because the problem is non-convex, this says little about which KKT point is reached and whether it resembles a max-margin network at all. We characterize the limit completely for two-layer leaky-ReLU networks trained from small initialization on high-dimensional data whose inputs are nearly orthogonal, a setting that covers Gaussian and many sub-Gaussian inputs when the dimension exceeds the square of the sample size up to logarithmic factors. We show that the first-layer weight matrix converges to a matrix of stable rank at most two, and that the limiting network, although non-linear, has a linear decision boundary given by a positive combination of the labelled inputs. We then show that this KKT point is generally far from optimal: there are nearly orthogonal data sets on which its normalized margin is at most about half of the best margin achievable by any two-layer network of the same width. Gradient flow therefore finds a simple, low-rank solution rather than a max-margin one, and this simplicity, not margin maximization, determines its behaviour on test data. Experiments confirm the rank collapse for moderate dimensions.",
    keywords: ["implicit bias", "leaky ReLU", "max-margin", "low-rank", "high-dimensional data"],
    authorKeys: ["a-noa-ben-david", "a-aisha-bello"],
    areaChairKey: AC_MEAN_FIELD,
    theorems: [
      {
        label: "Theorem 1",
        statement: md`Let $f(x;W) = \sum_{j=1}^m a_j\,\phi(w_j^\top x)$ with $\phi(z) = \max(z, \gamma z)$, $\gamma \in (0,1)$, fixed $a_j \in \{\pm 1/\sqrt m\}$ balanced in sign, and $w_j(0) \sim \mathcal N(0, \sigma_0^2 I_d)$ with $\sigma_0 \le c/(m\,d\,\max_i\|x_i\|)$. Assume the data are nearly orthogonal: $\min_i\|x_i\|^2 \ge C\,\gamma^{-3} n\,\max_{i\ne j}|\langle x_i, x_j\rangle|$. Run gradient flow on the logistic loss. Then $\limsup_{t\to\infty}\|W(t)\|_F^2/\|W(t)\|_2^2 \le 2$, and there are $\lambda_i > 0$ such that $\operatorname{sign} f(x; W(t)) = \operatorname{sign}\big\langle \sum_i \lambda_i y_i x_i,\ x\big\rangle$ for all $x$ and all $t$ large enough.`,
        assumptions: {
          architecture: "relu",
          depth: 2,
          width: "finite",
          parameterization: "standard",
          trainingRegime: "rich",
          optimizer: "gradient_flow",
          stepSize: "infinitesimal",
          initScale: "small",
          initStructure: "gaussian_iid",
          loss: "logistic",
          data: "separable_margin",
          sampleRegime: "fixed_n",
          timeHorizon: "infinite",
          claimType: "implicit_bias",
        },
      },
      {
        label: "Theorem 2",
        statement: md`For every $\epsilon > 0$ and $m \ge 2$ there are $n$, $d$ and nearly orthogonal data $(x_i, y_i)_{i\le n}$ satisfying the assumption of Theorem 1 such that the normalized margin of the limit direction $\bar W$ of gradient flow satisfies $\bar\gamma(\bar W) \le (\tfrac12 + \epsilon)\,\max_{\|W\|_F = 1}\min_i y_i f(x_i;W)$.`,
        assumptions: {
          architecture: "relu",
          depth: 2,
          width: "finite",
          parameterization: "standard",
          trainingRegime: "rich",
          optimizer: "gradient_flow",
          stepSize: "infinitesimal",
          initScale: "small",
          initStructure: "gaussian_iid",
          loss: "logistic",
          data: "separable_margin",
          sampleRegime: "fixed_n",
          timeHorizon: "infinite",
          claimType: "implicit_bias",
        },
      },
    ],
  },
  {
    number: 26,
    title: "Spectral Initialization and the Price of Over-Parameterization in Matrix Sensing",
    abstract:
      "Gradient descent on a factorized low-rank matrix sensing problem converges linearly when the factorization rank equals the true rank and the initialization is spectral. Practitioners, however, rarely know the true rank and choose a larger factorization. We quantify what this costs and what the spectral initialization buys. With an exact rank and spectral initialization, we prove linear convergence with a rate depending on the condition number of the ground truth, under a restricted isometry property of order twice the rank and a step size below the inverse of the top singular value. With an over-specified rank, convergence to the ground truth remains guaranteed but slows down to a sublinear rate of order one over the number of iterations. We show that this is unavoidable for spectral initialization, and we identify the mechanism: the components of the factor outside the true column space decay only like the inverse square root of time, so that gradient descent is implicitly biased toward the correct rank but reaches it slowly. The analysis separates the signal and spurious components of the factor and tracks their coupled dynamics with a two-scale argument. Experiments on matrix sensing and phase retrieval confirm the predicted rates and the slow decay of the spurious components.",
    keywords: ["matrix sensing", "spectral initialization", "over-parameterization", "implicit bias", "low rank"],
    authorKeys: ["a-mei-lin-tan", "a-sun-hee-choi"],
    areaChairKey: AC_OPTIMIZATION,
    theorems: [
      {
        label: "Theorem 1",
        statement: md`Let $M_\star = X_\star X_\star^\top \in \mathbb R^{d\times d}$ have rank $r$, singular values $\sigma_1 \ge \dots \ge \sigma_r > 0$ and $\kappa = \sigma_1/\sigma_r$, and let $\mathcal A$ satisfy the $(2r, \delta)$-RIP with $\delta \le c/(\sqrt r\,\kappa)$. Take $k = r$, spectral initialization $X_0 = U_r\Sigma_r^{1/2}$ from the top-$r$ eigenpairs of $\mathcal A^*\mathcal A(M_\star)$, and gradient descent on $f(X) = \tfrac14\|\mathcal A(XX^\top - M_\star)\|^2$ with $\eta \le c/\sigma_1$. Then $\|X_tX_t^\top - M_\star\|_F \le (1 - \eta\sigma_r/4)^t\,\|X_0X_0^\top - M_\star\|_F$.`,
        assumptions: {
          ...linearTwoLayer,
          trainingRegime: "rich",
          optimizer: "gd",
          stepSize: "below_2_over_L",
          initStructure: "spectral",
          claimType: "convergence_rate",
        },
      },
      {
        label: "Theorem 2",
        statement: md`In the setting of Theorem 1 but with an over-specified rank $k > r$ and spectral initialization from the top-$k$ eigenpairs, $\|X_tX_t^\top - M_\star\|_F \le C\sigma_1/(\eta\sigma_1 t + 1)$ for all $t \ge 0$, and the component orthogonal to the column space of $M_\star$ satisfies $\|\Pi_\perp X_t\|_2 = \Theta\big(1/\sqrt{\eta t}\big)$; in particular the rate $1/t$ cannot be improved.`,
        assumptions: {
          ...linearTwoLayer,
          trainingRegime: "rich",
          optimizer: "gd",
          stepSize: "below_2_over_L",
          initStructure: "spectral",
        },
      },
    ],
  },
  {
    number: 27,
    title: "Depth-Independent Width for Deep Linear Networks: Linear Convergence of Gradient Descent from Orthogonal Initialization",
    abstract:
      "Deep linear networks are a testbed for understanding how depth affects optimization. With Gaussian initialization, the width required for gradient descent to converge efficiently grows linearly with depth, which contradicts the practical observation that very deep linear networks train fine when initialized orthogonally. We prove that with orthogonal initialization the required width is independent of depth. For a deep linear network of any depth trained with squared loss on data of rank r, gradient descent with a finite step size proportional to one over the depth converges to a global minimizer at a linear rate that depends only on the condition number of the data, provided the width is at least of order r times the output dimension times the cube of the condition number, up to a logarithm. The proof shows that orthogonal layers keep the products of consecutive weight matrices close to isometries throughout training, so the end-to-end dynamics behave like preconditioned gradient descent on a convex problem. We complement the upper bound with a lower bound for Gaussian initialization: if the width is smaller than a constant times the depth, gradient descent needs a number of iterations exponential in the depth to decrease the loss by a constant factor.",
    keywords: ["deep linear networks", "orthogonal initialization", "finite step size", "linear convergence", "depth"],
    authorKeys: ["a-diego-herrera", "a-rafael-couto"],
    areaChairKey: AC_OPTIMIZATION,
    theorems: [
      {
        label: "Theorem 1",
        statement: md`Let $X \in \mathbb R^{d_x\times n}$ have rank $r$ and $\kappa = \|X\|_2^2/\sigma_r(X)^2$, $Y \in \mathbb R^{d_y\times n}$, and $f(x) = \frac{1}{\sqrt{m^{L-1}d_y}}W_L\cdots W_1 x$ with hidden width $m$ and each $W_j(0)$ a scaled random orthogonal matrix ($W_j^\top W_j = m I$ or $W_jW_j^\top = m I$). If $m \ge C\,r\,\kappa^3 d_y\log(r/\delta)$ and $\eta = d_y/(2L\|X\|_2^2)$, then with probability at least $1-\delta$, for every depth $L \ge 1$ and all $t \ge 0$,
$$\ell(t) - \ell^\star \le \Big(1 - \frac{1}{4\kappa}\Big)^{t}\big(\ell(0) - \ell^\star\big).$$`,
        assumptions: {
          architecture: "linear",
          depth: "unbounded",
          width: "overparameterized",
          widthRequirement: "m ≥ C·r·κ³·d_y·log(r/δ), independent of depth",
          parameterization: "standard",
          trainingRegime: "unspecified",
          optimizer: "gd",
          stepSize: "below_2_over_L",
          initScale: "order_one",
          initStructure: "orthogonal",
          loss: "squared",
          data: "kernel_eigenvalue",
          sampleRegime: "fixed_n",
          timeHorizon: "infinite",
          claimType: "convergence_rate",
        },
      },
      {
        label: "Theorem 2",
        statement: md`In the setting of Theorem 1 but with $W_j(0)$ having i.i.d. $\mathcal N(0,1)$ entries, there is an absolute constant $c$ such that if $m \le cL$, then for every step size $\eta > 0$ for which the iterates stay bounded, with probability at least $1 - e^{-\Omega(L)}$ gradient descent needs at least $e^{\Omega(L)}$ iterations to reach $\ell(t) - \ell^\star \le \frac12(\ell(0) - \ell^\star)$.`,
        assumptions: {
          architecture: "linear",
          depth: "unbounded",
          width: "finite",
          parameterization: "standard",
          trainingRegime: "unspecified",
          optimizer: "gd",
          stepSize: "below_2_over_L",
          initScale: "order_one",
          initStructure: "gaussian_iid",
          loss: "squared",
          data: "kernel_eigenvalue",
          sampleRegime: "fixed_n",
          timeHorizon: "finite",
          claimType: "convergence_rate",
        },
      },
    ],
  },
  {
    number: 28,
    title: "Tracking Imbalance Under Finite Steps: Linear Convergence of Gradient Descent on Two-Layer Linear Networks from General Initialization",
    abstract:
      "For two-layer linear networks, the imbalance between the Gram matrices of the two layers is exactly conserved by gradient flow, and most convergence proofs rely on this conservation together with a balanced or small initialization. Gradient descent with a finite step breaks the conservation, which makes continuous-time proofs inapplicable exactly where practitioners operate. We show that the break is small and computable. One step of gradient descent changes the imbalance by an explicit quadratic term in the step size, which we use to track the imbalance along the whole trajectory. Combining this with a lower bound on the smallest eigenvalues of the layer Gram matrices that depends only on the initial imbalance and margin, we prove linear convergence of gradient descent from general initialization, with a rate and a step-size condition stated in terms of the initialization, the target and the width. The accumulated drift of the imbalance is of order the step size times the initial loss over the rate, so it vanishes in the continuous limit and recovers the known gradient-flow rate. We also show that the trace of the imbalance decreases along the trajectory under a simple condition, which gives a quantitative form of the tendency of gradient descent toward balanced solutions. Numerical experiments confirm both the rate and the predicted drift.",
    keywords: ["linear networks", "gradient descent", "imbalance", "general initialization", "finite step size"],
    authorKeys: ["a-marta-nowicka", "a-ingrid-solberg", "a-lucia-fernandez-ortiz"],
    areaChairKey: AC_OPTIMIZATION,
    theorems: [
      {
        label: "Theorem 1",
        statement: md`Let $L(U,V) = \tfrac12\|Y - UV^\top\|_F^2$ with $Y \in \mathbb R^{m\times n}$, $U \in \mathbb R^{m\times h}$, $V \in \mathbb R^{n\times h}$, $h \ge \max(m,n)$, and let $D_t = U_t^\top U_t - V_t^\top V_t$. Let $s_0 > 0$ be the lower bound of Lemma 3.2 on $\lambda_{\min}(U_tU_t^\top) + \lambda_{\min}(V_tV_t^\top)$, which depends only on $D_0$, $\|Y\|_2$ and $L(U_0,V_0)$. If $\eta \le s_0/\big(8(\|Y\|_2 + \|D_0\|_2 + L(U_0, V_0))^{2}\big)$, then gradient descent satisfies for all $t \ge 0$
$$L(U_t,V_t) \le (1 - \eta s_0)^{t}\, L(U_0,V_0), \qquad \|D_t - D_0\|_2 \le \frac{4\eta\,(\|U_0\|_2^2 + \|V_0\|_2^2 + \|Y\|_2)}{s_0}\,L(U_0,V_0).$$`,
        assumptions: {
          ...linearTwoLayer,
          trainingRegime: "unspecified",
          optimizer: "gd",
          stepSize: "below_2_over_L",
          claimType: "convergence_rate",
        },
      },
      {
        label: "Proposition 2",
        statement: md`For every step of gradient descent, with $E_t = Y - U_tV_t^\top$, $D_{t+1} - D_t = \eta^2\big(V_t^\top E_t^\top E_t V_t - U_t^\top E_t E_t^\top U_t\big)$. Consequently $\operatorname{tr} D_\infty = \operatorname{tr} D_0 + \eta^2\sum_{t\ge0}\big(\|E_tV_t\|_F^2 - \|E_t^\top U_t\|_F^2\big)$, and if $\operatorname{tr}D_0 > 0$ and $\|E_t^\top U_t\|_F \ge \|E_tV_t\|_F$ for all $t$, then $0 \le \operatorname{tr}D_\infty \le \operatorname{tr}D_0$.`,
        assumptions: {
          ...linearTwoLayer,
          trainingRegime: "unspecified",
          optimizer: "gd",
          stepSize: "below_2_over_L",
        },
      },
    ],
  },
  {
    number: 29,
    title: "Step Size Determines the Solution: Exact Imbalance Dynamics of Gradient Descent on Scalar Linear Networks",
    abstract:
      "Gradient flow on a scalar linear network, a product of L scalar weights fitted to a target, preserves the differences between the squared weights, and so the minimizer it reaches is fixed by the initialization. Gradient descent does not preserve them, and the minimizer it reaches depends on the step size. We give an exact account of this dependence. We show that after one step every pairwise imbalance is multiplied by an explicit factor, one minus the squared step size times the squared residual times the product of the other weights squared. This identity holds for every depth and every initialization, and it shows that gradient descent contracts all imbalances as long as the factor stays in the unit interval. As a consequence the limit reached by gradient descent is more balanced than the gradient-flow solution from the same initialization, and since the sharpness of a minimizer increases with its imbalance, it is also flatter. For depth two we compute the limit in closed form as a function of the product of contraction factors along the trajectory and give an explicit formula for its sharpness. The results isolate, in the simplest possible model, the mechanism by which finite step sizes bias gradient descent toward flat minima without any stochasticity.",
    keywords: ["linear networks", "step size", "implicit bias", "sharpness", "balancedness"],
    authorKeys: ["a-kwame-mensah"],
    areaChairKey: AC_OPTIMIZATION,
    theorems: [
      {
        label: "Theorem 1",
        statement: md`Let $\ell(w) = \tfrac12(P(w) - y)^2$ with $P(w) = \prod_{k=1}^L w_k$, $L \ge 2$, and let $r_t = P(w_t) - y$. One step of gradient descent with step $\eta$ satisfies, for every pair $i \ne j$,
$$w_{t+1,i}^2 - w_{t+1,j}^2 = \big(w_{t,i}^2 - w_{t,j}^2\big)\Big(1 - \eta^2 r_t^2\prod_{k\ne i,j} w_{t,k}^2\Big).$$
In particular, for $L = 2$, if gradient descent converges to a minimizer $(a_\infty, b_\infty)$, then $a_\infty b_\infty = y$, $a_\infty^2 - b_\infty^2 = (a_0^2 - b_0^2)\prod_{t\ge0}(1 - \eta^2 r_t^2)$, and the sharpness of the limit is $S = \sqrt{(a_\infty^2 - b_\infty^2)^2 + 4y^2}$.`,
        assumptions: {
          ...linearTwoLayer,
          depth: "unbounded",
          optimizer: "gd",
          stepSize: "below_2_over_L",
        },
      },
      {
        label: "Theorem 2",
        statement: md`In the setting of Theorem 1 with $y > 0$, let $\phi(w_0)$ be the gradient-flow limit from $w_0$. If $\eta < 2/S(\phi(w_0))$ and $\ell(w_0) \le c_L\,y^2$, then gradient descent converges to a minimizer $w_\infty$ with $|w_{\infty,i}^2 - w_{\infty,j}^2| \le |w_{0,i}^2 - w_{0,j}^2|$ for all $i,j$ and $S(w_\infty) \le S(\phi(w_0))$, with strict inequality unless $w_0$ is balanced.`,
        assumptions: {
          ...linearTwoLayer,
          depth: "unbounded",
          optimizer: "gd",
          stepSize: "below_2_over_L",
        },
      },
    ],
  },
];

// ───────────── mean-field, μP and scaling limits (14, 30–34) ─────────────
const meanField: DemoSubmission[] = [
  {
    number: 14,
    title: "Feature Learning Emerges After the Kernel Phase: Two Timescales in Wide Two-Layer Networks",
    abstract:
      "Between the NTK and the mean-field scalings lies a range of parameterizations in which wide networks start out as kernel machines and only later learn features. We study this intermediate regime for two-layer networks with output scale m^{-γ}, γ strictly between one half and one, trained on a single-index target with Gaussian inputs. We prove that training splits into two phases with separated timescales. During the first phase, of length logarithmic in the width, the network follows kernel gradient descent with the initial tangent kernel: the training loss decreases at the rate predicted by the kernel and the first-layer weights stay close to initialization. The kernel fits the low-degree part of the target but cannot make progress on the rest. In the second phase, online SGD on fresh samples aligns a constant fraction of the neurons with the hidden direction after a number of samples polynomial in the dimension, with an exponent set by the information exponent of the target, after which the test error drops below that of any kernel method with the same sample size. The transition time between the phases is predicted by the growth of a one-dimensional overlap, which we describe by an explicit ODE. Experiments on synthetic single-index tasks and on a teacher network show the predicted plateau and its width-dependent length.",
    keywords: ["feature learning", "lazy training", "single-index models", "two timescales", "parameterization"],
    authorKeys: ["a-samuel-adeyemi", "a-yasmin-rahimi"],
    areaChairKey: AC_MEAN_FIELD,
    theorems: [
      {
        label: "Theorem 1",
        statement: md`Let $f(x) = m^{-\gamma}\sum_{j=1}^m a_j\,\mathrm{ReLU}(w_j^\top x)$ with $\gamma \in (\tfrac12, 1)$, $w_j(0) \sim \mathcal N(0, I_d/d)$, $a_j \sim \mathrm{Unif}\{\pm1\}$, and train by gradient flow on $n$ samples with step scaled by $m^{2\gamma - 1}$. Let $K_0$ be the tangent kernel at initialization and $f^{\mathrm{ker}}_t$ kernel gradient flow with $K_0$. If $m \ge C\,(nd)^{2}$, then with probability $1 - o(1)$, for all $t \le T_1 = c\,(2\gamma - 1)\log m$, $\|f_t - f^{\mathrm{ker}}_t\|_{L^2(\hat\rho)} \le C' m^{-(1-\gamma)}e^{Ct}$ and the training loss satisfies $L(t) \le e^{-\lambda_0 t}L(0) + C' m^{-(1-\gamma)}e^{Ct}$.`,
        assumptions: {
          architecture: "relu",
          depth: 2,
          width: "overparameterized",
          widthRequirement: "m ≥ C·(nd)²",
          parameterization: "other",
          trainingRegime: "lazy",
          optimizer: "gradient_flow",
          stepSize: "infinitesimal",
          initScale: "order_one",
          initStructure: "gaussian_iid",
          loss: "squared",
          data: "teacher_student",
          sampleRegime: "polynomial",
          timeHorizon: "finite",
          claimType: "convergence_rate",
        },
      },
      {
        label: "Theorem 2",
        statement: md`In the setting of Theorem 1, let $x \sim \mathcal N(0, I_d)$ and $y = g(\langle u, x\rangle) + \varepsilon$ with information exponent $k^\star \ge 2$. After the first phase, run online SGD on fresh samples (batch size one) with step $\eta = c\,d^{-k^\star/2}$. After $n_2 = C d^{\,k^\star - 1}\log^2 d$ samples, with probability $1 - o_d(1)$ at least a fraction $c_0$ of the neurons satisfy $|\langle w_j, u\rangle| \ge (1-\epsilon)\|w_j\|$, and the test error is at most $\sigma^2 + \epsilon$, whereas every rotation-invariant kernel method with $n \le d^{\,k^\star - \delta}$ samples has test error at least $\sigma^2 + c\,\|\mathsf P_{\ge k^\star} g\|^2$.`,
        assumptions: {
          architecture: "relu",
          depth: 2,
          width: "overparameterized",
          widthRequirement: "m ≥ C·(nd)²",
          parameterization: "other",
          trainingRegime: "rich",
          optimizer: "sgd",
          batchSize: 1,
          stepSize: "below_2_over_L",
          initScale: "order_one",
          initStructure: "gaussian_iid",
          loss: "squared",
          data: "teacher_student",
          sampleRegime: "polynomial",
          timeHorizon: "finite",
          claimType: "generalization_bound",
        },
      },
    ],
  },
  {
    number: 30,
    title: "Uniform-in-Time Propagation of Chaos for Noisy Mean-Field Training of Two-Layer Networks",
    abstract:
      "In the mean-field scaling, a two-layer network is described by the empirical distribution of its neurons, and as the width grows, noisy gradient descent on the network converges to a Wasserstein gradient flow of an entropy-regularized objective. Existing quantitative versions of this limit hold only on bounded time intervals, with constants that grow exponentially in time, so they say nothing about the network that is actually returned after long training. We prove a propagation-of-chaos bound that is uniform in time. Under a uniform log-Sobolev inequality for the proximal Gibbs measures associated with the objective, which holds for bounded smooth activations and sufficient entropic regularization, we show that the expected objective of the finite-width network stays within a constant divided by the width of the mean-field objective, for all times. Combined with exponential convergence of the mean-field dynamics to the unique minimizer, this gives a global convergence guarantee for finite-width noisy gradient descent with explicit dependence on width, regularization and time. The proof couples the particle system with its limit through a relative-entropy argument and exploits the convexity of the objective in the space of measures. Simulations on teacher–student tasks show that the gap between finite-width and mean-field losses indeed remains flat over long training.",
    keywords: ["mean-field limit", "propagation of chaos", "Langevin dynamics", "log-Sobolev inequality", "two-layer networks"],
    authorKeys: ["a-elodie-marchand", "a-julien-lefevre"],
    areaChairKey: AC_MEAN_FIELD,
    theorems: [
      {
        label: "Theorem 1",
        statement: md`Let $F(\mu) = \tfrac12\mathbb E_{(x,y)}\big(\int \sigma(x;\theta)\,\mu(d\theta) - y\big)^2 + \tfrac{\lambda'}{2}\int\|\theta\|^2 d\mu$ with $\sigma$ bounded, smooth and with bounded derivatives, and $F_\lambda = F + \lambda\,\mathrm{Ent}$. Let $\mu_t$ solve the mean-field Langevin equation $\partial_t\mu_t = \nabla\cdot\big(\mu_t\nabla\tfrac{\delta F}{\delta\mu}(\mu_t)\big) + \lambda\Delta\mu_t$, and assume the proximal Gibbs measures satisfy a log-Sobolev inequality with constant $\alpha$ uniformly along the flow. Then $F_\lambda(\mu_t) - F_\lambda(\mu^\star) \le e^{-2\alpha\lambda t}\big(F_\lambda(\mu_0) - F_\lambda(\mu^\star)\big)$, where $\mu^\star$ is the unique minimizer of $F_\lambda$.`,
        assumptions: { ...meanFieldTwoLayer },
      },
      {
        label: "Theorem 2",
        statement: md`In the setting of Theorem 1, let $\theta^{(1)}_t,\dots,\theta^{(m)}_t$ follow the noisy particle dynamics $d\theta^{(i)}_t = -\nabla\frac{\delta F}{\delta\mu}(\hat\mu^m_t)(\theta^{(i)}_t)\,dt + \sqrt{2\lambda}\,dB^{(i)}_t$ from i.i.d. $\mu_0$ initial conditions, with $\hat\mu^m_t$ their empirical measure. Then
$$\sup_{t\ge0}\Big(\tfrac1m\,\mathbb E\big[F^{m}_\lambda(\theta^{(1:m)}_t)\big] - F_\lambda(\mu_t)\Big) \le \frac{C}{\alpha\lambda\, m},$$
where $F^m_\lambda$ is the finite-particle free energy and $C$ depends only on the bounds on $\sigma$ and its derivatives.`,
        assumptions: {
          ...meanFieldTwoLayer,
          width: "overparameterized",
          widthRequirement: "m ≥ C/(α·λ·ε), uniformly in time",
        },
      },
    ],
  },
  {
    number: 31,
    title: "Maximal Update Parameterization at Finite Width: Fluctuation Bounds and Provable Learning-Rate Transfer",
    abstract:
      "The maximal update parameterization, μP, is designed so that the optimal learning rate of a network does not depend on its width, which allows tuning small models and transferring the hyperparameters to large ones. The justification is an infinite-width limit, and it has been unclear how large the finite-width error is and when transfer can fail. We give quantitative answers for multilayer perceptrons of fixed depth trained under μP. We prove that, for any learning-rate schedule bounded by a constant, the function computed by a width-m network after a fixed number of full-batch gradient steps differs from its infinite-width limit by order one over the square root of the width, with high probability and with constants depending on the depth, the number of steps and the learning-rate bound, but not on the width. We then turn to online SGD and show that, under a non-degeneracy condition on the infinite-width loss as a function of the learning rate, the learning rate that minimizes the finite-width loss converges to the infinite-width optimum at rate one over the square root of the width. The non-degeneracy condition is necessary: we give an example where it fails and transfer breaks down. Experiments with MLPs and transformers measure the predicted fluctuations and the drift of the optimal learning rate across widths.",
    keywords: ["maximal update parameterization", "μP", "hyperparameter transfer", "infinite-width limits", "tensor programs"],
    authorKeys: ["a-jonas-albrecht", "a-clara-hoffmann"],
    areaChairKey: AC_MEAN_FIELD,
    theorems: [
      {
        label: "Theorem 1",
        statement: md`Let $f_m(x;\theta)$ be an $L$-layer MLP of width $m$ with a smooth activation with bounded derivatives, in the maximal update parameterization, trained on a fixed data set of $n$ inputs with $\|x\| \le 1$ by full-batch gradient descent on a loss that is convex and smooth in the output, with a learning-rate schedule $\eta_t \le \bar\eta$. Let $f_\infty(x; t)$ be the infinite-width μP limit. There is $C = C(L, T, \bar\eta)$ independent of $m$ such that with probability at least $1-\delta$,
$$\max_{t \le T}\max_{i \le n}\,\big|f_m(x_i;\theta_t) - f_\infty(x_i; t)\big| \le C\,\sqrt{\frac{\log(n/\delta)}{m}}.$$`,
        assumptions: {
          architecture: "smooth",
          depth: "unbounded",
          width: "overparameterized",
          widthRequirement: "m ≥ C(L, T, η̄)²·log(n/δ)/ε²",
          parameterization: "mup",
          trainingRegime: "rich",
          optimizer: "gd",
          stepSize: "schedule",
          initScale: "order_one",
          initStructure: "gaussian_iid",
          loss: "general",
          data: "real_data",
          sampleRegime: "fixed_n",
          timeHorizon: "finite",
          claimType: "convergence_rate",
        },
      },
      {
        label: "Theorem 2",
        statement: md`In the setting of Theorem 1 but with online SGD on fresh samples (batch size one) and a constant learning rate $\eta$, let $\mathcal L_m(\eta)$ be the expected test loss after $T$ steps and $\eta^\star_m \in \arg\min_{\eta \in [0,\bar\eta]}\mathcal L_m(\eta)$. If $\mathcal L_\infty$ has a unique minimizer $\eta^\star_\infty$ in $(0,\bar\eta)$ with $\mathcal L_\infty''(\eta^\star_\infty) > 0$, then $|\eta^\star_m - \eta^\star_\infty| \le C\,m^{-1/2}$ for all $m$ large enough.`,
        assumptions: {
          architecture: "smooth",
          depth: "unbounded",
          width: "overparameterized",
          widthRequirement: "m ≥ C(L, T, η̄)²·log(n/δ)/ε²",
          parameterization: "mup",
          trainingRegime: "rich",
          optimizer: "sgd",
          batchSize: 1,
          stepSize: "schedule",
          initScale: "order_one",
          initStructure: "gaussian_iid",
          loss: "general",
          data: "real_data",
          sampleRegime: "n_to_infinity",
          timeHorizon: "finite",
          claimType: "convergence_rate",
        },
      },
    ],
  },
  {
    number: 32,
    title: "Infinite-Depth Limits of Residual Networks under μP: Well-Posedness, Commuting Limits and Feature Learning",
    abstract:
      "Hyperparameters tuned on shallow networks transfer to deep ones when residual branches are scaled by one over the square root of the depth and the width is scaled according to μP. This empirical observation suggests that trained residual networks have a well-defined joint limit as both width and depth tend to infinity. We prove that this is the case. We first show that, after the infinite-width limit is taken, the training dynamics of a residual network with 1/√L branch scaling converge as the depth tends to infinity, for any fixed number of gradient steps and any bounded learning-rate schedule, to a limit described by a system of stochastic differential equations in the layer index coupled through their laws. We show this limit is well posed. Second, we prove that the two limits commute: taking the depth to infinity first and then the width gives the same dynamics. Third, we show that the limit learns features in every block: the change of the hidden representations caused by training is of order one in the layer-averaged sense, unlike in the NTK scaling. Together these results justify depth-wise hyperparameter transfer and identify the object that deep residual networks approximate. Simulations with residual MLPs up to depth 512 illustrate the convergence rates.",
    keywords: ["μP", "residual networks", "infinite depth", "scaling limits", "hyperparameter transfer"],
    authorKeys: ["a-emily-nakamura-hayes", "a-olivia-brennan", "a-zoe-carter"],
    areaChairKey: AC_MEAN_FIELD,
    theorems: [
      {
        label: "Theorem 1",
        statement: md`Let $h^{(l)} = h^{(l-1)} + \frac{1}{\sqrt L}W_l\,\phi(h^{(l-1)})$, $l = 1,\dots,L$, with $\phi$ smooth with bounded derivatives and μP scaling in width, trained by gradient descent with a learning-rate schedule $\eta_t \le \bar\eta$ on a loss smooth in the output, on a fixed finite data set. Let $\mathcal D_{L}$ denote the infinite-width limit of the training dynamics at depth $L$. Then for every $T$, $\mathcal D_L$ converges as $L \to \infty$ to the solution of the McKean–Vlasov system (3.5) in the layer variable $\tau \in [0,1]$, which exists and is unique, with $\sup_{t\le T}\mathrm{W}_2(\mathcal D_L(t), \mathcal D_\infty(t)) \le C(T,\bar\eta)/\sqrt L$.`,
        assumptions: {
          architecture: "smooth",
          depth: "unbounded",
          width: "infinite",
          parameterization: "mup",
          trainingRegime: "rich",
          optimizer: "gd",
          stepSize: "schedule",
          initScale: "order_one",
          initStructure: "gaussian_iid",
          loss: "general",
          data: "real_data",
          sampleRegime: "fixed_n",
          timeHorizon: "finite",
          claimType: "convergence_rate",
        },
      },
      {
        label: "Theorem 2",
        statement: md`In the setting of Theorem 1, for every $t \le T$ and input $x$ in the data set, $\lim_{L\to\infty}\lim_{m\to\infty} f_{m,L}(x; t) = \lim_{m\to\infty}\lim_{L\to\infty} f_{m,L}(x; t)$ in probability, and in the joint limit the layer-averaged feature change $\frac1L\sum_{l}\frac1m\|h^{(l)}_t - h^{(l)}_0\|^2$ converges to a deterministic limit that is strictly positive whenever the loss gradient at initialization is non-zero.`,
        assumptions: {
          architecture: "smooth",
          depth: "unbounded",
          width: "infinite",
          parameterization: "mup",
          trainingRegime: "rich",
          optimizer: "gd",
          stepSize: "schedule",
          initScale: "order_one",
          initStructure: "gaussian_iid",
          loss: "general",
          data: "real_data",
          sampleRegime: "fixed_n",
          timeHorizon: "finite",
          claimType: "convergence_rate",
        },
      },
    ],
  },
  {
    number: 33,
    title: "Mean-Field Langevin Dynamics Learn Single-Index Models with Polynomially Many Samples and Neurons",
    abstract:
      "Mean-field Langevin dynamics, noisy gradient descent on a two-layer network in the mean-field scaling with entropic regularization, enjoy global convergence guarantees for the training objective, but the log-Sobolev constants involved are typically exponential in the dimension, which makes the statistical consequences unclear. We show that for single-index targets with Gaussian inputs, the dynamics learn with resources that are polynomial in the dimension. The key observation is that the relevant log-Sobolev inequality only needs to hold for the distribution of neurons projected onto a low-dimensional subspace, while in the remaining directions the Gibbs measure is close to Gaussian. Exploiting this structure, we prove that with a number of neurons and samples polynomial in the dimension, with exponents set by the information exponent of the link function, discretized mean-field Langevin dynamics reach a test error close to the noise level after a polynomial number of iterations. We also prove a matching lower bound on the number of samples for rotation-invariant kernel methods, which shows that the mean-field network strictly outperforms the kernel regime in this setting. Numerical experiments on Hermite link functions confirm the predicted scaling of sample complexity with the information exponent.",
    keywords: ["mean-field Langevin dynamics", "single-index models", "sample complexity", "feature learning", "log-Sobolev inequality"],
    authorKeys: ["a-yasmin-rahimi", "a-ibrahim-haddad"],
    areaChairKey: AC_MEAN_FIELD,
    theorems: [
      {
        label: "Theorem 1",
        statement: md`Let $x \sim \mathcal N(0, I_d)$ and $y = g(\langle u, x\rangle) + \varepsilon$, with $g$ a polynomial of degree $p$ and information exponent $k$, $\|u\| = 1$, $\operatorname{Var}\varepsilon = \sigma^2$. Train $f(x) = \frac1m\sum_{j=1}^m a_j\tanh(w_j^\top x)$ by discretized mean-field Langevin dynamics with temperature $\lambda = 1/\log d$, weight decay $\lambda'$ and step $\eta \le c\lambda/d$ on $n$ samples. If $m \ge C d^{\,k+1}\log d$ and $n \ge C d^{\,k}\log^{2} d$, then after $T \le C d^{\,k+2}$ iterations, with probability at least $1 - d^{-2}$, $\mathbb E_{x}\big(f(x;\theta_T) - g(\langle u,x\rangle)\big)^2 \le \epsilon$ for $\epsilon = C_p\,d^{-1/2}\log d$.`,
        assumptions: {
          ...meanFieldTwoLayer,
          width: "overparameterized",
          widthRequirement: "m ≥ C·d^{k+1}·log d",
          optimizer: "gd",
          stepSize: "below_2_over_L",
          sampleRegime: "polynomial",
          timeHorizon: "finite",
          claimType: "generalization_bound",
        },
      },
    ],
  },
  {
    number: 34,
    title: "When Depth and Width Diverge Together: A Stochastic Kernel Limit for Deep Networks in the NTK Parameterization",
    abstract:
      "The neural tangent kernel limit fixes the depth and sends the width to infinity. For deep networks, the order of limits matters: when depth and width grow together with a fixed ratio, the tangent kernel no longer concentrates and the network does not behave like a deterministic kernel machine. We study fully connected ReLU networks in the NTK parameterization in the regime where the depth-to-width ratio converges to a positive constant ρ. We prove that at initialization the normalized tangent kernel on a finite data set converges in distribution to a random matrix with log-normal fluctuations whose variance is proportional to ρ, and that the relative change of the kernel after one step of gradient descent is of order ρ in expectation. We then show that in the limit, gradient flow on the squared loss is described by a kernel gradient flow with a random, time-evolving kernel, whose evolution we characterize by a finite system of stochastic equations. Training is lazy only when ρ tends to zero, in which case we recover the NTK limit with an explicit rate in the depth-to-width ratio. Experiments with networks of depth up to 100 confirm that the relevant parameter for both the fluctuations and the kernel drift is the ratio of depth to width rather than either quantity alone.",
    keywords: ["scaling limits", "depth-to-width ratio", "neural tangent kernel", "random kernels", "deep networks"],
    authorKeys: ["a-ibrahim-haddad", "a-samuel-adeyemi"],
    areaChairKey: AC_MEAN_FIELD,
    theorems: [
      {
        label: "Theorem 1",
        statement: md`Let $f$ be a depth-$L$, width-$m$ fully connected ReLU network in the NTK parameterization with i.i.d. Gaussian initialization, and let $\Theta_{L,m}$ be its tangent kernel on inputs $x_1,\dots,x_n$ normalized by its expectation. If $L, m \to \infty$ with $L/m \to \rho \in (0,\infty)$, then $\log\Theta_{L,m}(x_i,x_i)$ converges in distribution to $\mathcal N(-\tfrac{5}{2}\rho, 5\rho)$ for every $i$, and after one step of gradient descent with step $\eta = c/L$, $\mathbb E\,\|\Theta_1 - \Theta_0\|_F/\|\Theta_0\|_F = \Theta(\rho)$.`,
        assumptions: {
          architecture: "relu",
          depth: "unbounded",
          width: "infinite",
          parameterization: "ntk",
          trainingRegime: "unspecified",
          optimizer: "gd",
          stepSize: "below_2_over_L",
          initScale: "order_one",
          initStructure: "gaussian_iid",
          loss: "squared",
          data: "kernel_eigenvalue",
          sampleRegime: "fixed_n",
          timeHorizon: "finite",
          claimType: "convergence_rate",
        },
      },
      {
        label: "Theorem 2",
        statement: md`In the setting of Theorem 1 with $L/m \to 0$, assume the limiting NTK $\Theta_\infty$ on the data satisfies $\lambda_{\min}(\Theta_\infty) \ge \lambda_0 > 0$. Then gradient flow on the squared loss satisfies $\sup_{t\le T}\max_i|f_t(x_i) - f^{\mathrm{NTK}}_t(x_i)| \le C\,(1+T)\,e^{CT}\,\frac{L}{m}$ with probability $1 - o(1)$, where $f^{\mathrm{NTK}}$ is kernel gradient flow with $\Theta_\infty$.`,
        assumptions: {
          architecture: "relu",
          depth: "unbounded",
          width: "infinite",
          parameterization: "ntk",
          trainingRegime: "lazy",
          optimizer: "gradient_flow",
          stepSize: "infinitesimal",
          initScale: "order_one",
          initStructure: "gaussian_iid",
          loss: "squared",
          data: "kernel_eigenvalue",
          sampleRegime: "fixed_n",
          timeHorizon: "finite",
          claimType: "convergence_rate",
        },
      },
    ],
  },
];

// ───────────── benign overfitting and generalization bounds (35–39) ─────────────
const generalization: DemoSubmission[] = [
  {
    number: 35,
    title: "Benign Overfitting in Two-Layer ReLU Networks Beyond Near-Orthogonality",
    abstract:
      "Two-layer ReLU networks trained by gradient descent can fit noisy labels perfectly and still generalize, but existing proofs of this benign overfitting require the training inputs to be nearly orthogonal, which forces the dimension to exceed the square of the sample size. We relax this requirement to a dimension that is only linear in the sample size up to logarithms. We consider data made of a signal vector, whose sign is the clean label, plus isotropic Gaussian noise, with a constant fraction of labels flipped, and train a two-layer ReLU network with a fixed second layer by gradient descent on the logistic loss from small initialization. Instead of relying on orthogonality, we track the projections of each neuron onto the signal and onto each noise vector and show that their ratio stays controlled throughout training, using a leave-one-out argument for the noise memorization. We prove a sharp phase transition governed by a signal-to-noise quantity: when it is large the network interpolates and its test error approaches the label-noise level, and when it is small the test error stays a constant above it even though the training error is zero. Experiments with synthetic Gaussian-mixture data confirm the location of the transition.",
    keywords: ["benign overfitting", "ReLU networks", "label noise", "logistic loss", "signal-to-noise ratio"],
    authorKeys: ["a-aisha-bello", "a-leila-farahani"],
    areaChairKey: AC_MEAN_FIELD,
    theorems: [
      {
        label: "Theorem 1",
        statement: md`Let $x = y_{\mathrm{clean}}\,\mu + \xi$ with $\xi \sim \mathcal N(0, \sigma_p^2 I_d)$ and observed labels $y = y_{\mathrm{clean}}$ flipped independently with probability $p < 1/2$. Train $f(x;W) = \frac1m\sum_{j=1}^m \big(\mathrm{ReLU}(\langle w_{+,j}, x\rangle) - \mathrm{ReLU}(\langle w_{-,j}, x\rangle)\big)$ by gradient descent on the logistic loss from $\mathcal N(0, \sigma_0^2 I)$ with $\sigma_0 \le c/(\sigma_p\sqrt d\,\log(m n/\delta))$ and $\eta \le c/(\sigma_p^2 d)$. If $d \ge C\,n\log(mn/\delta)$, $m \ge C\log(n/\delta)$ and $n\|\mu\|^4 \ge C\sigma_p^4 d$, then with probability at least $1-\delta$, after $T = \tilde O(\eta^{-1}\epsilon^{-1}m n\,\sigma_p^{-2}d^{-1})$ iterations the training loss is at most $\epsilon$ and
$$\mathbb P_{(x,y)}\big(y \ne \operatorname{sign} f(x; W_T)\big) \le p + \exp\Big(-c\,\frac{n\|\mu\|^4}{\sigma_p^4 d}\Big).$$`,
        assumptions: {
          architecture: "relu",
          depth: 2,
          width: "overparameterized",
          widthRequirement: "m ≥ C·log(n/δ)",
          parameterization: "standard",
          trainingRegime: "rich",
          optimizer: "gd",
          stepSize: "below_2_over_L",
          initScale: "small",
          initStructure: "gaussian_iid",
          loss: "logistic",
          data: "general_gaussian",
          sampleRegime: "polynomial",
          timeHorizon: "finite",
          claimType: "generalization_bound",
        },
      },
      {
        label: "Theorem 2",
        statement: md`In the setting of Theorem 1 but with $n\|\mu\|^4 \le c\,\sigma_p^4 d$, with probability at least $1-\delta$ the trained network interpolates the training data and $\mathbb P_{(x,y)}\big(y \ne \operatorname{sign} f(x;W_T)\big) \ge p + c'$ for an absolute constant $c' > 0$.`,
        assumptions: {
          architecture: "relu",
          depth: 2,
          width: "overparameterized",
          widthRequirement: "m ≥ C·log(n/δ)",
          parameterization: "standard",
          trainingRegime: "rich",
          optimizer: "gd",
          stepSize: "below_2_over_L",
          initScale: "small",
          initStructure: "gaussian_iid",
          loss: "logistic",
          data: "general_gaussian",
          sampleRegime: "polynomial",
          timeHorizon: "finite",
          claimType: "generalization_bound",
        },
      },
    ],
  },
  {
    number: 36,
    title: "Tempered, Not Benign: Overfitting Regimes of Minimum-Norm Interpolators under Power-Law Spectra",
    abstract:
      "Minimum-norm interpolation of noisy data is benign when the covariance of the features has a heavy enough tail of small eigenvalues, and catastrophic in low dimension. Between these extremes lies tempered overfitting, where the excess risk of the interpolator converges to a non-zero constant proportional to the noise level. We show that tempered overfitting is the generic behaviour for covariances with power-law spectra, the case most relevant to kernels and to wide networks in the kernel regime. For Gaussian features with eigenvalues decaying like k^{-a}, a > 1, and any target with finite energy, we prove that the excess risk of the minimum-norm interpolator converges as the sample size grows to exactly (a − 1) times the noise variance. The constant is universal: it does not depend on the target, and it can be read off from the self-consistent equation for the effective regularization, which reduces to a ratio of Beta functions in the power-law case. We also recover the boundary of the benign regime: eigenvalues decaying like 1/(k log^b k) with b > 1 give vanishing excess risk. Simulations with kernels whose spectra follow power laws, including the neural tangent kernel on the sphere, match the predicted constant, and we discuss what the result implies for interpolating networks in practice.",
    keywords: ["benign overfitting", "tempered overfitting", "minimum-norm interpolation", "power-law spectra", "kernel regression"],
    authorKeys: ["a-lars-eriksen", "a-mateo-rossi", "a-chiara-lombardi", "a-ingrid-solberg"],
    areaChairKey: AC_MEAN_FIELD,
    theorems: [
      {
        label: "Theorem 1",
        statement: md`Let $x \sim \mathcal N(0,\Sigma)$ in $\ell^2$ with $\Sigma$ having eigenvalues $\lambda_k = k^{-a}$, $a > 1$, let $y = \langle\beta_\star, x\rangle + \varepsilon$ with $\sum_k \lambda_k\beta_{\star,k}^2 < \infty$ and $\operatorname{Var}\varepsilon = \sigma^2$, and let $\hat\beta = X^{+}y$ be the minimum-norm interpolator of $n$ samples (the limit of gradient flow from zero). Then, almost surely,
$$\lim_{n\to\infty}\ \mathbb E_x\big[\langle \hat\beta - \beta_\star, x\rangle^2\big] = (a - 1)\,\sigma^2 .$$`,
        assumptions: { ...interpolatingLinear, claimType: "exact_asymptotic_risk" },
      },
      {
        label: "Theorem 2",
        statement: md`In the setting of Theorem 1 but with $\lambda_k = k^{-1}\log^{-b}(k+1)$, $b > 1$, the excess risk of the minimum-norm interpolator satisfies $\mathbb E_x\big[\langle \hat\beta - \beta_\star, x\rangle^2\big] \le C\big(\|\beta_\star\|^2_{\Sigma}\,r_n + \sigma^2\,\log^{-(b-1)} n\big) \to 0$ with probability at least $1 - e^{-cn}$, where $r_n \to 0$ is given in (5.1).`,
        assumptions: { ...interpolatingLinear },
      },
    ],
  },
  {
    number: 37,
    title: "Benign Overfitting with Cross-Entropy: Multiclass Interpolation by Gradient Descent in High Dimensions",
    abstract:
      "Benign overfitting has been established for regression and for binary classification, but most practical classifiers are trained with the cross-entropy loss on many classes. We study linear multiclass classifiers trained by gradient descent on cross-entropy from zero initialization, for data drawn from a Gaussian mixture with k well-separated means and a fraction of labels corrupted uniformly at random. In the over-parameterized regime, where the dimension exceeds a constant times k n log(kn), we first show that every training example becomes a support vector of the multiclass max-margin problem, so that the direction reached by gradient descent coincides with the minimum-norm interpolator of the one-hot label matrix. This reduces the analysis of the non-linear training dynamics to a closed-form linear object. We then bound the test error of this interpolator and show that it approaches the label-noise level when the separation between the means exceeds an explicit threshold that scales with the fourth root of the dimension over the sample size and polynomially with the number of classes. Below the threshold, interpolation is harmful. The results quantify how the number of classes shifts the boundary between benign and harmful overfitting, and experiments with up to one hundred classes confirm the predicted scaling.",
    keywords: ["benign overfitting", "multiclass classification", "cross-entropy", "implicit bias", "Gaussian mixtures"],
    authorKeys: ["a-priya-raghunathan", "a-minh-nguyen"],
    areaChairKey: AC_MEAN_FIELD,
    theorems: [
      {
        label: "Theorem 1",
        statement: md`Let $x = \mu_{c} + z$ with class $c \in [k]$ uniform, orthogonal means $\|\mu_c\| = \mu$, $z \sim \mathcal N(0, I_d)$, and observed labels equal to $c$ except with probability $\eta_{\mathrm{noise}}$, in which case they are uniform on the other classes. Train $W \in \mathbb R^{k\times d}$ by gradient descent on the cross-entropy loss from $W_0 = 0$ with $\eta \le c/\max_i\|x_i\|^2$. If $d \ge C\,k\,n\log(kn)$, then with probability at least $1 - \frac{C}{n}$, $W_t/\|W_t\|_F \to W_{\mathrm{MNI}}/\|W_{\mathrm{MNI}}\|_F$, where $W_{\mathrm{MNI}} = Y_{\mathrm{oh}}^\top (XX^\top)^{-1}X$ is the minimum-norm interpolator of the centred one-hot labels.`,
        assumptions: {
          ...interpolatingLinear,
          width: "overparameterized",
          widthRequirement: "d ≥ C·k·n·log(kn)",
          optimizer: "gd",
          stepSize: "below_2_over_L",
          loss: "cross_entropy",
          sampleRegime: "polynomial",
          claimType: "implicit_bias",
        },
      },
      {
        label: "Theorem 2",
        statement: md`In the setting of Theorem 1, if moreover $\mu^2 \ge C\,k\,\sqrt{d/n}\,\log(kn)$, then with probability at least $1 - \frac{C}{n}$ the limit classifier satisfies
$$\mathbb P\big(\hat y(x) \ne c\big) \le \eta_{\mathrm{noise}} + k\,\exp\Big(-c\,\frac{n\,\mu^4}{k^2 d}\Big),$$
and if $\mu^2 \le c\,\sqrt{d/n}$, its test error is at least $\eta_{\mathrm{noise}} + c'$.`,
        assumptions: {
          ...interpolatingLinear,
          width: "overparameterized",
          widthRequirement: "d ≥ C·k·n·log(kn)",
          optimizer: "gd",
          stepSize: "below_2_over_L",
          loss: "cross_entropy",
          sampleRegime: "polynomial",
        },
      },
    ],
  },
  {
    number: 38,
    title: "Non-Vacuous PAC-Bayes Bounds for Wide Networks from Training Trajectories",
    abstract:
      "PAC-Bayesian bounds are among the few generalization guarantees that are numerically non-vacuous for deep networks, but they usually require an expensive optimization of the posterior and a prior chosen before seeing the data. We propose to use the training trajectory itself to build the prior. The data are split in two: the prior is a Gaussian centred at the weights obtained by training on the first part for a fraction of the run, and the posterior is a Gaussian centred at the final weights obtained on all the data. Because both runs share the initialization and most of the trajectory, the distance between the two centres is small and the resulting bound is tight. We prove the bound in general and then analyse it in the NTK regime, where the distance between prior and posterior centres is controlled by a quadratic form of the labels with the inverse tangent kernel; this yields a bound that matches the best known data-dependent complexity bounds for wide networks. On MNIST and CIFAR-10 with networks of up to a few million parameters trained by SGD, the certified test error ranges from 0.09 to 0.46, close to the held-out error, at no extra training cost beyond a second partial run.",
    keywords: ["PAC-Bayes", "generalization bounds", "data-dependent priors", "neural tangent kernel", "non-vacuous bounds"],
    authorKeys: ["a-theo-vandenberghe", "a-clara-hoffmann"],
    areaChairKey: AC_MEAN_FIELD,
    theorems: [
      {
        label: "Theorem 1",
        statement: md`Let $S = S_1 \cup S_2$ with $|S_2| = n_2$, let $\tilde\theta$ be the weights after $T_0$ steps of SGD (batch size 128) on $S_1$, and $\hat\theta$ the weights after $T$ steps of SGD with the same seed on $S$. For $P = \mathcal N(\tilde\theta, s^2 I)$ and $Q = \mathcal N(\hat\theta, s^2 I)$ with $s$ chosen from a fixed grid of size $G$, with probability at least $1-\delta$ over $S_2$, for every grid value,
$$\mathrm{kl}\big(\hat L_{S_2}(Q)\,\big\|\,L_{\mathcal D}(Q)\big) \le \frac{\|\hat\theta - \tilde\theta\|^2/(2s^2) + \ln(2G\sqrt{n_2}/\delta)}{n_2},$$
where $L$ is the expected 0–1 loss and $\mathrm{kl}$ the binary relative entropy.`,
        assumptions: {
          architecture: "other",
          depth: "unbounded",
          width: "finite",
          parameterization: "standard",
          trainingRegime: "unspecified",
          optimizer: "sgd",
          batchSize: 128,
          stepSize: "schedule",
          initScale: "order_one",
          initStructure: "gaussian_iid",
          loss: "cross_entropy",
          data: "real_data",
          sampleRegime: "fixed_n",
          timeHorizon: "finite",
          claimType: "generalization_bound",
        },
      },
      {
        label: "Theorem 2",
        statement: md`Let the network be the two-layer ReLU network of Theorem 3.1 in the NTK parameterization with initialization scaled by $\kappa \le 1$, trained by gradient descent on the squared loss, and let $\lambda_0 = \lambda_{\min}(H^\infty) > 0$ on $S$. If $m \ge \kappa^{-2}\,C\,n^{7}/(\lambda_0^{4}\delta^{4})$ and $T \ge C\log(n/\epsilon)/(\eta\lambda_0)$, then with probability at least $1-\delta$, for any 1-Lipschitz loss bounded in $[0,1]$,
$$L_{\mathcal D}(f_{W_T}) \le \sqrt{\frac{2\,y^\top (H^\infty)^{-1}y}{n}} + O\Big(\sqrt{\frac{\log(n/(\lambda_0\delta))}{n}}\Big).$$`,
        assumptions: {
          ...ntkTwoLayer,
          widthRequirement: "m ≥ C·n⁷/(κ²·λ₀⁴·δ⁴)",
          initScale: "small",
          timeHorizon: "finite",
          claimType: "generalization_bound",
        },
      },
    ],
  },
  {
    number: 39,
    title: "Stable Minima Generalize: Norm-Based Bounds for Two-Layer Networks Trained at Large Learning Rates",
    abstract:
      "Gradient descent can only converge to minima that are linearly stable for its step size, that is, whose sharpness is at most 2/η. For two-layer ReLU networks this stability condition is a strong constraint on the function computed, not just on the parameters. We make this precise and derive generalization bounds that depend on the step size. For univariate inputs, we show that any interpolating minimum that is linearly stable for gradient descent with step size η computes a function whose second derivative, weighted by a data-dependent density, has total mass at most 1/η − 1/2. Large step sizes therefore force smooth interpolants, with no explicit regularization. For multivariate inputs we obtain an analogous bound on a weighted Radon-domain norm of the function, and combining it with a Rademacher complexity bound for the corresponding function class gives a generalization bound that decreases with the step size and does not depend on the width. The bound explains why networks trained at the edge of stability generalize better than those trained with small steps on the same data, and it is numerically informative for moderate sample sizes. Experiments on synthetic regression tasks show that the measured weighted norm tracks 1/η across step sizes.",
    keywords: ["generalization bounds", "minima stability", "large learning rates", "edge of stability", "function-space regularization"],
    authorKeys: ["a-kwame-mensah", "a-mohammed-al-rashid"],
    areaChairKey: AC_MEAN_FIELD,
    theorems: [
      {
        label: "Theorem 1",
        statement: md`Let $f(x) = \sum_{j=1}^m v_j\,\mathrm{ReLU}(w_jx + b_j) + c$ with $x \in \mathbb R$, trained on $(x_i,y_i)_{i\le n}$ with the squared loss $\frac1{2n}\sum_i(f(x_i) - y_i)^2$. If $\theta$ is an interpolating minimum that is linearly stable for gradient descent with step $\eta$, i.e. $\lambda_{\max}(\nabla^2 L(\theta)) \le 2/\eta$, then
$$\int_{\mathbb R}|f''(x)|\,g(x)\,dx \le \frac1\eta - \frac12, \qquad g(x) = \min\{\tilde g(x), \tilde g(-x)\}, \quad \tilde g(x) = \mathbb P^2(X > x)\,\mathbb E[X - x \mid X > x]\sqrt{1 + \mathbb E[X \mid X > x]^2},$$
where $X$ is uniform on $\{x_1, \dots, x_n\}$.`,
        assumptions: {
          architecture: "relu",
          depth: 2,
          width: "finite",
          parameterization: "standard",
          trainingRegime: "rich",
          optimizer: "gd",
          stepSize: "edge_of_stability",
          initScale: "order_one",
          initStructure: "gaussian_iid",
          loss: "squared",
          data: "real_data",
          sampleRegime: "fixed_n",
          timeHorizon: "infinite",
          claimType: "implicit_bias",
        },
      },
      {
        label: "Theorem 2",
        statement: md`Let $x \in \mathbb R^d$ with $\|x\| \le R$ and $|y| \le 1$ be drawn i.i.d. from a distribution whose input density is bounded below by $\rho_0 > 0$ on the ball, and let $\theta$ be an interpolating minimum that is linearly stable for gradient descent with step $\eta$. Then with probability at least $1-\delta$ over $n$ samples,
$$L_{\mathcal D}(f_\theta) - L_S(f_\theta) \le C\,\Big(\frac{1}{\eta\,\rho_0} + 1\Big)R^{2}\,\sqrt{\frac{d\log n + \log(1/\delta)}{n}} ,$$
for the squared loss clipped at $1$, with $C$ independent of the width $m$.`,
        assumptions: {
          architecture: "relu",
          depth: 2,
          width: "finite",
          parameterization: "standard",
          trainingRegime: "rich",
          optimizer: "gd",
          stepSize: "edge_of_stability",
          initScale: "order_one",
          initStructure: "gaussian_iid",
          loss: "squared",
          data: "real_data",
          sampleRegime: "n_to_infinity",
          timeHorizon: "infinite",
          claimType: "generalization_bound",
        },
      },
    ],
  },
];

export const submissions: DemoSubmission[] = [
  ...doubleDescent,
  ...kernelRegime,
  ...implicitBias,
  ...largeSteps,
  ...linearNetworks,
  ...meanField,
  ...generalization,
].sort((a, b) => a.number - b.number);
