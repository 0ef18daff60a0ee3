// The demo venue's chairs: one program chair, one senior area chair and three area chairs reporting to them.
// areaChairs[0]: kernels, NTK and double descent; [1]: optimization, edge of stability, implicit bias and linear
// networks; [2]: mean-field, μP, scaling limits, benign overfitting and generalization.
import { inst, person, pub } from "./helpers";
import type { DemoPerson } from "./types";

export const programChair: DemoPerson = person("pc", "Margaret Ellison", "SENIOR", [
  inst("University of Illinois Urbana-Champaign", "illinois.edu", 2009, 2016),
  inst("Cornell University", "cornell.edu", 2016),
]);

export const seniorAreaChair: DemoPerson = person("sac", "Rosalind Achterberg", "SENIOR",
  [inst("University of Groningen", "rug.nl", 2008, 2014), inst("Delft University of Technology", "tudelft.nl", 2014)],
  [
    pub(2017, "IEEE Transactions on Information Theory", "Uniform convergence of empirical risk for non-convex losses", ["Willem Jansen"],
      "We give uniform convergence guarantees for the gradients and Hessians of empirical risks of non-convex losses. Together with landscape results for the population risk, they show that every local minimum of the empirical risk is near a global one for single-index models."),
    pub(2020, "COLT", "Gradient descent on two-layer networks learns low-degree polynomials", ["Willem Jansen", "Mira Okafor-Lange"],
      "We show that gradient descent on a two-layer network with a small first-layer step learns any degree-k polynomial of a low-dimensional projection with sample complexity d^k. The analysis separates a lazy warm-up phase from a feature-learning phase."),
    pub(2023, "NeurIPS", "A unified view of lazy and rich training through the tangent kernel's drift", ["Femke de Boer"],
      "We measure how far the tangent kernel moves during training and relate this drift to the width, initialization scale and step size. Small drift recovers kernel generalization bounds; large drift coincides with alignment of the kernel to the target function."),
    pub(2025, "JMLR", "Assumption matrices for deep-learning theory", ["Femke de Boer", "Willem Jansen"],
      "We catalogue the assumptions behind two hundred published convergence and generalization theorems for neural networks, such as width, parameterization, step size and data model, and show that most results cluster in a handful of regimes."),
  ]);

export const areaChairs: DemoPerson[] = [
  person("ac", "Helena Vargas", "SENIOR", [inst("Pontificia Universidad Católica de Chile", "uc.cl", 2011, 2017), inst("Duke University", "duke.edu", 2017)], [
    pub(2016, "Annals of Statistics", "Kernel ridge regression in high dimensions: a random matrix view", ["Tomás Ibarra"],
      "We characterize the test error of kernel ridge regression with inner-product kernels when the dimension and sample size are proportional. The kernel matrix behaves like a linear kernel plus a ridge term, which explains why such kernels only learn linear functions in this regime."),
    pub(2019, "NeurIPS", "Gaussian equivalence for random features with non-linear activations", ["Tomás Ibarra", "Niamh Gallagher"],
      "We prove that the test error of random-features regression coincides asymptotically with that of a Gaussian model with matched first and second moments. The equivalence yields closed-form double-descent curves for general activations."),
    pub(2022, "COLT", "Neural tangent kernels of deep networks have polynomial spectra", ["Niamh Gallagher"],
      "We show that the tangent kernels of fully connected ReLU networks on the sphere have eigenvalues decaying polynomially in the spherical-harmonic degree, with an exponent independent of depth. Depth changes only constants, not rates."),
    pub(2024, "JMLR", "Optimal ridge regularization beyond isotropic designs", ["Tomás Ibarra", "Kasper Lund"],
      "For anisotropic Gaussian designs we compute the optimal ridge penalty in the proportional regime and show that optimally tuned ridge regression never exhibits a double-descent peak, while ridgeless regression can show several."),
  ]),
  person("ac", "Takeshi Mori", "SENIOR", [inst("Nagoya University", "nagoya-u.ac.jp", 2010, 2018), inst("Osaka University", "osaka-u.ac.jp", 2018)], [
    pub(2018, "ICML", "Non-convex optimization of matrix factorization without balanced initialization", ["Ayumi Kobayashi"],
      "We analyze gradient descent on asymmetric matrix factorization from arbitrary initialization. The imbalance between factors is nearly conserved for small step sizes, and we show linear convergence whenever it stays bounded."),
    pub(2021, "NeurIPS", "Oscillations and sharpness in gradient descent with large step sizes", ["Ayumi Kobayashi", "Li Wen"],
      "We study gradient descent on two-dimensional models where the step size exceeds 2/λ_max at initialization. The iterates oscillate across a valley, the sharpness decreases, and the dynamics settle at the stability threshold, as observed for neural networks."),
    pub(2023, "ICLR", "Implicit bias of gradient descent in deep linear networks beyond gradient flow", ["Li Wen"],
      "We show that the finite step size of gradient descent adds an implicit penalty on the sharpness of the end-to-end map, which favours balanced and flatter factorizations than those reached by gradient flow."),
    pub(2025, "COLT", "Max-margin directions of homogeneous networks under adaptive methods", ["Ayumi Kobayashi"],
      "We extend directional convergence results for homogeneous networks from gradient descent to adaptive methods with diagonal preconditioners, showing convergence to KKT points of a margin problem in a preconditioner-dependent norm."),
  ]),
  person("ac", "Emmanuel Okafor", "SENIOR", [inst("University College Dublin", "ucd.ie", 2012, 2019), inst("University of Edinburgh", "ed.ac.uk", 2019)], [
    pub(2017, "Probability Theory and Related Fields", "Propagation of chaos for interacting particle systems with non-smooth kernels", ["Gráinne Walsh"],
      "We establish quantitative propagation of chaos for particle systems whose interaction kernel is only Lipschitz in a weak sense, covering the mean-field dynamics of two-layer networks with ReLU activations."),
    pub(2020, "COLT", "Mean-field limits of two-layer networks: quantitative rates at finite width", ["Gráinne Walsh", "Tariq Hussein"],
      "We bound the distance between the empirical measure of neurons and its mean-field limit along gradient descent, with rates of order one over square root of the width uniformly on bounded time intervals."),
    pub(2023, "NeurIPS", "Benign overfitting in two-layer networks with noisy labels", ["Tariq Hussein"],
      "We show that two-layer networks trained by gradient descent on noisy, high-dimensional data can interpolate the training set and still achieve near-optimal test error, provided the signal-to-noise ratio exceeds an explicit threshold."),
    pub(2025, "ICML", "Hyperparameter transfer across width and depth: a theory", ["Gráinne Walsh"],
      "We prove that under the maximal-update parameterization the optimal learning rate converges as the width grows, and quantify the finite-width correction that governs when transfer fails."),
  ]),
];
