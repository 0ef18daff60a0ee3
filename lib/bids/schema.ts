// Inputs and answers of bidding. Pure: the browser's bid control imports the values, labels and types.
import { z } from "zod";

/** The bid values, most eager first, as stored (BidValue), plus NONE: "remove my bid". */
export const BID_VALUES = ["VERY_HIGH", "HIGH", "NEUTRAL", "LOW", "VERY_LOW", "CONFLICT"] as const;
export type BidValue = (typeof BID_VALUES)[number];

export const BID_LABELS: Record<BidValue | "NONE", string> = {
  NONE: "No bid",
  VERY_HIGH: "Very high",
  HIGH: "High",
  NEUTRAL: "Neutral",
  LOW: "Low",
  VERY_LOW: "Very low",
  CONFLICT: "Conflict",
};

export const PAGE_SIZE = 50;
const DEFAULT_CONFLICT_REASON = "Declared by the reviewer while bidding.";

/** What the bid control sends: which paper, which value; a conflict may say why. */
export const saveBidInputSchema = z
  .strictObject({
    slug: z.string().min(1).max(100),
    number: z.number().int().positive(),
    value: z.enum([...BID_VALUES, "NONE"]),
    reason: z.string().trim().max(500, "Keep the reason under 500 characters.").optional(),
  })
  .transform((i) => ({ ...i, reason: i.value === "CONFLICT" ? i.reason || DEFAULT_CONFLICT_REASON : undefined }));
export type SaveBidInput = z.input<typeof saveBidInputSchema>;

export type BidResult =
  | { ok: true; value: BidValue | "NONE"; savedAt: string; message: string }
  | { ok: false; message: string };

/** The bidding page's GET parameters: ?q=…&unbid=1&page=2. Anything malformed falls back to the default. */
export const biddingQuerySchema = z.object({
  q: z.string().trim().max(200).catch("").default(""),
  unbid: z
    .string()
    .optional()
    .transform((v) => v === "1" || v === "on" || v === "true")
    .catch(false),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type BiddingQuery = z.infer<typeof biddingQuerySchema>;

/** The first value of a search parameter Next.js may give as a string or an array. */
export function firstParam(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}
