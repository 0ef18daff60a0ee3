// What the bidding page calls: resolve the viewer, find the venue within their memberships, check the rule,
// parse the GET parameters, read one page of the list.
import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import { whyNotBidInVenue, whyNotViewReviewerConsole } from "@/lib/auth/permissions";
import { allowOr404, requireViewer } from "@/lib/auth/session";
import { findVenueForViewer } from "@/lib/venues/data";
import { biddingCounts, listBiddablePapers } from "./data";
import { biddingQuerySchema, firstParam, PAGE_SIZE } from "./schema";

export type SearchParams = Record<string, string | string[] | undefined>;

export const loadBidding = cache(async (slug: string, params: SearchParams) => {
  const viewer = await requireViewer(`/venues/${slug}/reviewer/bids`);
  const venue = await findVenueForViewer(slug, viewer);
  if (!venue) notFound();
  allowOr404(whyNotViewReviewerConsole(viewer, venue.id));
  const query = biddingQuerySchema.parse({ q: firstParam(params.q), unbid: firstParam(params.unbid), page: firstParam(params.page) });
  const [list, counts] = await Promise.all([
    listBiddablePapers({ venueId: venue.id, userId: viewer.id, q: query.q, unbidOnly: query.unbid, page: query.page }),
    biddingCounts(venue.id, viewer.id),
  ]);
  return {
    venue,
    query,
    papers: list.papers,
    matching: list.matching,
    pages: Math.max(1, Math.ceil(list.matching / PAGE_SIZE)),
    counts,
    /** Why bids cannot be changed now (closed phase, passed deadline), or null while bidding is open. */
    closedReason: whyNotBidInVenue(viewer, venue),
  };
});
