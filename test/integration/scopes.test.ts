import { describe, expect, it } from "vitest";
import { loadViewer } from "@/lib/accounts/data";
import { authorSubmissionScope, chairSubmissionScope, reviewerSubmissionScope } from "@/lib/auth/permissions";
import { listSubmissionsForAuthor, listSubmissionsForChairs, listSubmissionsForReviewer, reviewProgress } from "@/lib/submissions/data";
import { findVenueForViewer } from "@/lib/venues/data";
import { addMember, assign, db, makeSubmission, makeUser, makeVenue } from "./factories";

async function world() {
  const venue = await makeVenue();
  const other = await makeVenue();
  const [reviewer, author, ac, stranger] = await Promise.all([makeUser(), makeUser(), makeUser(), makeUser()]);
  await addMember(venue.id, reviewer.id, "REVIEWER");
  await addMember(venue.id, author.id, "AUTHOR");
  const acMembership = await addMember(venue.id, ac.id, "AREA_CHAIR");
  await addMember(other.id, stranger.id, "PROGRAM_CHAIR");
  const mine = await makeSubmission(venue.id, { authorUserId: author.id, areaChairMembershipId: acMembership.id, authorName: "Hidden Name" });
  const notMine = await makeSubmission(venue.id, {});
  await assign(venue.id, mine.id, reviewer.id);
  return { venue, other, reviewer, author, ac, stranger, mine, notMine };
}

describe("submission scopes in the where clause", () => {
  it("gives a reviewer exactly the assigned papers, with no author field at all", async () => {
    const w = await world();
    const viewer = (await loadViewer(w.reviewer.id))!;
    const scope = reviewerSubmissionScope(viewer, w.venue.id);
    if (scope?.kind !== "assignedTo") throw new Error("expected a reviewer scope");
    const papers = await listSubmissionsForReviewer(scope);
    expect(papers.map((p) => p.id)).toEqual([w.mine.id]);
    const serialized = JSON.stringify(papers);
    expect(serialized).not.toContain("Hidden Name");
    expect(Object.keys(papers[0]!)).not.toContain("authors");
  });

  it("hides a withdrawn paper from its reviewers", async () => {
    const w = await world();
    await db.submission.update({ where: { id: w.mine.id }, data: { status: "WITHDRAWN" } });
    const viewer = (await loadViewer(w.reviewer.id))!;
    const scope = reviewerSubmissionScope(viewer, w.venue.id);
    if (scope?.kind !== "assignedTo") throw new Error("expected a reviewer scope");
    expect(await listSubmissionsForReviewer(scope)).toEqual([]);
  });

  it("gives an author their own papers and an area chair the ones they handle", async () => {
    const w = await world();
    const author = (await loadViewer(w.author.id))!;
    const aScope = authorSubmissionScope(author, w.venue.id);
    if (aScope?.kind !== "authoredBy") throw new Error("expected an author scope");
    expect((await listSubmissionsForAuthor(aScope)).map((s) => s.id)).toEqual([w.mine.id]);

    const ac = (await loadViewer(w.ac.id))!;
    const cScope = chairSubmissionScope(ac, w.venue.id)!;
    expect((await listSubmissionsForChairs(cScope)).map((s) => s.id)).toEqual([w.mine.id]);
    expect(await reviewProgress(cScope)).toEqual({ expected: 1, submitted: 0, drafts: 0, missing: 1 });
  });

  it("finds a venue only for its members, so another venue looks like no venue", async () => {
    const w = await world();
    const stranger = (await loadViewer(w.stranger.id))!;
    expect(await findVenueForViewer(w.venue.slug, stranger)).toBeNull();
    expect(await findVenueForViewer(w.other.slug, stranger)).not.toBeNull();
    expect(await findVenueForViewer("no-such-venue", stranger)).toBeNull();
  });

  it("reads roles from the database on every request, so a removed role takes effect at once", async () => {
    const w = await world();
    await db.membership.deleteMany({ where: { userId: w.reviewer.id, venueId: w.venue.id } });
    const viewer = (await loadViewer(w.reviewer.id))!;
    expect(reviewerSubmissionScope(viewer, w.venue.id)).toBeNull();
  });
});
