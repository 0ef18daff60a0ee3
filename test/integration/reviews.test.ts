import { describe, expect, it } from "vitest";
import { loadViewer } from "@/lib/accounts/data";
import { saveReview } from "@/lib/reviews/save-review";
import type { SaveResult } from "@/lib/reviews/schema";
import { completeContent } from "../support/review-content";
import { addMember, addTheorem, assign, db, makeReviewForm, makeSubmission, makeUser, makeVenue } from "./factories";

async function world({ deadline = new Date(Date.now() + 7 * 86_400_000) }: { deadline?: Date | null } = {}) {
  const venue = await db.venue.update({ where: { id: (await makeVenue()).id }, data: { reviewDeadline: deadline } });
  const [reviewer, other] = await Promise.all([makeUser(), makeUser()]);
  await addMember(venue.id, reviewer.id, "REVIEWER");
  await addMember(venue.id, other.id, "REVIEWER");
  await makeReviewForm(venue.id);
  const paper = await makeSubmission(venue.id);
  const t1 = await addTheorem(paper.id, 0, {});
  const t2 = await addTheorem(paper.id, 1, {});
  await assign(venue.id, paper.id, reviewer.id);
  const viewer = (await loadViewer(reviewer.id))!;
  const input = (content: object, baseVersion: number, extra: object = {}) => ({ slug: venue.slug, number: paper.number, formVersion: 1, baseVersion, content, ...extra });
  const stored = () => db.review.findUnique({ where: { submissionId_reviewerId: { submissionId: paper.id, reviewerId: reviewer.id } } });
  return { venue, reviewer, other, paper, viewer, input, stored, theoremIds: [t1.id, t2.id] };
}

function expectOk(r: SaveResult): asserts r is Extract<SaveResult, { ok: true }> {
  expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
}

describe("saving a review draft", () => {
  it("creates the draft at version 1, then each save moves it one version on, storing normalized text", async () => {
    const w = await world();
    const first = await saveReview(w.viewer, w.input({ summary: "First\r\nthoughts" }, 0), "draft");
    expectOk(first);
    expect(first.version).toBe(1);
    const second = await saveReview(w.viewer, w.input({ summary: "Second thoughts", soundness: 3 }, 1), "draft");
    expectOk(second);
    expect(second.version).toBe(2);
    const row = await w.stored();
    expect(row).toMatchObject({ version: 2, status: "DRAFT", content: { summary: "Second thoughts", soundness: 3 } });
    await saveReview(w.viewer, w.input({ summary: "a\r\nb" }, 2), "draft");
    expect((await w.stored())?.content).toEqual({ summary: "a\nb" });
  });

  it("refuses a stale save, says when the newer text was written, and overwrites nothing", async () => {
    const w = await world();
    expectOk(await saveReview(w.viewer, w.input({ summary: "tab A, first" }, 0), "draft"));
    expectOk(await saveReview(w.viewer, w.input({ summary: "tab A, newer" }, 1), "draft"));
    const stale = await saveReview(w.viewer, w.input({ summary: "tab B, stale" }, 1), "draft");
    expect(stale).toMatchObject({ ok: false, reason: "stale" });
    if (stale.ok || stale.reason !== "stale") throw new Error("expected stale");
    expect(stale.message).toMatch(/^This review was changed in another tab or window at \d\d:\d\d UTC; reload to see the newer text — your text is kept below\.$/);
    const row = await w.stored();
    expect(row).toMatchObject({ version: 2, content: { summary: "tab A, newer" } });
    expect(stale.changedAt).toBe(row!.updatedAt.toISOString());
  });

  it("lets exactly one of two concurrent saves from the same version win", async () => {
    const w = await world();
    expectOk(await saveReview(w.viewer, w.input({ summary: "base" }, 0), "draft"));
    for (let round = 0; round < 5; round++) {
      const base = (await w.stored())!.version;
      const results = await Promise.all(["left", "right"].map((who) => saveReview(w.viewer, w.input({ summary: `${who} ${round}` }, base), "draft")));
      const winners = results.filter((r) => r.ok);
      expect(winners).toHaveLength(1);
      expect(results.filter((r) => !r.ok && r.reason === "stale")).toHaveLength(1);
      const row = await w.stored();
      expect(row?.version).toBe(base + 1);
      const winner = results[0]!.ok ? "left" : "right";
      expect(row?.content).toEqual({ summary: `${winner} ${round}` });
    }
  });

  it("lets exactly one of two tabs create the review", async () => {
    const w = await world();
    const results = await Promise.all(["left", "right"].map((who) => saveReview(w.viewer, w.input({ summary: who }, 0), "draft")));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.reason === "stale")).toHaveLength(1);
    expect(await db.review.count({ where: { submissionId: w.paper.id } })).toBe(1);
  });
});

