// A venue's policy knobs, stored in Venue.settings (JSON). Read through venueSettings(), never raw: a missing key
// takes its default and a hand-edited value of the wrong type falls back to the default instead of breaking pages.
import { z } from "zod";

export const venueSettingsSchema = z.object({
  /** Whether a paper's reviewers see each other's names in its discussion (otherwise anonymous labels). */
  reviewersSeeEachOther: z.boolean().catch(false).default(false),
  /** Limit of the authors' one response, in characters as textLength (lib/reviews/form-schema.ts) counts them. */
  authorResponseMaxLength: z.number().int().min(100).max(100_000).catch(5_000).default(5_000),
  /** Limit of one discussion post. */
  discussionPostMaxLength: z.number().int().min(100).max(50_000).catch(5_000).default(5_000),
  conflictYears: z.number().int().min(0).max(20).catch(3).default(3),
  defaultMaxLoad: z.number().int().min(1).catch(4).default(4),
  reviewersPerPaper: z.number().int().min(1).catch(3).default(3),
  /** How many stress-test runs one reviewer may start on one paper's experiments. */
  stressTestQuotaPerPaper: z.number().int().min(0).max(1000).catch(5).default(5),
});
export type VenueSettings = z.infer<typeof venueSettingsSchema>;

export function venueSettings(raw: unknown): VenueSettings {
  const obj = raw && typeof raw === "object" && !Array.isArray(raw) ? raw : {};
  return venueSettingsSchema.parse(obj);
}
