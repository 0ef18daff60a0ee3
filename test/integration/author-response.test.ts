import { describe, expect, it } from "vitest";
import { paperConversation } from "@/lib/discussion/conversation";
import { saveAuthorResponse } from "@/lib/responses/save-response";
import { db } from "./factories";
import { paperWorld } from "./paper-world";

const DAY = 86_400_000;

async function world(opts: Parameters<typeof paperWorld>[0] = {}) {
  const w = await paperWorld({ phase: "DISCUSSION", rebuttalDeadline: new Date(Date.now() + 3 * DAY), ...opts });
  const input = (body: string, baseVersion: number) => ({ slug: w.venue.slug, number: w.paper.number, baseVersion, body });
  const stored = () => db.authorResponse.findUnique({ where: { submissionId: w.paper.id } });
  return { ...w, input, stored, author: await w.viewer(w.users.author) };
}

describe("the authors' response", () => {
  it("saves drafts with a version check, refuses a stale save without overwriting, and is read by reviewers only once submitted", async () => {
    const w = await world();
    expect(await saveAuthorResponse(w.author, w.input("First\r\ndraft", 0), "draft")).toMatchObject({ ok: true, version: 1, submitted: false });
    expect((await w.stored())?.body).toBe("First\ndraft");
    expect((await paperConversation(await w.viewer(w.users.r1), w.venue.slug, w.paper.number))!.response).toBeNull();

    expect(await saveAuthorResponse(w.author, w.input("Newer", 1), "draft")).toMatchObject({ ok: true, version: 2 });
    const stale = await saveAuthorResponse(w.author, w.input("Stale tab", 1), "draft");
    expect(stale).toMatchObject({ ok: false, reason: "stale" });
    expect(stale.ok ? "" : stale.message).toMatch(/^This response was changed in another tab or window at \d\d:\d\d UTC; reload to see the newer text — your text is kept below\.$/);
    expect((await w.stored())?.body).toBe("Newer");

    expect(await saveAuthorResponse(w.author, w.input("Our response.", 2), "submit")).toMatchObject({ ok: true, version: 3, submitted: true });
    expect(await saveAuthorResponse(w.author, w.input("Sneaky draft", 3), "draft")).toMatchObject({ ok: false, reason: "refused" });
    const reviewerSees = (await paperConversation(await w.viewer(w.users.r1), w.venue.slug, w.paper.number))!.response;
    expect(reviewerSees?.body).toBe("Our response.");
    expect((await paperConversation(await w.viewer(w.users.ac), w.venue.slug, w.paper.number))!.response?.body).toBe("Our response.");
    expect(await db.auditLog.count({ where: { venueId: w.venue.id, action: "authorResponse.submit" } })).toBe(1);
  });

  it("enforces the hard limit with the reviews' count, exactly at the boundary", async () => {
    const w = await world({ settings: { authorResponseMaxLength: 100 } });
    // "é" as e + combining accent is one character after NFC; "\r\n" is one.
    const exactly = "e\u0301".repeat(50) + "\r\n".repeat(50);
    expect(await saveAuthorResponse(w.author, w.input(exactly, 0), "draft")).toMatchObject({ ok: true });
    expect(await saveAuthorResponse(w.author, w.input(exactly + "😀", 1), "draft")).toEqual({
      ok: false,
      reason: "refused",
      message: "Not saved: the response is 2 characters over its limit of 100.",
    });
    expect((await w.stored())?.version).toBe(1);
  });

  it("is open only to the paper's authors, in the rebuttal phase, until the deadline AoE", async () => {
    const w = await world();
    expect(await saveAuthorResponse(await w.viewer(w.users.r1), w.input("Not mine", 0), "draft")).toMatchObject({ ok: false, message: "Only the paper's authors can write its response." });
    const late = await saveAuthorResponse(w.author, w.input("Too late", 0), "draft", new Date(Date.now() + 4 * DAY));
    expect(late).toMatchObject({ ok: false, reason: "refused" });
    expect(late.ok ? "" : late.message).toMatch(/^The author response deadline \(\d{4}-\d\d-\d\d \d\d:\d\d AoE\) has passed/);
    await db.venue.update({ where: { id: w.venue.id }, data: { phase: "REVIEWING" } });
    expect(await saveAuthorResponse(w.author, w.input("Early", 0), "draft")).toMatchObject({ ok: false, message: "The author response is open only during the venue's rebuttal (discussion) phase." });
    expect(await w.stored()).toBeNull();
  });
});
