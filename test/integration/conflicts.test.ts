// A chair's conflicts by hand: add with a reason, lift (kept on record), the declared conflict's bid cleared,
// assigned-and-conflicted pairs listed, search and pages.
import { describe, expect, it } from "vitest";
import { assignedConflicts, searchConflicts } from "@/lib/conflicts/data";
import { addChairConflict, liftConflict } from "@/lib/conflicts/mutations";
import { writeBid } from "@/lib/bids/mutations";
import { addMember, assign, db, makeSubmission, makeUser, makeVenue } from "./factories";

async function setup() {
  const venue = await makeVenue();
  const chair = await makeUser({ name: "Chair Person" });
  await addMember(venue.id, chair.id, "PROGRAM_CHAIR");
  const yaw = await makeUser({ name: "Yaw Asante" });
  await addMember(venue.id, yaw.id, "REVIEWER");
  const paper = await makeSubmission(venue.id);
  return { venue, chair, yaw, paper };
}

const Q = { q: "", status: "active" as const, page: 1 };

describe("conflicts by hand", () => {
  it("adds a chair conflict with its reason, refuses a second one and unknown papers or people", async () => {
    const { venue, chair, yaw, paper } = await setup();
    const added = await addChairConflict(venue.id, chair.id, { paper: paper.number, reviewer: yaw.email, reason: "PhD advisor of the first author" });
    expect(added).toMatchObject({ ok: true, assigned: false });
    const row = await db.conflict.findUniqueOrThrow({ where: { submissionId_userId: { submissionId: paper.id, userId: yaw.id } } });
    expect(row).toMatchObject({ source: "CHAIR", liftedAt: null, reasons: [{ kind: "chair", detail: "PhD advisor of the first author" }] });
    expect(await addChairConflict(venue.id, chair.id, { paper: paper.number, reviewer: yaw.email, reason: "again" })).toEqual({ ok: false, message: `Paper #${paper.number} is already conflicted with Yaw Asante.` });
    expect(await addChairConflict(venue.id, chair.id, { paper: 999_999, reviewer: yaw.email, reason: "x y z" })).toEqual({ ok: false, message: "There is no paper #999999 in this venue." });
    const author = await makeUser();
    expect(await addChairConflict(venue.id, chair.id, { paper: paper.number, reviewer: author.email, reason: "x y z" })).toEqual({ ok: false, message: `${author.email} is not in this venue's reviewer pool.` });
    expect(await db.auditLog.count({ where: { venueId: venue.id, action: "conflict.add" } })).toBe(1);
  });

  it("lifting keeps the conflict on record with who and when; a declared conflict's bid is cleared", async () => {
    const { venue, chair, yaw, paper } = await setup();
    await writeBid({ venueId: venue.id, submissionId: paper.id, userId: yaw.id, value: "CONFLICT", reason: "my former student" });
    const declared = await db.conflict.findUniqueOrThrow({ where: { submissionId_userId: { submissionId: paper.id, userId: yaw.id } } });
    expect(declared.source).toBe("REVIEWER_DECLARED");
    const lifted = await liftConflict(venue.id, chair.id, declared.id);
    expect(lifted).toEqual({ ok: true, paper: paper.number, reviewer: "Yaw Asante", clearedBid: true });
    expect(await db.bid.count({ where: { submissionId: paper.id, userId: yaw.id } })).toBe(0);
    const after = await db.conflict.findUniqueOrThrow({ where: { id: declared.id } });
    expect(after.liftedById).toBe(chair.id);
    expect(after.liftedAt).not.toBeNull();
    expect(after.reasons).toEqual([{ kind: "declared", detail: "my former student" }]);
    expect(await liftConflict(venue.id, chair.id, declared.id)).toMatchObject({ ok: false, message: expect.stringMatching(/already lifted/) });

    const list = await searchConflicts(venue.id, { ...Q, status: "lifted" });
    expect(list.rows).toHaveLength(1);
    expect(list.rows[0]).toMatchObject({ liftedBy: "Chair Person", reasons: [{ kind: "declared", detail: "my former student" }] });
    expect((await searchConflicts(venue.id, Q)).total).toBe(0);

    // Another venue's chair cannot lift it through their venue.
    const other = await makeVenue();
    expect(await liftConflict(other.id, chair.id, declared.id)).toEqual({ ok: false, message: "This conflict does not exist." });
    // Re-adding a lifted conflict brings it back as the chair's, earlier reasons kept.
    expect(await addChairConflict(venue.id, chair.id, { paper: paper.number, reviewer: yaw.email, reason: "confirmed by the author" })).toMatchObject({ ok: true });
    expect((await db.conflict.findUniqueOrThrow({ where: { id: declared.id } })).reasons).toHaveLength(2);
  });

  it("a conflict on a deployed pair is recorded and listed as assigned and conflicted, the assignment untouched", async () => {
    const { venue, chair, yaw, paper } = await setup();
    await assign(venue.id, paper.id, yaw.id);
    const added = await addChairConflict(venue.id, chair.id, { paper: paper.number, reviewer: yaw.email, reason: "same lab" });
    expect(added).toMatchObject({ ok: true, assigned: true });
    expect(await db.assignment.count({ where: { submissionId: paper.id, userId: yaw.id } })).toBe(1);
    const flagged = await assignedConflicts(venue.id);
    expect(flagged.map((c) => [c.submission.number, c.user.name])).toEqual([[paper.number, "Yaw Asante"]]);
    await liftConflict(venue.id, chair.id, added.ok ? added.conflictId : "");
    expect(await assignedConflicts(venue.id)).toEqual([]);
  });

  it("searches by paper number, title or reviewer, and pages through 50 at a time", async () => {
    const venue = await makeVenue();
    const papers: Awaited<ReturnType<typeof makeSubmission>>[] = [];
    for (let i = 0; i < 3; i++) papers.push(await makeSubmission(venue.id));
    const people: Awaited<ReturnType<typeof makeUser>>[] = [];
    for (let i = 0; i < 20; i++) {
      const u = await makeUser({ name: i === 0 ? "Jana Novak" : `Reviewer ${i}` });
      await addMember(venue.id, u.id, "REVIEWER");
      people.push(u);
    }
    await db.conflict.createMany({ data: papers.flatMap((p) => people.map((u) => ({ venueId: venue.id, submissionId: p.id, userId: u.id, source: "AUTOMATIC" as const, reasons: [] }))) });
    const page1 = await searchConflicts(venue.id, Q);
    expect(page1.total).toBe(60);
    expect(page1.rows).toHaveLength(50);
    expect((await searchConflicts(venue.id, { ...Q, page: 2 })).rows).toHaveLength(10);
    expect((await searchConflicts(venue.id, { ...Q, q: "novak" })).total).toBe(3);
    expect((await searchConflicts(venue.id, { ...Q, q: `#${papers[1]!.number}` })).rows.every((r) => r.submission.number === papers[1]!.number)).toBe(true);
    expect((await searchConflicts(venue.id, { ...Q, q: papers[2]!.title })).total).toBe(20);
  });
});
