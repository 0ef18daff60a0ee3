// A small deep-learning-theory corpus where the right reviewer for each paper is known.
import type { Reviewer, Submission } from "@/lib/engines/affinity";

export const SUBMISSIONS: Submission[] = [
  {
    id: "ntk",
    title: "Feature learning beyond the neural tangent kernel",
    abstract: "Wide two-layer networks trained by gradient descent can leave the lazy kernel regime. We characterise when the neural tangent kernel changes during training and features are learned.",
  },
  {
    id: "pac",
    title: "Non-vacuous PAC-Bayes bounds for overparameterized networks",
    abstract: "We optimise PAC-Bayesian generalization bounds over posterior variances and exploit flat minima of the training loss to obtain non-vacuous guarantees.",
  },
  {
    id: "bias",
    title: "Implicit bias of stochastic gradient descent on separable data",
    abstract: "On linearly separable data, gradient descent on the logistic loss converges in direction to the max-margin classifier; we quantify the effect of mini-batch noise.",
  },
  {
    id: "icl",
    title: "Transformers learn linear regression in context",
    abstract: "Single-layer linear self-attention trained on random regression tasks implements a step of gradient descent on the in-context examples.",
  },
];

export const REVIEWERS: Reviewer[] = [
  {
    id: "vision",
    publications: [
      { title: "Deep residual learning for image recognition", abstract: "Residual connections ease training of very deep convolutional networks for image classification.", year: 2016 },
      { title: "Object detection with region proposals", abstract: "Region proposal networks share convolutional features with the detection network.", year: 2015 },
    ],
  },
  {
    id: "kernel-expert",
    publications: [
      { title: "Neural tangent kernel: convergence and generalization in neural networks", abstract: "During gradient descent the evolution of a wide network is described by the neural tangent kernel.", year: 2018 },
      { title: "On lazy training in differentiable programming", abstract: "The lazy kernel regime, where wide models behave like their linearization, is due to scaling.", year: 2019 },
      { title: "Mean-field analysis of two-layer networks", abstract: "Feature learning in two-layer networks in the mean-field limit, beyond kernel methods.", year: 2020 },
    ],
  },
  {
    id: "bounds-expert",
    publications: [
      { title: "Computing non-vacuous generalization bounds for deep stochastic networks", abstract: "Optimising a PAC-Bayes bound yields non-vacuous generalization bounds for overparameterized networks.", year: 2017 },
      { title: "Sharpness, flat minima and generalization", abstract: "Flatness of minima of the training loss relates to PAC-Bayesian guarantees.", year: 2019 },
    ],
  },
  {
    id: "bias-expert",
    publications: [
      { title: "The implicit bias of gradient descent on separable data", abstract: "Gradient descent on the logistic loss with separable data converges in direction to the max-margin solution.", year: 2018 },
      { title: "Stochastic gradient noise and implicit regularization", abstract: "Mini-batch noise of SGD induces implicit regularization.", year: 2021 },
    ],
  },
  {
    id: "icl-expert",
    publications: [
      { title: "Transformers learn in-context by gradient descent", abstract: "Linear self-attention layers can implement gradient descent on a regression loss in context.", year: 2023 },
      { title: "What can transformers learn in-context?", abstract: "Transformers trained from scratch learn linear functions in context.", year: 2022 },
    ],
  },
  { id: "no-publications", publications: [] },
];

export const EXPERT_OF: Record<string, string> = { ntk: "kernel-expert", pac: "bounds-expert", bias: "bias-expert", icl: "icl-expert" };
