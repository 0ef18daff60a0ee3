import { describe, expect, it } from "vitest";
import { loadViewer } from "@/lib/accounts/data";
import { chairSubmissionScope, reviewerSubmissionScope } from "@/lib/auth/permissions";
import { findPaperForChairs, findPaperForReviewer } from "@/lib/reviews/data";
import { addMember, assign, makeSubmission, makeUser, makeVenue } from "./factories";

describe("the review pages' reads", () => {
  it("give a reviewer their assigned paper with no author field, and nothing for another paper", async () => {
    const venue = await makeVenue();
    const reviewer = await makeUser();
    await addMember(venue.id, reviewer.id, "REVIEWER");
    const mine = await makeSubmission(venue.id, { authorName: "Very Secret Author" });
    const other = await makeSubmission(venue.id);
    await assign(venue.id, mine.id, reviewer.id);
    const scope = reviewerSubmissionScope((await loadViewer(reviewer.id))!, venue.id);
    if (scope?.kind !== "assignedTo") throw new Error("expected a reviewer scope");
    const paper = await findPaperForReviewer(scope, mine.number);
    expect(paper?.title).toBe(mine.title);
    expect(JSON.stringify(paper)).not.toContain("Very Secret Author");
    expect(Object.keys(paper!)).not.toContain("authors");
    expect(await findPaperForReviewer(scope, other.number)).toBeNull();
  });

  it("give an area chair only the papers they handle, and the senior area chair every paper", async () => {
    const venue = await makeVenue();
    const [ac, otherAc, sac] = await Promise.all([makeUser(), makeUser(), makeUser()]);
    const acM = await addMember(venue.id, ac.id, "AREA_CHAIR");
    await addMember(venue.id, otherAc.id, "AREA_CHAIR");
    await addMember(venue.id, sac.id, "SENIOR_AREA_CHAIR");
    const handled = await makeSubmission(venue.id, { areaChairMembershipId: acM.id });
    const scopeOf = async (id: string) => chairSubmissionScope((await loadViewer(id))!, venue.id)!;
    expect((await findPaperForChairs(await scopeOf(ac.id), handled.number))?.title).toBe(handled.title);
    expect(await findPaperForChairs(await scopeOf(otherAc.id), handled.number)).toBeNull();
    expect(await findPaperForChairs(await scopeOf(sac.id), handled.number)).not.toBeNull();
  });
});
