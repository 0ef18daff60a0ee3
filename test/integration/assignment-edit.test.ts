// Hand edits of a proposal: every constraint check on the real database, the rows and totals written, the
// audit entry, the lock between two chairs, and deploy after edits.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { previewProposalEdit } from "@/lib/assignment/data";
import { applyProposalEdit, deployRun } from "@/lib/assignment/mutations";
import type { RunParams, RunSummary } from "@/lib/assignment/schema";
import { addMember, db, makeSubmission, makeUser, makeVenue } from "./factories";

const PARAMS: RunParams = { reviewersPerPaper: 2, maxLoadDefault: 2, minLoadDefault: 1, objective: "sum", affinityWeight: 1, keepDeployed: false };
const mail = (r: { email: string; name: string }) => ({ to: r.email, subject: "New papers", text: "" });

async function reviewer(venueId: string, name: string, maxLoad: number | null = null) {
  const user = await db.user.create({ data: { email: `${name.toLowerCase().replace(/\W+/g, ".")}-${randomUUID().slice(0, 6)}@example.test`, name } });
  await db.membership.create({ data: { venueId, userId: user.id, role: "REVIEWER", maxLoad } });
  return user;
}

/** p1: A, B · p2: A, C · p3: B, C; D is free (max load 1); C is p1's alternate. */
async function editableRun(opts: { baseRevision?: number } = {}) {
  const venue = await makeVenue();
  const chair = await makeUser();
  await addMember(venue.id, chair.id, "PROGRAM_CHAIR");
  const [a, b, c, d] = [await reviewer(venue.id, "Yaw Asante"), await reviewer(venue.id, "Jana Novak"), await reviewer(venue.id, "Ines Carvalho"), await reviewer(venue.id, "Rohan Iyer", 1)];
  const [p1, p2, p3] = [await makeSubmission(venue.id), await makeSubmission(venue.id), await makeSubmission(venue.id)];
  const pairs: [string, string, number, boolean][] = [
    [p1.id, a.id, 0.5, false], [p1.id, b.id, 0.4, false], [p1.id, c.id, 0.3, true],
    [p2.id, a.id, 0.6, false], [p2.id, c.id, 0.2, false],
    [p3.id, b.id, 0.7, false], [p3.id, c.id, 0.1, false],
  ];
  const summary: RunSummary = { status: "optimal", papers: 3, reviewers: 4, assigned: 6, totalScore: 2.5, lowestPaperScore: 0.8, explanations: [], seconds: 0.1, inputs: { affinityPairs: 0, bids: 0, conflicts: 0, kept: 0 } };
  const run = await db.assignmentRun.create({
    data: { venueId: venue.id, status: "SUCCEEDED", params: PARAMS, summary: summary as object, baseRevision: opts.baseRevision ?? 0, finishedAt: new Date(), proposed: { create: pairs.map(([submissionId, userId, score, isAlternate], rank) => ({ submissionId, userId, score, isAlternate, rank })) } },
  });
  return { venue, chair, run, a, b, c, d, p1, p2, p3 };
}

async function reviewersOf(runId: string, paperId: string) {
  const rows = await db.proposedAssignment.findMany({ where: { runId, submissionId: paperId, isAlternate: false }, select: { userId: true } });
  return rows.map((r) => r.userId).sort();
}

