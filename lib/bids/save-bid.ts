// Saving a bid, for a viewer already resolved: actions.ts adds the session, tests call it directly. Order: parse
// the input → find the venue within the viewer's memberships → permission against the database state (role,
// phase, AoE deadline, the paper, conflicts) → write.
import "server-only";
import { whyNotBid, type Viewer } from "@/lib/auth/permissions";
import { findVenueForViewer } from "@/lib/venues/data";
import { findBidTarget } from "./data";
import { writeBid } from "./mutations";
import { BID_LABELS, saveBidInputSchema, type BidResult } from "./schema";

const refused = (message: string): BidResult => ({ ok: false, message });

export async function saveBid(viewer: Viewer, raw: unknown, now: Date = new Date()): Promise<BidResult> {
  const parsed = saveBidInputSchema.safeParse(raw);
  if (!parsed.success) return refused(parsed.error.issues[0]?.path[0] === "reason" ? parsed.error.issues[0].message : "This bid was malformed; reload the page and try again.");
  const input = parsed.data;

  const venue = await findVenueForViewer(input.slug, viewer);
  if (!venue) return refused("You have no role in this venue.");
  const paper = await findBidTarget(venue.id, input.number, viewer.id);
  if (!paper) return refused("There is no such paper in this venue.");
  const denied = whyNotBid(viewer, venue, { venueId: paper.venueId, status: paper.status, conflictedUserIds: paper.conflicts.map((c) => c.userId) }, now);
  if (denied) return refused(denied);

  const { updatedAt } = await writeBid({ venueId: venue.id, submissionId: paper.id, userId: viewer.id, value: input.value, reason: input.reason });
  const message =
    input.value === "CONFLICT" ? "Conflict declared; this paper is removed from your list." : input.value === "NONE" ? "Bid removed." : `Saved: ${BID_LABELS[input.value]}.`;
  return { ok: true, value: input.value, savedAt: updatedAt.toISOString(), message };
}
