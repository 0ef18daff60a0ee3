// The demo venue's review form (version 1: the default deep-learning-theory form) and two submitted reviews of
// paper 1, so the area chair's assumption matrix has content. One reviewer reads the assumptions as declared;
// the other disagrees on width and step size — the disagreements the matrix exists to surface.
import { defaultDltForm } from "@/lib/reviews/form-schema";
import type { Assumptions } from "@/lib/theorems/taxonomy";

export const demoReviewForm = defaultDltForm;

export interface DemoReview {
  submissionNumber: number;
  reviewerKey: string;
  /** Readings that differ from the declaration, by theorem position. */
  corrections: Record<number, Partial<Record<keyof Assumptions, string>>>;
  restrictiveness: number;
  answers: Record<string, unknown>;
}

export const demoReviews: DemoReview[] = [
  {
    submissionNumber: 1,
    reviewerKey: "r-hiroshi-tanaka",
    corrections: {},
    restrictiveness: 2,
    answers: {
      summary: "Closed-form model-wise double descent for minimum-norm least squares when part of the signal is unobserved.",
      strengths: "Clean statements; the misspecification enters through a single effective-noise term.",
      weaknesses: "Isotropic Gaussian features only.",
      questions: "Does the location of the optimum survive anisotropic covariances?",
      soundness: 4,
      significance: 3,
      novelty: 3,
      clarity: 4,
      overall: 7,
      confidence: 4,
      reproducibility: "reproduced",
      checks: ["proofs_full", "reran_experiments"],
    },
  },
  {
    submissionNumber: 1,
    reviewerKey: "r-pablo-jimenez-ruiz",
    corrections: { 0: { width: "infinite", stepSize: "below_2_over_L" }, 1: { sampleRegime: "n_to_infinity" } },
    restrictiveness: 3,
    answers: {
      summary: "Asymptotic risk of misspecified minimum-norm regression, on both sides of the interpolation threshold.",
      strengths: "The optimum γ* has a simple closed form.",
      weaknesses: "The proportional limit is effectively an infinite-width statement, and the analysis of the fitted estimator sidesteps the step size of any actual training run.",
      questions: "Can you give non-asymptotic bounds at n = 400?",
      soundness: 3,
      significance: 2,
      novelty: 2,
      clarity: 3,
      overall: 4,
      confidence: 3,
      reproducibility: "partially",
      checks: ["proof_sketches"],
    },
  },
];

/** A demo review's content for the paper's theorems as stored (ids are the rows' ids). */
export function demoReviewContent(review: DemoReview, theorems: readonly { id: string; position: number; assumptions: Assumptions }[]) {
  const readings = Object.fromEntries(
    theorems.map((t) => {
      const { widthRequirement: _w, batchSize: _b, initAlpha: _a, depth: _d, ...categorical } = t.assumptions;
      return [t.id, { assumptions: { ...categorical, ...review.corrections[t.position] }, restrictiveness: review.restrictiveness, comment: "" }];
    }),
  );
  return { theorems: readings, ...review.answers };
}
