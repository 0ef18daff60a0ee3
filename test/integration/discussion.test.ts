import { describe, expect, it } from "vitest";
import { paperConversation } from "@/lib/discussion/conversation";
import { postToDiscussion } from "@/lib/discussion/post";
import { db } from "./factories";
import { paperWorld } from "./paper-world";

const post = (w: Awaited<ReturnType<typeof paperWorld>>, body: string) => ({ slug: w.venue.slug, number: String(w.paper.number), body });

describe("a paper's discussion", () => {
  it("lets the assigned reviewers, the area chair and the senior area chair post, and shows reviewers to each other by anonymous labels", async () => {
    const w = await paperWorld();
    for (const u of [w.users.r1, w.users.r2, w.users.ac, w.users.sac]) {
      expect(await postToDiscussion(await w.viewer(u), post(w, `Post by ${u.name}: $m \\geq n^2$`))).toEqual({ ok: true, message: "Posted." });
    }
    const seen = (await paperConversation(await w.viewer(w.users.r1), w.venue.slug, w.paper.number))!;
    const who = seen.posts.map((p) => p.who);
    expect(who[0]).toMatch(/^You \(Reviewer [0-9a-f]{4,8}\)$/);
    expect(who[1]).toMatch(/^Reviewer [0-9a-f]{4,8}$/);
    expect(who.slice(2)).toEqual(["Area chair", "Senior area chair"]);
    const html = JSON.stringify(seen.posts.map((p) => p.who));
    for (const name of [w.users.r1.name, w.users.r2.name, w.users.ac.name, w.users.sac.name]) expect(html).not.toContain(name);
    // The same reviewer carries the same label for the chair.
    const chair = (await paperConversation(await w.viewer(w.users.ac), w.venue.slug, w.paper.number))!;
    expect(chair.posts[1]!.who).toBe(who[1]);
    expect(chair.posts[0]!.who).toBe(who[0]!.replace(/^You \((.*)\)$/, "$1"));
    const audit = await db.auditLog.count({ where: { venueId: w.venue.id, action: "discussion.post" } });
    expect(audit).toBe(4);
  });

  it("shows reviewers' names when the venue allows it", async () => {
    const w = await paperWorld({ settings: { reviewersSeeEachOther: true } });
    await postToDiscussion(await w.viewer(w.users.r2), post(w, "Named."));
    const seen = (await paperConversation(await w.viewer(w.users.r1), w.venue.slug, w.paper.number))!;
    expect(seen.posts[0]!.who).toMatch(new RegExp(`^${w.users.r2.name} \\(Reviewer [0-9a-f]+\\)$`));
  });

  it("refuses authors, unassigned reviewers, other phases and over-long posts, storing nothing", async () => {
    const w = await paperWorld();
    expect(await postToDiscussion(await w.viewer(w.users.author), post(w, "Let me explain."))).toMatchObject({ ok: false, message: "Only the paper's reviewers and chairs take part in its discussion." });
    expect(await paperConversation(await w.viewer(w.users.author), w.venue.slug, w.paper.number)).toBeNull();
    expect(await postToDiscussion(await w.viewer(w.users.outsider), post(w, "Hi."))).toMatchObject({ ok: false });
    expect(await paperConversation(await w.viewer(w.users.outsider), w.venue.slug, w.paper.number)).toBeNull();

    // 5,000 characters under the review count (an emoji counts 2, \r\n counts 1): exactly at the limit is fine.
    const r1 = await w.viewer(w.users.r1);
    const atLimit = "😀".repeat(2_499) + "\r\nz";
    expect(await postToDiscussion(r1, post(w, atLimit))).toMatchObject({ ok: true });
    expect(await postToDiscussion(r1, post(w, atLimit + "x"))).toMatchObject({ ok: false, message: "Not posted: The post is 1 character over its limit of 5000." });
    expect(await postToDiscussion(r1, post(w, "   \n"))).toMatchObject({ ok: false, message: "Write something to post." });

    await db.venue.update({ where: { id: w.venue.id }, data: { phase: "DECISIONS" } });
    expect(await postToDiscussion(r1, post(w, "Late thought."))).toMatchObject({
      ok: false,
      message: "The discussion is open only while the venue is in its reviewing or discussion phase.",
    });
    const stored = await db.discussionPost.findMany({ where: { submissionId: w.paper.id } });
    expect(stored.map((p) => p.body)).toEqual(["😀".repeat(2_499) + "\nz"]);
  });
});