describe("hand edits of a proposal", () => {
  it("refuses a reviewer over their max load, naming the load and the limit, and writes nothing", async () => {
    const { venue, chair, run, a, b, p3 } = await editableRun();
    const req = { paperId: p3.id, remove: b.id, add: a.id };
    const preview = await previewProposalEdit(venue.id, run.id, req);
    expect(preview.errors).toEqual(["Yaw Asante would have 3 papers; max load is 2."]);
    const outcome = await applyProposalEdit(venue.id, run.id, chair.id, req);
    expect(outcome.ok).toBe(false);
    expect(await reviewersOf(run.id, p3.id)).toEqual([b.id, (await db.user.findFirstOrThrow({ where: { name: "Ines Carvalho", memberships: { some: { venueId: venue.id } } } })).id].sort());
  });

  it("never adds a conflicted pair and says why; refuses duplicates, outsiders and a fourth-reviewer add", async () => {
    const { venue, chair, run, b, c, d, p1, p3 } = await editableRun();
    await db.conflict.create({ data: { venueId: venue.id, submissionId: p1.id, userId: d.id, source: "AUTOMATIC", reasons: [{ kind: "institution", detail: "affiliated with Duke University within the last 3 years, as is author A" }] } });
    const conflicted = await applyProposalEdit(venue.id, run.id, chair.id, { paperId: p1.id, remove: b.id, add: d.id });
    expect(conflicted).toMatchObject({ ok: false, check: { errors: [`Paper ${p1.number} is conflicted with Rohan Iyer: same institution (affiliated with Duke University within the last 3 years, as is author A).`] } });

    // A conflict bid blocks too, even when the chair lifted the Conflict row.
    await db.bid.create({ data: { submissionId: p3.id, userId: d.id, value: "CONFLICT" } });
    expect((await previewProposalEdit(venue.id, run.id, { paperId: p3.id, remove: b.id, add: d.id })).errors[0]).toMatch(/is conflicted with Rohan Iyer: declared by the reviewer/);

    expect((await previewProposalEdit(venue.id, run.id, { paperId: p3.id, add: c.id })).errors).toContain(`Ines Carvalho already reviews paper ${p3.number} in this proposal.`);
    const outsider = await makeUser({ name: "Olga Outsider" });
    expect((await previewProposalEdit(venue.id, run.id, { paperId: p3.id, remove: b.id, add: outsider.id })).errors).toEqual(["Olga Outsider is not in this venue's reviewer pool."]);
    const d2 = await reviewer(venue.id, "Sara Haddadi");
    expect((await previewProposalEdit(venue.id, run.id, { paperId: p3.id, add: d2.id })).errors).toEqual([`Paper ${p3.number} would have 3 reviewers; this run asks for 2. Swap a reviewer instead of adding one.`]);
    expect(await db.proposedAssignment.count({ where: { runId: run.id } })).toBe(7);
  });

  it("swaps a reviewer: the new pair gets its score, totals are recomputed and the edit is audited", async () => {
    const { venue, chair, run, b, d, p3 } = await editableRun();
    await db.affinityScore.create({ data: { venueId: venue.id, submissionId: p3.id, userId: d.id, source: "tangent-lexical", score: 0.8 } });
    const preview = await previewProposalEdit(venue.id, run.id, { paperId: p3.id, remove: b.id, add: d.id });
    expect(preview).toMatchObject({ errors: [], score: 0.8 });
    expect(preview.warnings).toEqual([]);
    const outcome = await applyProposalEdit(venue.id, run.id, chair.id, { paperId: p3.id, remove: b.id, add: d.id });
    expect(outcome).toMatchObject({ ok: true, score: 0.8 });
    const c = await db.proposedAssignment.findFirstOrThrow({ where: { runId: run.id, submissionId: p3.id, userId: { not: d.id } } });
    expect(await reviewersOf(run.id, p3.id)).toEqual([c.userId, d.id].sort());
    const summary = (await db.assignmentRun.findUniqueOrThrow({ where: { id: run.id } })).summary as unknown as RunSummary;
    // p1 0.9, p2 0.8, p3 0.1 + 0.8.
    expect(summary.totalScore).toBeCloseTo(2.6, 10);
    expect(summary.lowestPaperScore).toBeCloseTo(0.8, 10);
    expect(summary).toMatchObject({ assigned: 6, handEdits: 1 });
    const audit = await db.auditLog.findFirstOrThrow({ where: { venueId: venue.id, action: "edit-assignment-proposal" } });
    expect(audit).toMatchObject({ actorId: chair.id, entityId: run.id, details: { op: "swap", paper: p3.number, added: d.id, removed: b.id } });
  });

  it("promotes an alternate, and a removal that leaves a paper short is applied with a warning", async () => {
    const { venue, chair, run, b, c, p1, p2 } = await editableRun();
    const swap = await applyProposalEdit(venue.id, run.id, chair.id, { paperId: p1.id, remove: b.id, add: c.id });
    expect(swap.ok).toBe(false); // C already has 2 papers
    const removal = await applyProposalEdit(venue.id, run.id, chair.id, { paperId: p2.id, remove: c.id });
    expect(removal.ok).toBe(true);
    expect(removal.check.warnings).toContain(`Paper ${p2.number} would have 1 reviewer; this run asks for 2.`);
    const promoted = await applyProposalEdit(venue.id, run.id, chair.id, { paperId: p1.id, remove: b.id, add: c.id });
    expect(promoted.ok).toBe(true);
    const row = await db.proposedAssignment.findUniqueOrThrow({ where: { runId_submissionId_userId: { runId: run.id, submissionId: p1.id, userId: c.id } } });
    expect(row.isAlternate).toBe(false);
    expect(await db.proposedAssignment.count({ where: { runId: run.id, submissionId: p1.id } })).toBe(2);
  });

  it("two chairs taking a reviewer's last slot at once: exactly one edit lands", async () => {
    const { venue, chair, run, a, c, d, p1, p2 } = await editableRun();
    const results = await Promise.all([
      applyProposalEdit(venue.id, run.id, chair.id, { paperId: p1.id, remove: a.id, add: d.id }),
      applyProposalEdit(venue.id, run.id, chair.id, { paperId: p2.id, remove: c.id, add: d.id }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)?.check.errors).toEqual(["Rohan Iyer would have 2 papers; max load is 1."]);
    expect(await db.proposedAssignment.count({ where: { runId: run.id, userId: d.id, isAlternate: false } })).toBe(1);
  });

  it("deploys the edited proposal; a deployed run can no longer be edited; a moved revision still refuses deploy", async () => {
    const { venue, chair, run, b, d, p3 } = await editableRun();
    expect((await applyProposalEdit(venue.id, run.id, chair.id, { paperId: p3.id, remove: b.id, add: d.id })).ok).toBe(true);
    const deployed = await deployRun(venue.id, run.id, chair.id, mail);
    expect(deployed).toMatchObject({ ok: true, added: 6 });
    expect(await db.assignment.count({ where: { venueId: venue.id, submissionId: p3.id, userId: d.id } })).toBe(1);
    const after = await applyProposalEdit(venue.id, run.id, chair.id, { paperId: p3.id, remove: d.id, add: b.id });
    expect(after).toMatchObject({ ok: false, check: { errors: ["This run is deployed: it can no longer be edited. Start a new run to change the assignment."] } });

    const other = await editableRun();
    await db.venue.update({ where: { id: other.venue.id }, data: { assignmentRevision: 1 } });
    expect((await applyProposalEdit(other.venue.id, other.run.id, other.chair.id, { paperId: other.p3.id, remove: other.b.id, add: other.d.id })).ok).toBe(true);
    const refused = await deployRun(other.venue.id, other.run.id, other.chair.id, mail);
    expect(refused).toMatchObject({ ok: false });
    expect(refused.ok === false && refused.reason).toMatch(/changed since this run started/);
    expect(await db.assignment.count({ where: { venueId: other.venue.id } })).toBe(0);
  });
});
