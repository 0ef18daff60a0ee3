import { describe, expect, it } from "vitest";
import {
  authorSubmissionScope,
  canInvite,
  canManageVenue,
  canReviewPaper,
  canViewChairConsole,
  chairSubmissionScope,
  homeConsole,
  reviewerSubmissionScope,
  whyNotInvite,
  whyNotReviewPaper,
  whyNotViewChairConsole,
  whyNotViewReviewerConsole,
  whyNotViewVenue,
  type Role,
} from "@/lib/auth/permissions";
import { V, viewerWith } from "./viewers";

const OTHER = "venue-2";
const viewer = (roles: Role[], venueId = V, isSiteAdmin = false) => viewerWith("u1", roles, venueId, isSiteAdmin);

describe("venue access", () => {
  it("lets members in and keeps everyone else out with a reason", () => {
    expect(whyNotViewVenue(viewer(["REVIEWER"]), V)).toBeNull();
    expect(whyNotViewVenue(viewer(["REVIEWER"]), OTHER)).toBe("You have no role in this venue.");
    expect(whyNotViewVenue(viewer([], V, true), OTHER)).toBeNull();
  });
});

describe("chair console", () => {
  it.each<[Role, boolean]>([
    ["PROGRAM_CHAIR", true],
    ["SENIOR_AREA_CHAIR", true],
    ["AREA_CHAIR", true],
    ["REVIEWER", false],
    ["AUTHOR", false],
  ])("%s → %s", (role, allowed) => {
    expect(canViewChairConsole(viewer([role]), V)).toBe(allowed);
    expect(whyNotViewChairConsole(viewer([role]), V) === null).toBe(allowed);
  });

  it("does not carry a chair role from one venue into another", () => {
    expect(canViewChairConsole(viewer(["PROGRAM_CHAIR"], OTHER), V)).toBe(false);
  });

  it("scopes area chairs to the papers they handle and senior chairs to the venue", () => {
    expect(chairSubmissionScope(viewer(["AREA_CHAIR"]), V)).toEqual({ kind: "handledBy", venueId: V, userId: "u1" });
    expect(chairSubmissionScope(viewer(["SENIOR_AREA_CHAIR"]), V)).toEqual({ kind: "venue", venueId: V });
    expect(chairSubmissionScope(viewer(["REVIEWER"]), V)).toBeNull();
  });

  it("lets only program and senior area chairs manage the track", () => {
    expect(canManageVenue(viewer(["SENIOR_AREA_CHAIR"]), V)).toBe(true);
    expect(canManageVenue(viewer(["AREA_CHAIR"]), V)).toBe(false);
    expect(canManageVenue(viewer([], V, true), V)).toBe(true);
  });
});

describe("invitations", () => {
  it("lets each chair recruit the level below", () => {
    expect(canInvite(viewer(["AREA_CHAIR"]), V, "REVIEWER")).toBe(true);
    expect(canInvite(viewer(["AREA_CHAIR"]), V, "AREA_CHAIR")).toBe(false);
    expect(canInvite(viewer(["SENIOR_AREA_CHAIR"]), V, "AREA_CHAIR")).toBe(true);
    expect(canInvite(viewer(["SENIOR_AREA_CHAIR"]), V, "PROGRAM_CHAIR")).toBe(false);
    expect(canInvite(viewer(["PROGRAM_CHAIR"]), V, "SENIOR_AREA_CHAIR")).toBe(true);
    expect(whyNotInvite(viewer(["REVIEWER"]), V, "REVIEWER")).toBe("You cannot invite a reviewer to this venue.");
  });
});

describe("reviewer and author scopes", () => {
  it("gives reviewers only their assigned papers and authors only their own", () => {
    expect(reviewerSubmissionScope(viewer(["REVIEWER"]), V)).toEqual({ kind: "assignedTo", venueId: V, userId: "u1" });
    expect(reviewerSubmissionScope(viewer(["AUTHOR"]), V)).toBeNull();
    expect(authorSubmissionScope(viewer(["AUTHOR"]), V)).toEqual({ kind: "authoredBy", venueId: V, userId: "u1" });
    expect(whyNotViewReviewerConsole(viewer(["AUTHOR"]), V)).toMatch(/reviewers/);
  });

  it("sends people to their most senior console", () => {
    expect(homeConsole(viewer(["AUTHOR", "REVIEWER"]), V)).toBe("reviewer");
    expect(homeConsole(viewer(["REVIEWER", "AREA_CHAIR"]), V)).toBe("chair");
    expect(homeConsole(viewer(["AUTHOR"]), V)).toBe("author");
    expect(homeConsole(viewer(["AUTHOR"]), OTHER)).toBeNull();
  });
});

describe("reviewing a paper", () => {
  const deadline = new Date("2026-12-02T11:59:59.999Z"); // 2026-12-01 23:59 AoE
  const paper = { venueId: V, status: "SUBMITTED", assignedUserIds: ["u1"], deadline };
  const before = new Date("2026-12-02T11:00:00Z");

  it("lets an assigned reviewer review until the deadline has passed everywhere on Earth", () => {
    expect(whyNotReviewPaper(viewer(["REVIEWER"]), paper, before)).toBeNull();
    expect(canReviewPaper(viewer(["REVIEWER"]), { ...paper, deadline: null }, before)).toBe(true);
    // Already Dec 2 in UTC, still Dec 1 in AoE: allowed.
    expect(canReviewPaper(viewer(["REVIEWER"]), paper, new Date("2026-12-02T11:59:59Z"))).toBe(true);
    expect(whyNotReviewPaper(viewer(["REVIEWER"]), paper, new Date("2026-12-02T12:00:00Z"))).toBe(
      "The review deadline (2026-12-01 23:59 AoE) has passed; reviews can no longer be changed.",
    );
  });

  it("refuses a paper not assigned to the reviewer, and people who are not reviewers", () => {
    expect(whyNotReviewPaper(viewer(["REVIEWER"]), { ...paper, assignedUserIds: ["u2"] }, before)).toBe(
      "This paper is not assigned to you, so you cannot review it.",
    );
    expect(whyNotReviewPaper(viewer(["AREA_CHAIR"]), paper, before)).toBe("Only the venue's reviewers can write reviews.");
    expect(canReviewPaper(viewer(["REVIEWER"], OTHER), paper, before)).toBe(false);
    expect(canReviewPaper(viewer([], V, true), paper, before)).toBe(false);
  });

  it("refuses withdrawn papers", () => {
    expect(whyNotReviewPaper(viewer(["REVIEWER"]), { ...paper, status: "WITHDRAWN" }, before)).toMatch(/withdrawn/);
  });
});
