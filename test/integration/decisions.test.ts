import { describe, expect, it } from "vitest";
import { authorPaperOutcome } from "@/lib/decisions/author-outcome";
import { confirmDecisionAs, proposeDecisionAs, releaseDecisionsAs, saveMetaReview } from "@/lib/decisions/decide";
import { saveReview } from "@/lib/reviews/save-review";
import { completeContent } from "../support/review-content";
import { db } from "./factories";
import { paperWorld } from "./paper-world";

const decide = (w: Awaited<ReturnType<typeof paperWorld>>, value: string) => ({ slug: w.venue.slug, number: String(w.paper.number), value });

describe("meta-reviews, decisions and release", () => {
  it("lets only the paper's area chair write the meta-review, with a version check", async () => {
    const w = await paperWorld({ phase: "DISCUSSION" });
    const ac = await w.viewer(w.users.ac);
    const input = (body: string, baseVersion: number) => ({ slug: w.venue.slug, number: w.paper.number, baseVersion, body });
    expect(await saveMetaReview(ac, input("Draft", 0), "draft")).toMatchObject({ ok: true, version: 1 });
    expect(await saveMetaReview(ac, input("Stale", 0), "draft")).toMatchObject({ ok: false, reason: "stale" });
    expect(await saveMetaReview(await w.viewer(w.users.sac), input("Mine now", 1), "draft")).toMatchObject({ ok: false, message: "Only the paper's area chair writes its meta-review." });
    expect(await saveMetaReview(ac, input("The reviewers agree the width requirement is strong.", 1), "submit")).toMatchObject({ ok: true, submitted: true });
    expect(await db.metaReview.findUnique({ where: { submissionId: w.paper.id } })).toMatchObject({ version: 2, status: "SUBMITTED" });
  });

  it("is proposed by the area chair, confirmed by its senior area chair, and a changed proposal clears the confirmation", async () => {
    const w = await paperWorld({ phase: "DECISIONS" });
    const [ac, sac, otherSac, pc, r1] = await Promise.all([w.users.ac, w.users.sac, w.users.otherSac, w.users.pc, w.users.r1].map((u) => w.viewer(u)));
    expect(await proposeDecisionAs(sac!, decide(w, "ACCEPT_POSTER"))).toMatchObject({ ok: false, message: "Only the paper's area chair proposes its decision." });
    expect(await proposeDecisionAs(ac!, decide(w, "ACCEPT_MAYBE"))).toMatchObject({ ok: false });
    expect(await proposeDecisionAs(ac!, decide(w, "ACCEPT_POSTER"))).toMatchObject({ ok: true });
    expect(await confirmDecisionAs(otherSac!, decide(w, "ACCEPT_POSTER"))).toMatchObject({ ok: false, message: "Only the paper's senior area chair or a program chair confirms its decision." });
    expect(await confirmDecisionAs(r1!, decide(w, "ACCEPT_POSTER"))).toMatchObject({ ok: false });
    // Confirming what one did not see is refused.
    expect(await confirmDecisionAs(sac!, decide(w, "REJECT"))).toMatchObject({ ok: false, message: expect.stringMatching(/no longer Reject/) });
    expect(await confirmDecisionAs(sac!, decide(w, "ACCEPT_POSTER"))).toMatchObject({ ok: true, message: "Confirmed: Accept (poster)." });
    expect(await db.decision.findUnique({ where: { submissionId: w.paper.id } })).toMatchObject({ value: "ACCEPT_POSTER", confirmedById: w.users.sac.id });

    expect(await proposeDecisionAs(ac!, decide(w, "ACCEPT_SPOTLIGHT"))).toMatchObject({ ok: true, message: expect.stringMatching(/earlier confirmation was cleared/) });
    expect(await db.decision.findUnique({ where: { submissionId: w.paper.id } })).toMatchObject({ value: "ACCEPT_SPOTLIGHT", confirmedById: null, confirmedAt: null });
    expect(await confirmDecisionAs(pc!, decide(w, "ACCEPT_SPOTLIGHT"))).toMatchObject({ ok: true });
    const audit = await db.auditLog.findMany({ where: { venueId: w.venue.id, entityType: "Decision" }, orderBy: { id: "asc" }, select: { action: true, details: true } });
    expect(audit.map((a) => a.action)).toEqual(["decision.propose", "decision.confirm", "decision.propose", "decision.confirm"]);
    expect(audit[2]!.details).toMatchObject({ value: "ACCEPT_SPOTLIGHT", previous: "ACCEPT_POSTER", clearedConfirmation: true });
  });

  it("shows authors no decision or meta-review before release, then those and author-visible fields under labels, never identities", async () => {
    const w = await paperWorld({ phase: "REVIEWING" });
    const r1 = await w.viewer(w.users.r1);
    const content = completeContent([w.theorem.id]);
    expect(await saveReview(r1, { slug: w.venue.slug, number: w.paper.number, formVersion: 1, baseVersion: 0, content }, "submit")).toMatchObject({ ok: true });
    await db.venue.update({ where: { id: w.venue.id }, data: { phase: "DECISIONS" } });
    const ac = await w.viewer(w.users.ac);
    await saveMetaReview(ac, { slug: w.venue.slug, number: w.paper.number, baseVersion: 0, body: "Accept: clean proof." }, "submit");
    await proposeDecisionAs(ac, decide(w, "ACCEPT_ORAL"));
    const author = await w.viewer(w.users.author);

    const before = (await authorPaperOutcome(author, w.venue.slug, w.paper.number))!;
    // The reviews are the authors' from the rebuttal on (author-reviews.test.ts); the outcome waits for release.
    expect(before).toMatchObject({ released: null, metaReview: null });
    expect(before.reviews).toHaveLength(1);

    expect(await releaseDecisionsAs(await w.viewer(w.users.sac), w.venue.id)).toMatchObject({ ok: false, message: "Only program chairs release decisions to authors." });
    const pc = await w.viewer(w.users.pc);
    // Unconfirmed decisions are not released.
    expect(await releaseDecisionsAs(pc, w.venue.id)).toMatchObject({ ok: false, message: "No confirmed decision is waiting for release." });
    await confirmDecisionAs(await w.viewer(w.users.sac), decide(w, "ACCEPT_ORAL"));
    expect(await releaseDecisionsAs(pc, w.venue.id)).toMatchObject({ ok: true, message: expect.stringMatching(/^Released 1 decision:/) });

    const after = (await authorPaperOutcome(author, w.venue.slug, w.paper.number))!;
    expect(after.released?.value).toBe("ACCEPT_ORAL");
    expect(after.metaReview).toBe("Accept: clean proof.");
    expect(after.reviews).toHaveLength(1);
    const review = after.reviews[0]!;
    expect(review.label).toMatch(/^Reviewer [0-9a-f]{4,8}$/);
    expect(Object.keys(review.content)).toContain("weaknesses");
    // Confidence and the checks are for reviewers and chairs only.
    expect(Object.keys(review.content)).not.toContain("confidence");
    expect(review.fields.map((f) => f.key)).not.toContain("checks");
    const everything = JSON.stringify(after);
    for (const u of [w.users.r1, w.users.r2, w.users.ac, w.users.sac]) {
      expect(everything).not.toContain(u.name);
      expect(everything).not.toContain(u.email);
      expect(everything).not.toContain(u.id);
    }
    // A released decision no longer changes.
    expect(await proposeDecisionAs(ac, decide(w, "REJECT"))).toMatchObject({ ok: false, message: expect.stringMatching(/has been released/) });
    expect(await db.auditLog.count({ where: { venueId: w.venue.id, action: "decision.release" } })).toBe(1);
    // Another author's paper is not theirs to read.
    expect(await authorPaperOutcome(r1, w.venue.slug, w.paper.number)).toBeNull();
  });
});
