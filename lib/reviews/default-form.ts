// The default review form of a deep-learning-theory track (version 1 of every new venue's form). Its core is the
// per-theorem reading: the reviewer confirms or corrects each assumption the authors declared.
import type { FormField, ReviewFormDefinition } from "./form-schema";

const ALL = ["authors", "reviewers", "chairs"] as const;
const PEERS_AND_CHAIRS = ["reviewers", "chairs"] as const;

const fourLevels = (labels: [string, string, string, string]) => labels.map((label, i) => ({ value: i + 1, label }));
const text = (key: string, label: string, help: string, maxLength: number, required = true): FormField => ({
  kind: "text",
  key,
  label,
  help,
  required,
  maxLength,
  markdown: true,
  visibleTo: [...ALL],
});
const fourPoint = (key: string, label: string, help: string): FormField => ({
  kind: "score",
  key,
  label,
  help,
  required: true,
  levels: fourLevels(["Poor", "Fair", "Good", "Excellent"]),
  visibleTo: [...ALL],
});

const fields: FormField[] = [
  {
    kind: "perTheorem",
    key: "theorems",
    label: "Theorems",
    help: "For each theorem, confirm or correct every assumption the authors declared.",
    required: true,
    visibleTo: [...ALL],
    fields: [
      { kind: "assumptions", key: "assumptions", label: "Assumptions as you read them", required: true },
      {
        kind: "score",
        key: "restrictiveness",
        label: "How restrictive are these assumptions?",
        required: true,
        levels: fourLevels(["Mild: close to practice", "Moderate", "Strong", "Very strong: far from practice"]),
      },
      { kind: "text", key: "comment", label: "Comment on this theorem", required: false, maxLength: 2_000, markdown: true },
    ],
  },
  text("summary", "Summary", "What the paper claims, in your words.", 3_000),
  text("strengths", "Strengths", "", 5_000),
  text("weaknesses", "Weaknesses", "", 5_000),
  text("questions", "Questions for the authors", "What would change your assessment?", 5_000),
  fourPoint("soundness", "Soundness", "Are the proofs correct and the claims supported?"),
  fourPoint("significance", "Significance", "Does the result matter for understanding deep learning?"),
  fourPoint("novelty", "Novelty", "Is it new relative to prior theory?"),
  fourPoint("clarity", "Clarity", "Are the statements and assumptions clear?"),
  {
    kind: "score",
    key: "overall",
    label: "Overall rating",
    required: true,
    visibleTo: [...ALL],
    levels: [
      "Very strong reject",
      "Strong reject",
      "Reject",
      "Borderline reject",
      "Borderline accept",
      "Weak accept",
      "Accept",
      "Strong accept",
      "Very strong accept",
      "Award quality",
    ].map((label, i) => ({ value: i + 1, label })),
  },
  {
    kind: "score",
    key: "confidence",
    label: "Confidence",
    help: "Shown to the other reviewers and the chairs, not to the authors.",
    required: true,
    visibleTo: [...PEERS_AND_CHAIRS],
    levels: [
      "Educated guess",
      "Willing to defend, may have missed details",
      "Fairly confident",
      "Confident: checked the key proofs",
      "Certain: checked every proof",
    ].map((label, i) => ({ value: i + 1, label })),
  },
  {
    kind: "choice",
    key: "reproducibility",
    label: "Reproducibility of the key figures",
    required: true,
    visibleTo: [...ALL],
    options: [
      { value: "reproduced", label: "Reproduced" },
      { value: "partially", label: "Partially reproduced" },
      { value: "not_reproduced", label: "Not reproduced" },
      { value: "not_attempted", label: "Not attempted" },
    ],
  },
  {
    kind: "multi",
    key: "checks",
    label: "What you checked",
    required: false,
    visibleTo: [...PEERS_AND_CHAIRS],
    options: [
      { value: "proofs_full", label: "Proofs in full" },
      { value: "proof_sketches", label: "Proof sketches" },
      { value: "reran_experiments", label: "Re-ran the authors' experiments" },
      { value: "stress_tests", label: "Ran them at other settings of the assumptions" },
    ],
  },
];

export const defaultDltForm: ReviewFormDefinition = { version: 1, fields };
