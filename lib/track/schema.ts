// Inputs of the track view. Pure.
import { z } from "zod";
import { DECISION_FILTERS, SOURCES } from "./regimes";

export const reminderInputSchema = z.object({
  venueId: z.string().min(1).max(100),
  /** "late": every late review of the track; "selected": the ticked ones. */
  mode: z.enum(["selected", "late"]),
  assignmentIds: z.array(z.string().min(1).max(100)).max(10_000),
});

/** The chart filters from the query string; anything unknown falls back to the default. */
export const chartQuerySchema = z.object({
  decision: z.enum(DECISION_FILTERS).catch("all").default("all"),
  source: z.enum(SOURCES).catch("declared").default("declared"),
});
