import { describe, expect, it } from "vitest";
import { whyNotCancelRun, whyNotEditExperiments, whyNotRerunExperiment, whyNotStressTest, whyNotViewExperiments, type ExperimentPaper, type Role } from "@/lib/auth/permissions";
import { paperRoles, viewerWith } from "./viewers";

const viewer = (id: string, roles: Role[]) => viewerWith(id, roles);
const paper: ExperimentPaper = { ...paperRoles(), submissionDeadline: new Date("2026-05-15T11:59:59Z") };
const author = viewer("auth", ["AUTHOR"]);
const reviewer = viewer("rev", ["REVIEWER"]);
const otherReviewer = viewer("rev2", ["REVIEWER"]);
const ac = viewer("ac", ["AREA_CHAIR"]);
const otherAc = viewer("ac2", ["AREA_CHAIR"]);
const sac = viewer("sac", ["SENIOR_AREA_CHAIR"]);

describe("experiment permissions", () => {
  it("shows a paper's experiments to its authors, assigned reviewers and chairs only", () => {
    for (const v of [author, reviewer, ac, sac]) expect(whyNotViewExperiments(v, paper)).toBeNull();
    expect(whyNotViewExperiments(otherReviewer, paper)).toMatch(/authors, reviewers and chairs/);
    expect(whyNotViewExperiments(otherAc, paper)).not.toBeNull();
    expect(whyNotViewExperiments(viewer("auth", ["REVIEWER"]), paper)).not.toBeNull(); // an author id without the author role
  });

  it("lets authors attach experiments until the submission deadline (AoE)", () => {
    expect(whyNotEditExperiments(author, paper, new Date("2026-05-15T11:00:00Z"))).toBeNull();
    expect(whyNotEditExperiments(author, paper, new Date("2026-05-15T12:00:00Z"))).toMatch(/submission deadline .* has passed/);
    expect(whyNotEditExperiments(reviewer, paper, new Date("2026-05-01T00:00:00Z"))).toMatch(/Only the paper's authors/);
    expect(whyNotEditExperiments(author, { ...paper, status: "WITHDRAWN" }, new Date("2026-05-01T00:00:00Z"))).toMatch(/withdrawn/);
  });

  it("keeps declared-settings re-runs to authors and chairs; stress tests to assigned reviewers within quota", () => {
    expect(whyNotRerunExperiment(author, paper)).toBeNull();
    expect(whyNotRerunExperiment(ac, paper)).toBeNull();
    expect(whyNotRerunExperiment(reviewer, paper)).not.toBeNull();
    expect(whyNotStressTest(reviewer, paper, 4, 5)).toBeNull();
    expect(whyNotStressTest(reviewer, paper, 5, 5)).toBe("You have used all 5 stress-test runs for this paper.");
    expect(whyNotStressTest(otherReviewer, paper, 0, 5)).toMatch(/assigned reviewers/);
    expect(whyNotStressTest(author, paper, 0, 5)).not.toBeNull();
    expect(whyNotStressTest(reviewer, { ...paper, decisionReleased: true }, 0, 5)).toMatch(/released/);
  });

  it("lets the requester or the paper's chairs cancel a run", () => {
    expect(whyNotCancelRun(reviewer, paper, "rev")).toBeNull();
    expect(whyNotCancelRun(otherReviewer, paper, "rev")).not.toBeNull();
    expect(whyNotCancelRun(sac, paper, "rev")).toBeNull();
    expect(whyNotCancelRun(author, paper, "rev")).not.toBeNull();
  });
});
