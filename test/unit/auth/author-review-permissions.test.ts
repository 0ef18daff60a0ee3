import { describe, expect, it } from "vitest";
import { whyNotReadReviewsAsAuthor, type PaperRoles, type Role, type Viewer } from "@/lib/auth/permissions";

const V = "venue-1";
function viewer(id: string, roles: Role[]): Viewer {
  return { id, isSiteAdmin: false, memberships: roles.map((role, i) => ({ id: `m${i}`, venueId: V, role })) };
}
const paper: PaperRoles = {
  venueId: V,
  phase: "DISCUSSION",
  status: "SUBMITTED",
  assignedUserIds: ["rev"],
  authorUserIds: ["auth"],
  areaChairUserId: "ac",
  seniorAreaChairUserId: "sac",
  rebuttalDeadline: null,
  decisionReleased: false,
};
const author = viewer("auth", ["AUTHOR"]);

describe("authors reading their reviews", () => {
  it("opens with the rebuttal phase and stays open after it", () => {
    for (const phase of ["DISCUSSION", "DECISIONS", "RELEASED"]) expect(whyNotReadReviewsAsAuthor(author, { ...paper, phase })).toBeNull();
    for (const phase of ["SETUP", "SUBMISSION", "BIDDING", "REVIEWING"]) {
      expect(whyNotReadReviewsAsAuthor(author, { ...paper, phase })).toBe("The reviews are shown to the authors from the rebuttal (discussion) phase on.");
    }
  });

  it("is open whatever the phase once the decision is released", () => {
    expect(whyNotReadReviewsAsAuthor(author, { ...paper, phase: "REVIEWING", decisionReleased: true })).toBeNull();
  });

  it("is only for the paper's authors holding the author role", () => {
    expect(whyNotReadReviewsAsAuthor(viewer("other", ["AUTHOR"]), paper)).toMatch(/Only the paper's authors/);
    expect(whyNotReadReviewsAsAuthor(viewer("auth", ["REVIEWER"]), paper)).toMatch(/Only the paper's authors/);
    expect(whyNotReadReviewsAsAuthor(viewer("rev", ["REVIEWER"]), paper)).not.toBeNull();
  });
});
