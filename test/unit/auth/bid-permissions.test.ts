import { describe, expect, it } from "vitest";
import { canBid, canBidInVenue, whyNotBid, whyNotBidInVenue, type BiddablePaper, type BiddingVenue, type Role } from "@/lib/auth/permissions";
import { V, viewerWith } from "./viewers";
import { endOfDayAoE } from "@/lib/time/aoe";

const viewer = (roles: Role[], venueId = V, isSiteAdmin = false) => viewerWith("u1", roles, venueId, isSiteAdmin);
const open: BiddingVenue = { id: V, phase: "BIDDING", biddingDeadline: endOfDayAoE("2027-03-01") };
const paper: BiddablePaper = { venueId: V, status: "SUBMITTED", conflictedUserIds: [] };
const before = new Date("2027-03-01T12:00:00Z");

describe("bidding", () => {
  it("lets a reviewer bid while the venue is in its bidding phase and the AoE deadline has not passed", () => {
    expect(whyNotBidInVenue(viewer(["REVIEWER"]), open, before)).toBeNull();
    expect(whyNotBid(viewer(["REVIEWER"]), open, paper, before)).toBeNull();
    expect(canBid(viewer(["REVIEWER"]), open, paper, before)).toBe(true);
    expect(canBidInVenue(viewer(["REVIEWER"]), { ...open, biddingDeadline: null }, before)).toBe(true);
  });

  it("keeps bidding open through the deadline day everywhere on Earth, and closes it after", () => {
    const r = viewer(["REVIEWER"]);
    // 2027-03-02 11:00 UTC is still 2027-03-01 in AoE.
    expect(whyNotBid(r, open, paper, new Date("2027-03-02T11:00:00Z"))).toBeNull();
    expect(whyNotBid(r, open, paper, new Date("2027-03-02T12:00:00Z"))).toBe("The bidding deadline (2027-03-01 23:59 AoE) has passed; bids can no longer be changed.");
  });

  it("refuses outside the bidding phase", () => {
    for (const phase of ["SETUP", "SUBMISSION", "REVIEWING", "DECISIONS"]) {
      expect(whyNotBid(viewer(["REVIEWER"]), { ...open, phase }, paper, before)).toBe("Bidding is closed: the venue is not in its bidding phase.");
    }
  });

  it("refuses everyone who is not a reviewer of the venue, chairs and site admins included", () => {
    const reason = "Only the venue's reviewers can bid on papers.";
    expect(whyNotBid(viewer(["AUTHOR"]), open, paper, before)).toBe(reason);
    expect(whyNotBid(viewer(["PROGRAM_CHAIR", "AREA_CHAIR"]), open, paper, before)).toBe(reason);
    expect(whyNotBid(viewer(["REVIEWER"], "venue-2"), open, paper, before)).toBe(reason);
    expect(whyNotBid(viewer([], V, true), open, paper, before)).toBe(reason);
  });

  it("refuses a paper of another venue, a withdrawn paper and a conflicted pair", () => {
    const r = viewer(["REVIEWER"]);
    expect(whyNotBid(r, open, { ...paper, venueId: "venue-2" }, before)).toBe("This paper is not part of this venue.");
    expect(whyNotBid(r, open, { ...paper, status: "WITHDRAWN" }, before)).toBe("This paper was withdrawn or desk-rejected; it takes no bids.");
    expect(whyNotBid(r, open, { ...paper, conflictedUserIds: ["u1"] }, before)).toBe("You have a conflict with this paper, so you cannot bid on it.");
    expect(whyNotBid(r, open, { ...paper, conflictedUserIds: ["someone-else"] }, before)).toBeNull();
  });
});
