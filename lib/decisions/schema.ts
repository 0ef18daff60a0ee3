// Meta-reviews and decisions: their inputs and labels. Pure.
import { z } from "zod";

export const META_REVIEW_MAX_LENGTH = 10_000;

export const DECISION_VALUES = ["ACCEPT_ORAL", "ACCEPT_SPOTLIGHT", "ACCEPT_POSTER", "REJECT"] as const;
export type DecisionValue = (typeof DECISION_VALUES)[number];
export const DECISION_LABELS: Record<DecisionValue, string> = {
  ACCEPT_ORAL: "Accept (oral)",
  ACCEPT_SPOTLIGHT: "Accept (spotlight)",
  ACCEPT_POSTER: "Accept (poster)",
  REJECT: "Reject",
};
export const isAccept = (v: string) => v.startsWith("ACCEPT");

const value = z.enum(DECISION_VALUES, { error: "Choose one of the decisions: accept (oral, spotlight or poster) or reject." });

/** Proposing names the new value; confirming names the value the confirmer saw, so a changed proposal is not confirmed blind. */
export const decisionInputSchema = z.object({
  slug: z.string().min(1).max(100),
  number: z.coerce.number().int().positive(),
  value,
});
export type DecisionInput = z.infer<typeof decisionInputSchema>;

export const releaseInputSchema = z.object({ venueId: z.string().min(1).max(100) });