describe("bad input is refused with a specific message and stored data stays as it was", () => {
  async function withDraft() {
    const w = await world();
    expectOk(await saveReview(w.viewer, w.input({ summary: "kept" }, 0), "draft"));
    return w;
  }
  async function expectUnchanged(w: Awaited<ReturnType<typeof world>>) {
    expect(await w.stored()).toMatchObject({ version: 1, status: "DRAFT", content: { summary: "kept" } });
  }

  it("refuses unknown fields, values outside the choices and over-long text, field by field", async () => {
    const w = await withDraft();
    const r = await saveReview(w.viewer, w.input({ summary: "x".repeat(3_001), mood: "great", soundness: 7, reproducibility: "sure", theorems: { nope: {} } }, 1), "draft");
    expect(r).toMatchObject({
      ok: false,
      reason: "invalid",
      message: "Not saved: 5 fields have a problem.",
      fieldErrors: {
        summary: ["Summary is 1 characters over its limit of 3000."],
        mood: ["This form has no such field."],
        soundness: ["7 is not a level of Soundness (1–4)."],
        reproducibility: ['"sure" is not one of the choices for Reproducibility of the key figures.'],
        "theorems.nope": ["This paper has no such theorem."],
      },
    });
    await expectUnchanged(w);
  });

  it("refuses a forged form version", async () => {
    const w = await withDraft();
    const r = await saveReview(w.viewer, w.input({ summary: "forged" }, 1, { formVersion: 2 }), "draft");
    expect(r).toEqual({ ok: false, reason: "refused", message: "This review uses form version 1, not 2. Reload the page." });
    await expectUnchanged(w);
    const fresh = await world();
    expect(await saveReview(fresh.viewer, fresh.input({}, 0, { formVersion: 9 }), "draft")).toEqual({
      ok: false,
      reason: "refused",
      message: "Form version 9 is not this venue's current review form (version 1). Reload the page.",
    });
    expect(await fresh.stored()).toBeNull();
  });

  it("refuses a paper not assigned to the reviewer, and a venue they are not in", async () => {
    const w = await world();
    const otherViewer = (await loadViewer(w.other.id))!;
    expect(await saveReview(otherViewer, w.input({ summary: "sneaky" }, 0), "draft")).toEqual({
      ok: false,
      reason: "refused",
      message: "This paper is not assigned to you, so you cannot review it.",
    });
    const stranger = (await loadViewer((await makeUser()).id))!;
    expect(await saveReview(stranger, w.input({}, 0), "draft")).toMatchObject({ ok: false, message: "You have no role in this venue." });
    expect(await db.review.count({ where: { submissionId: w.paper.id } })).toBe(0);
  });

  it("refuses saves after the deadline, in AoE, and honours a personal deadline", async () => {
    const w = await world({ deadline: new Date("2026-12-02T11:59:59.999Z") });
    const late = await saveReview(w.viewer, w.input({ summary: "late" }, 0), "draft", new Date("2026-12-02T12:00:00Z"));
    expect(late).toEqual({ ok: false, reason: "refused", message: "The review deadline (2026-12-01 23:59 AoE) has passed; reviews can no longer be changed." });
    expectOk(await saveReview(w.viewer, w.input({ summary: "on time" }, 0), "draft", new Date("2026-12-02T11:00:00Z")));
    await db.assignment.updateMany({ where: { submissionId: w.paper.id }, data: { dueAt: new Date("2026-11-25T11:59:59.999Z") } });
    expect(await saveReview(w.viewer, w.input({ summary: "later" }, 1), "draft", new Date("2026-11-26T00:00:00Z"))).toMatchObject({ ok: false, message: /2026-11-24 23:59 AoE/ });
    expect((await w.stored())?.content).toEqual({ summary: "on time" });
  });
});

describe("submitting a review", () => {
  it("lists every missing field, then submits a complete review and keeps each submitted version", async () => {
    const w = await world();
    expectOk(await saveReview(w.viewer, w.input({ summary: "draft" }, 0), "draft"));
    const missing = await saveReview(w.viewer, w.input({ summary: "draft" }, 1), "submit");
    expect(missing).toMatchObject({ ok: false, reason: "invalid", fieldErrors: { soundness: ["Soundness is required to submit."], theorems: ["Theorems is required to submit."] } });
    expect((await w.stored())?.status).toBe("DRAFT");

    const content = completeContent(w.theoremIds);
    const submitted = await saveReview(w.viewer, w.input(content, 1), "submit");
    expectOk(submitted);
    expect(submitted).toMatchObject({ version: 2, status: "SUBMITTED" });
    expect(await w.stored()).toMatchObject({ status: "SUBMITTED", version: 2, submittedAt: expect.any(Date) });

    // A submitted review is revised by submitting again (every field re-checked), not by autosave.
    expect(await saveReview(w.viewer, w.input({ ...content, overall: 8 }, 2), "draft")).toMatchObject({ ok: false, message: /use “Update review”/ });
    expectOk(await saveReview(w.viewer, w.input({ ...content, overall: 8 }, 2), "submit"));
    const revisions = await db.reviewRevision.findMany({ where: { review: { submissionId: w.paper.id } }, orderBy: { version: "asc" } });
    expect(revisions.map((r) => [r.version, (r.content as { overall: number }).overall])).toEqual([[2, 6], [3, 8]]);
    expect(await db.auditLog.count({ where: { action: "review.submit", actorId: w.reviewer.id } })).toBe(2);
  });
});
