// The assignment run's parameters (stored in AssignmentRun.params) and summary (AssignmentRun.summary).
import { z } from "zod";

const count = (label: string, min: number, max: number) =>
  z.coerce.number({ error: `${label} must be a number` }).int(`${label} must be a whole number`).min(min, `${label} must be at least ${min}`).max(max, `${label} must be at most ${max}`);

const weight = (label: string) =>
  z.coerce.number({ error: `${label} must be a number` }).min(0, `${label} cannot be negative`).max(10, `${label} must be at most 10`);

export const runParamsSchema = z
  .object({
    reviewersPerPaper: count("Reviewers per paper", 1, 20),
    maxLoadDefault: count("Default maximum load", 1, 200),
    minLoadDefault: count("Default minimum load", 0, 200),
    objective: z.enum(["sum", "fair"]),
    /** Share of affinity in each pair's score; the rest goes to the reviewer's bid. */
    affinityWeight: z.coerce.number().min(0, "Affinity weight must be between 0 and 1").max(1, "Affinity weight must be between 0 and 1"),
    /** The chair's weight of each score source by name ("tangent-lexical", "import:<name>"); when set, it replaces
     * affinityWeight's equal split and bidWeight weighs the bids. A source left out weighs 0. */
    sourceWeights: z.record(z.string(), weight("Each source's weight")).optional(),
    bidWeight: weight("The bids' weight").optional(),
    /** Keep the deployed assignment and only add to it (late papers, emergency reviewers). */
    keepDeployed: z.boolean(),
  })
  .refine((p) => p.minLoadDefault <= p.maxLoadDefault, { message: "The minimum load cannot exceed the maximum load", path: ["minLoadDefault"] });

export type RunParams = z.output<typeof runParamsSchema>;

/** The run form's field of a source's weight: "weight:tangent-lexical", "weight:import:specter". */
export const WEIGHT_FIELD = "weight:";

export const startRunFormSchema = z.object({
  venueId: z.string().min(1),
  reviewersPerPaper: z.string(),
  maxLoadDefault: z.string(),
  minLoadDefault: z.string(),
  objective: z.string(),
  /** Older form: one knob between affinity and bids. The current form sends a weight per source and bidWeight. */
  affinityWeight: z.string().optional(),
  bidWeight: z.string().optional(),
  keepDeployed: z.literal("on").optional(),
});

const optionalId = z
  .string()
  .max(100)
  .optional()
  .transform((v) => v || undefined);

/** A hand edit of one paper's reviewers in a proposal: add, remove, or both (a swap). Empty selects send "". */
export const proposalEditSchema = z.object({ venueId: z.string().min(1), runId: z.string().min(1), paperId: z.string().min(1), add: optionalId, remove: optionalId });

export const runRefSchema = z.object({ venueId: z.string().min(1), runId: z.string().min(1) });

export interface RunSummary {
  status: "optimal" | "feasible" | "infeasible";
  papers: number;
  reviewers: number;
  assigned: number;
  totalScore: number;
  lowestPaperScore: number;
  /** Why no assignment exists (one sentence per binding constraint), or notes on a feasible one. */
  explanations: string[];
  seconds: number;
  /** Pairs with a score from each source, so the chair sees what the run was built on. */
  inputs: { affinityPairs: number; bids: number; conflicts: number; kept: number };
  /** Hand edits made to the proposal since the solver wrote it (the totals above include them). */
  handEdits?: number;
}
