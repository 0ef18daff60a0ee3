// Authors read the reviews during the rebuttal, so the response answers what was written: from the discussion phase
// on they see each submitted review's author-visible fields under anonymous labels; the meta-review and the
// decision wait for release.
import { describe, expect, it } from "vitest";
import { authorPaperOutcome } from "@/lib/decisions/author-outcome";
import { confirmDecisionAs, proposeDecisionAs, releaseDecisionsAs, saveMetaReview } from "@/lib/decisions/decide";
import { paperConversation } from "@/lib/discussion/conversation";
import { postToDiscussion } from "@/lib/discussion/post";
import type { VenuePhase } from "@/lib/db/client";
import { defaultDltForm } from "@/lib/reviews/default-form";
import { saveReview } from "@/lib/reviews/save-review";
import { completeContent } from "../support/review-content";
import { db } from "./factories";
import { paperWorld, type PaperWorld } from "./paper-world";

const SECRET_TO_CHAIRS = "Chairs only: I suspect a dual submission.";
const SECRET_TO_PEERS = "Peers only: I skimmed the appendix.";

/**
 * The paper with the default form plus a chairs-only and a reviewers-only field; r1 has submitted a review, r2
 * has only a draft, and the area chair has submitted a meta-review and proposed a decision.
 */
async function reviewedPaper(): Promise<PaperWorld> {
  const w = await paperWorld({ phase: "REVIEWING" });
  await db.reviewForm.updateMany({
    where: { venueId: w.venue.id, version: 1 },
    data: {
      fields: [
        ...defaultDltForm.fields,
        { kind: "text", key: "toChairs", label: "Confidential comment to the chairs", required: false, maxLength: 2000, markdown: true, visibleTo: ["chairs"] },
        { kind: "text", key: "toPeers", label: "Note to the other reviewers", required: false, maxLength: 2000, markdown: true, visibleTo: ["reviewers", "chairs"] },
      ] as unknown as object[],
    },
  });
  const input = (content: object) => ({ slug: w.venue.slug, number: w.paper.number, formVersion: 1, baseVersion: 0, content });
  const content = { ...completeContent([w.theorem.id]), toChairs: SECRET_TO_CHAIRS, toPeers: SECRET_TO_PEERS };
  expect(await saveReview(await w.viewer(w.users.r1), input(content), "submit")).toMatchObject({ ok: true });
  expect(await saveReview(await w.viewer(w.users.r2), input({ summary: "Draft thoughts nobody should read yet." }), "draft")).toMatchObject({ ok: true });
  const ac = await w.viewer(w.users.ac);
  expect(await saveMetaReview(ac, { slug: w.venue.slug, number: w.paper.number, baseVersion: 0, body: "Meta: the width assumption decides it." }, "submit")).toMatchObject({ ok: true });
  expect(await proposeDecisionAs(ac, { slug: w.venue.slug, number: String(w.paper.number), value: "ACCEPT_POSTER" })).toMatchObject({ ok: true });
  return w;
}

const setPhase = (w: PaperWorld, phase: VenuePhase) => db.venue.update({ where: { id: w.venue.id }, data: { phase } });

async function authorView(w: PaperWorld) {
  return (await authorPaperOutcome(await w.viewer(w.users.author), w.venue.slug, w.paper.number))!;
}

function expectNoIdentity(w: PaperWorld, view: object) {
  const everything = JSON.stringify(view);
  for (const u of [w.users.r1, w.users.r2, w.users.ac, w.users.sac, w.users.pc]) {
    expect(everything).not.toContain(u.name);
    expect(everything).not.toContain(u.email);
    expect(everything).not.toContain(u.id);
  }
}

describe("what authors read of their reviews", () => {
  it("shows nothing before the rebuttal phase", async () => {
    const w = await reviewedPaper();
    const view = await authorView(w);
    expect(view).toMatchObject({ released: null, metaReview: null, reviews: [], reviewsClosed: "The reviews are shown to the authors from the rebuttal (discussion) phase on." });
    expect(JSON.stringify(view)).not.toContain("Width requirement is large.");
  });

  it("during the rebuttal shows the author-visible fields of submitted reviews under the discussion's labels, without drafts, hidden fields, identities, meta-review or decision", async () => {
    const w = await reviewedPaper();
    await setPhase(w, "DISCUSSION");
    const view = await authorView(w);
    expect(view).toMatchObject({ released: null, metaReview: null, reviewsClosed: null, responseClosed: null });
    // r2's draft is not a review yet.
    expect(view.reviews).toHaveLength(1);
    const review = view.reviews[0]!;
    // The label r1 posts under in the discussion, so the response and the discussion speak of the same reviewer.
    const r1 = await w.viewer(w.users.r1);
    expect(await postToDiscussion(r1, { slug: w.venue.slug, number: String(w.paper.number), body: "I stand by my review." })).toMatchObject({ ok: true });
    expect((await paperConversation(r1, w.venue.slug, w.paper.number))!.posts.map((p) => p.who)).toEqual([`You (${review.label})`]);
    expect(review.label).toMatch(/^Reviewer [0-9a-f]{4,8}$/);
    expect(review.content).toMatchObject({ summary: "The paper proves global convergence of gradient descent for wide networks.", weaknesses: "Width requirement is large.", overall: 6 });
    const keys = [...Object.keys(review.content), ...review.fields.map((f) => f.key)];
    for (const hidden of ["toChairs", "toPeers", "confidence", "checks"]) expect(keys).not.toContain(hidden);
    const everything = JSON.stringify(view);
    for (const s of [SECRET_TO_CHAIRS, SECRET_TO_PEERS, "Draft thoughts nobody should read yet.", "Meta: the width assumption decides it.", "ACCEPT_POSTER"]) {
      expect(everything).not.toContain(s);
    }
    expectNoIdentity(w, view);

    // The decision phase, before release: still the reviews only.
    await setPhase(w, "DECISIONS");
    const deciding = await authorView(w);
    expect(deciding).toMatchObject({ released: null, metaReview: null, reviewsClosed: null });
    expect(deciding.reviews.map((r) => r.label)).toEqual([review.label]);

    // Someone else's paper stays a 404, however far the venue is.
    expect(await authorPaperOutcome(await w.viewer(w.users.r1), w.venue.slug, w.paper.number)).toBeNull();
  });

  it("after release adds the meta-review and the decision, still with only author-visible fields and no identity", async () => {
    const w = await reviewedPaper();
    await setPhase(w, "DECISIONS");
    expect(await confirmDecisionAs(await w.viewer(w.users.sac), { slug: w.venue.slug, number: String(w.paper.number), value: "ACCEPT_POSTER" })).toMatchObject({ ok: true });
    expect(await releaseDecisionsAs(await w.viewer(w.users.pc), w.venue.id)).toMatchObject({ ok: true });
    // Release, not the phase, is what shows the outcome: the venue can move back without hiding it.
    await setPhase(w, "REVIEWING");
    const view = await authorView(w);
    expect(view.released?.value).toBe("ACCEPT_POSTER");
    expect(view.metaReview).toBe("Meta: the width assumption decides it.");
    expect(view.reviewsClosed).toBeNull();
    expect(view.reviews).toHaveLength(1);
    expect(view.reviews[0]!.content).toMatchObject({ weaknesses: "Width requirement is large." });
    const everything = JSON.stringify(view);
    for (const s of [SECRET_TO_CHAIRS, SECRET_TO_PEERS, "Draft thoughts nobody should read yet."]) expect(everything).not.toContain(s);
    expectNoIdentity(w, view);
  });
});
