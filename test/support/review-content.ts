// A complete, valid answer to the default form for the given theorems: tests start from it and break one thing.
import { ASSUMPTION_FIELDS } from "@/lib/theorems/taxonomy";

export function fullReading(overrides: Record<string, string> = {}) {
  const assumptions = Object.fromEntries(ASSUMPTION_FIELDS.map((f) => [f.key, f.options[0]!.value]));
  return { assumptions: { ...assumptions, ...overrides }, restrictiveness: 2, comment: "Reads as declared." };
}

export function completeContent(theoremIds: readonly string[]) {
  return {
    theorems: Object.fromEntries(theoremIds.map((id) => [id, fullReading()])),
    summary: "The paper proves global convergence of gradient descent for wide networks.",
    strengths: "Clean proof.",
    weaknesses: "Width requirement is large.",
    questions: "Does it hold for SGD?",
    soundness: 3,
    significance: 3,
    novelty: 2,
    clarity: 4,
    overall: 6,
    confidence: 4,
    reproducibility: "reproduced",
    checks: ["proofs_full"],
  };
}
