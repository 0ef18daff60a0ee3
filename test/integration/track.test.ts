import { describe, expect, it } from "vitest";
import { saveReview } from "@/lib/reviews/save-review";
import { listTrackPapers } from "@/lib/track/data";
import { assignmentProgress } from "@/lib/track/progress";
import { regimeDistribution } from "@/lib/track/regimes";
import { remindReviewers } from "@/lib/track/remind";
import { assignmentRows, chartTheorems } from "@/lib/track/rows";
import { completeContent, fullReading } from "../support/review-content";
import { addTheorem, assign, db, makeSubmission } from "./factories";
import { paperWorld } from "./paper-world";

const HOUR = 3_600_000;

async function mailJobs(venueName: string) {
  const rows = await db.$queryRaw<{ payload: { to: string; subject: string; text: string } }[]>`
    SELECT j.payload FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id
    WHERE t.identifier = 'send-mail' AND j.payload->>'subject' LIKE ${`${venueName}:%`}`;
  return rows.map((r) => r.payload);
}

describe("the track view", () => {
  it("classifies reviews as submitted, missing or late against each reviewer's deadline", async () => {
    const w = await paperWorld();
    await saveReview(await w.viewer(w.users.r1), { slug: w.venue.slug, number: w.paper.number, formVersion: 1, baseVersion: 0, content: completeContent([w.theorem.id]) }, "submit");
    // r2 has a personal deadline that passed an hour ago: late, although the venue's deadline is a week away.
    await db.assignment.updateMany({ where: { submissionId: w.paper.id, userId: w.users.r2.id }, data: { dueAt: new Date(Date.now() - HOUR) } });
    const progress = assignmentProgress(assignmentRows(await listTrackPapers(w.venue.id)), w.venue.reviewDeadline, new Date());
    const state = Object.fromEntries(progress.map((p) => [p.reviewerId, p.state]));
    expect(state).toEqual({ [w.users.r1.id]: "submitted", [w.users.r2.id]: "late" });
  });

  it("reminds late reviewers once, queueing one email each in the same transaction, and never within 24 hours again", async () => {
    const w = await paperWorld();
    const second = await makeSubmission(w.venue.id);
    await assign(w.venue.id, second.id, w.users.r2.id);
    const submitted = await saveReview(await w.viewer(w.users.r1), { slug: w.venue.slug, number: w.paper.number, formVersion: 1, baseVersion: 0, content: completeContent([w.theorem.id]) }, "submit");
    expect(submitted).toMatchObject({ ok: true });
    await db.assignment.updateMany({ where: { venueId: w.venue.id }, data: { dueAt: new Date(Date.now() - HOUR) } });

    expect(await remindReviewers(await w.viewer(w.users.ac), { venueId: w.venue.id, mode: "late", assignmentIds: [] })).toMatchObject({
      ok: false,
      message: "Only program chairs and senior area chairs manage the track.",
    });
    const sac = await w.viewer(w.users.sac);
    const first = await remindReviewers(sac, { venueId: w.venue.id, mode: "late", assignmentIds: [] });
    expect(first).toEqual({ ok: true, message: "Reminded 1 reviewer about 2 reviews." });
    const mails = await mailJobs(w.venue.name);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.to).toBe(w.users.r2.email);
    expect(mails[0]!.subject).toBe(`${w.venue.name}: 2 reviews are overdue`);
    expect(mails[0]!.text).toContain(`#${w.paper.number} ${w.paper.title}`);
    expect(mails[0]!.text).not.toContain("Ada Author");
    const reminded = await db.assignment.findMany({ where: { venueId: w.venue.id, userId: w.users.r2.id }, select: { lastRemindedAt: true } });
    expect(reminded.every((a) => a.lastRemindedAt)).toBe(true);

    // Clicking again (or a second chair at once) sends nothing more.
    const again = await Promise.all([
      remindReviewers(sac, { venueId: w.venue.id, mode: "late", assignmentIds: [] }),
      remindReviewers(await w.viewer(w.users.pc), { venueId: w.venue.id, mode: "late", assignmentIds: [] }),
    ]);
    expect(again.map((a) => a.ok)).toEqual([false, false]);
    expect(await mailJobs(w.venue.name)).toHaveLength(1);

    // A day later a selected reminder goes out again; a submitted review is skipped.
    const ids = (await db.assignment.findMany({ where: { venueId: w.venue.id }, select: { id: true } })).map((a) => a.id);
    const later = await remindReviewers(sac, { venueId: w.venue.id, mode: "selected", assignmentIds: ids }, new Date(Date.now() + 25 * HOUR));
    expect(later).toMatchObject({ ok: true, message: "Reminded 1 reviewer about 2 reviews. 1 skipped (submitted, or reminded within the last 24 hours)." });
    expect(await mailJobs(w.venue.name)).toHaveLength(2);
    expect(await db.auditLog.count({ where: { venueId: w.venue.id, action: "reviews.remind" } })).toBe(2);
  });

  it("charts declared regimes and reviewers' readings, filtered by confirmed decision", async () => {
    const w = await paperWorld();
    const other = await makeSubmission(w.venue.id);
    await addTheorem(other.id, 0, { width: "finite", stepSize: "constant" });
    await addTheorem(other.id, 1, { width: "finite" });
    await saveReview(
      await w.viewer(w.users.r1),
      { slug: w.venue.slug, number: w.paper.number, formVersion: 1, baseVersion: 0, content: { ...completeContent([]), theorems: { [w.theorem.id]: fullReading({ width: "proportional" }) } } },
      "submit",
    );
    await db.decision.create({ data: { submissionId: w.paper.id, value: "ACCEPT_POSTER", proposedById: w.users.ac.id, confirmedById: w.users.sac.id, confirmedAt: new Date() } });
    await db.decision.create({ data: { submissionId: other.id, value: "REJECT", proposedById: w.users.ac.id } });
    const theorems = chartTheorems(await listTrackPapers(w.venue.id));
    const width = (filter: Parameters<typeof regimeDistribution>[1], source: Parameters<typeof regimeDistribution>[2]) => {
      const chart = regimeDistribution(theorems, filter, source).charts.find((c) => c.key === "width")!;
      return Object.fromEntries(chart.bars.filter((b) => b.count).map((b) => [b.value, [b.count, b.share]]));
    };
    expect(width("all", "declared")).toEqual({ infinite: [1, 1 / 3], finite: [2, 2 / 3] });
    expect(width("accepted", "declared")).toEqual({ infinite: [1, 1] });
    // The rejection is only proposed, not confirmed: that paper is still undecided.
    expect(width("rejected", "declared")).toEqual({});
    expect(width("undecided", "declared")).toEqual({ finite: [2, 1] });
    expect(width("all", "readings")).toEqual({ proportional: [1, 1] });
  });
});
