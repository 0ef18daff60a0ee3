import { describe, expect, it } from "vitest";
import { whyNotReadReviewsAsAuthor, type PaperRoles, type Role } from "@/lib/auth/permissions";
import { paperRoles, viewerWith } from "./viewers";

const viewer = (id: string, roles: Role[]) => viewerWith(id, roles);
const paper: PaperRoles = paperRoles({ phase: "DISCUSSION" });
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
