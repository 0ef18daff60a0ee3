import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { executeRun } from "@/lib/assignment/execute";
import { explainPairs } from "@/lib/assignment/explain";
import { cancelRun, createRun, deployRun, saveRunResult, startRun } from "@/lib/assignment/mutations";
import type { RunParams, RunSummary } from "@/lib/assignment/schema";
import { runAffinityJob, runConflictsJob } from "@/lib/matching/jobs";
import { createVenueJob } from "@/lib/matching/mutations";
import { addMember, db, makeUser, makeVenue } from "./factories";

const TOPICS: [string, string][] = [
  ["Neural tangent kernel at finite width", "lazy training tangent kernel width corrections gradient descent"],
  ["Edge of stability of gradient descent", "sharpness edge of stability large step size oscillation"],
  ["Double descent in random features", "random features double descent interpolation threshold random matrix"],
  ["Implicit bias of linear networks", "implicit bias deep linear networks low rank balancedness"],
];

async function reviewer(venueId: string, i: number, opts: { email?: string; maxLoad?: number } = {}) {
  const tag = randomUUID().slice(0, 6);
  const [title, abstract] = TOPICS[i % TOPICS.length]!;
  const user = await db.user.create({ data: { email: opts.email ?? `rev-${tag}@uni${i}.example`, name: `Reviewer ${i} ${tag}` } });
  await db.reviewerProfile.create({
    data: {
      userId: user.id,
      emailDomains: [],
      institutions: { create: [{ name: `University ${i}`, startYear: 2015, endYear: null }] },
      publications: { create: [{ title, abstract, year: 2024, coAuthors: [] }] },
    },
  });
  await db.membership.create({ data: { venueId, userId: user.id, role: "REVIEWER", maxLoad: opts.maxLoad ?? null } });
  return user;
}

let paperNo = 1000;
async function paper(venueId: string, i: number, authorEmail = `a-${randomUUID().slice(0, 6)}@elsewhere.example`) {
  const [title, abstract] = TOPICS[i % TOPICS.length]!;
  return db.submission.create({
    data: { venueId, number: paperNo++, title, abstract, keywords: [], authors: { create: [{ name: `Author ${i}`, email: authorEmail, position: 0 }] } },
  });
}

const PARAMS: RunParams = { reviewersPerPaper: 2, maxLoadDefault: 3, minLoadDefault: 0, objective: "sum", affinityWeight: 1, keepDeployed: false };
const mail = (r: { email: string; name: string }, papers: { number: number; title: string }[]) => ({ to: r.email, subject: "New papers", text: papers.map((p) => p.title).join("\n") });

async function queuedMailTo(to: string): Promise<number> {
  const rows = await db.$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS n FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id
    WHERE t.identifier = 'send-mail' AND j.payload->>'to' = ${to}`;
  return Number(rows[0]?.n ?? 0);
}

describe("compute-conflicts job", () => {
  it("records detected conflicts with reasons, never touching chair-set or lifted ones, and drops stale ones", async () => {
    const venue = await makeVenue();
    const chair = await makeUser();
    const sameDomain = await reviewer(venue.id, 0, { email: `rev-${randomUUID().slice(0, 6)}@shared-uni.example` });
    const other = await reviewer(venue.id, 1);
    const lifted = await reviewer(venue.id, 2, { email: `rev-${randomUUID().slice(0, 6)}@shared-uni.example` });
    const p = await paper(venue.id, 0, "author@shared-uni.example");
    const p2 = await paper(venue.id, 1);
    await db.conflict.create({ data: { venueId: venue.id, submissionId: p.id, userId: lifted.id, source: "AUTOMATIC", reasons: [], liftedAt: new Date(), liftedById: chair.id } });
    await db.conflict.create({ data: { venueId: venue.id, submissionId: p2.id, userId: other.id, source: "CHAIR", reasons: [{ kind: "chair", detail: "same lab" }] } });
    await db.conflict.create({ data: { venueId: venue.id, submissionId: p2.id, userId: sameDomain.id, source: "AUTOMATIC", reasons: [{ kind: "email-domain", detail: "old" }] } });

    const jobId = await createVenueJob(venue.id, "CONFLICTS", chair.id);
    await runConflictsJob(jobId);
    const job = await db.venueJob.findUniqueOrThrow({ where: { id: jobId } });
    expect(job.status).toBe("SUCCEEDED");
    expect(job.result).toMatchObject({ found: 2, created: 1, removed: 1, kept: 1 });

    const rows = await db.conflict.findMany({ where: { venueId: venue.id }, select: { submissionId: true, userId: true, source: true, liftedAt: true, reasons: true } });
    expect(rows).toHaveLength(3);
    const detected = rows.find((r) => r.userId === sameDomain.id);
    expect(detected).toMatchObject({ submissionId: p.id, source: "AUTOMATIC" });
    expect(JSON.stringify(detected?.reasons)).toContain("email-domain");
    expect(rows.find((r) => r.userId === lifted.id)?.liftedAt).not.toBeNull();
    expect(rows.find((r) => r.userId === other.id)?.source).toBe("CHAIR");
  });
});

describe("compute-affinity job", () => {
  it("replaces this source's scores in one go and leaves other sources alone", async () => {
    const venue = await makeVenue();
    const chair = await makeUser();
    const revs = [await reviewer(venue.id, 0), await reviewer(venue.id, 1)];
    const papers = [await paper(venue.id, 0), await paper(venue.id, 1)];
    await db.affinityScore.create({ data: { venueId: venue.id, submissionId: papers[0]!.id, userId: revs[1]!.id, source: "import:toronto", score: 0.3 } });
    for (let i = 0; i < 2; i++) await runAffinityJob(await createVenueJob(venue.id, "AFFINITY", chair.id));
    const lexical = await db.affinityScore.findMany({ where: { venueId: venue.id, source: "tangent-lexical" } });
    expect(lexical.length).toBeGreaterThan(0);
    const best = lexical.filter((s) => s.submissionId === papers[0]!.id).sort((a, b) => b.score - a.score)[0];
    expect(best?.userId).toBe(revs[0]!.id); // the reviewer who wrote on the paper's topic
    expect(await db.affinityScore.count({ where: { venueId: venue.id, source: "import:toronto" } })).toBe(1);
    const jobs = await db.venueJob.findMany({ where: { venueId: venue.id, kind: "AFFINITY" } });
    expect(jobs.every((j) => j.status === "SUCCEEDED")).toBe(true);
  });
});

async function venueWithPool(reviewers = 4, papers = 4) {
  const venue = await makeVenue();
  const chair = await makeUser();
  await addMember(venue.id, chair.id, "SENIOR_AREA_CHAIR");
  const revs = [];
  for (let i = 0; i < reviewers; i++) revs.push(await reviewer(venue.id, i));
  const subs = [];
  for (let i = 0; i < papers; i++) subs.push(await paper(venue.id, i));
  await runAffinityJob(await createVenueJob(venue.id, "AFFINITY", chair.id));
  return { venue, chair, revs, subs };
}

describe("assignment runs", () => {
  it("proposes within loads and conflicts, deploys once, and refuses a stale run", async () => {
    const { venue, chair, revs, subs } = await venueWithPool();
    await db.conflict.create({ data: { venueId: venue.id, submissionId: subs[0]!.id, userId: revs[0]!.id, source: "CHAIR", reasons: [] } });
    const first = await createRun(venue.id, chair.id, PARAMS);
    const second = await createRun(venue.id, chair.id, PARAMS);
    await executeRun(first);
    await executeRun(second);

    const run = await db.assignmentRun.findUniqueOrThrow({ where: { id: first } });
    expect(run.status).toBe("SUCCEEDED");
    expect(run.progress).toBe(1);
    const summary = run.summary as unknown as RunSummary;
    expect(summary).toMatchObject({ status: "optimal", assigned: 8, papers: 4, reviewers: 4 });
    const proposed = await db.proposedAssignment.findMany({ where: { runId: first, isAlternate: false } });
    expect(proposed).toHaveLength(8);
    expect(proposed.some((p) => p.submissionId === subs[0]!.id && p.userId === revs[0]!.id)).toBe(false);

    const outcome = await deployRun(venue.id, first, chair.id, mail);
    expect(outcome).toEqual({ ok: true, added: 8, removed: 0, revision: 1 });
    expect(await db.assignment.count({ where: { venueId: venue.id } })).toBe(8);
    expect((await db.venue.findUniqueOrThrow({ where: { id: venue.id } })).assignmentRevision).toBe(1);
    const assigned = await db.user.findUniqueOrThrow({ where: { id: proposed[0]!.userId } });
    expect(await queuedMailTo(assigned.email)).toBe(1);
    expect(await db.auditLog.count({ where: { venueId: venue.id, action: "deploy-assignment" } })).toBe(1);

    const stale = await deployRun(venue.id, second, chair.id, mail);
    expect(stale.ok).toBe(false);
    expect(stale.ok ? "" : stale.reason).toMatch(/changed since this run started/);
    expect((await deployRun(venue.id, first, chair.id, mail)).ok).toBe(false); // already deployed
    expect(await db.assignment.count({ where: { venueId: venue.id } })).toBe(8);
    expect((await db.venue.findUniqueOrThrow({ where: { id: venue.id } })).assignmentRevision).toBe(1);
  });

  it("explains an infeasible run, and a failed run leaves the deployed assignment intact", async () => {
    const { venue, chair, revs, subs } = await venueWithPool(2, 3);
    await db.assignment.create({ data: { venueId: venue.id, submissionId: subs[0]!.id, userId: revs[0]!.id } });
    const id = await createRun(venue.id, chair.id, { ...PARAMS, reviewersPerPaper: 2, maxLoadDefault: 1 });
    await executeRun(id);
    const run = await db.assignmentRun.findUniqueOrThrow({ where: { id } });
    expect(run.status).toBe("FAILED");
    expect(run.message).toMatch(/No assignment satisfies every constraint/);
    expect((run.summary as unknown as RunSummary).explanations.join(" ")).toMatch(/\w/);
    expect(await db.proposedAssignment.count({ where: { runId: id } })).toBe(0);
    expect(await db.assignment.count({ where: { venueId: venue.id } })).toBe(1);
    expect((await deployRun(venue.id, id, chair.id, mail)).ok).toBe(false);
  });

  it("says so when the reviewer pool is empty", async () => {
    const { venue, chair } = await venueWithPool(0, 2);
    const id = await createRun(venue.id, chair.id, PARAMS);
    await executeRun(id);
    expect(await db.assignmentRun.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "FAILED", message: expect.stringMatching(/reviewer pool is empty/) });
  });

  it("keeps the deployed pairs when asked, and a run cancelled before it starts never runs", async () => {
    const { venue, chair, revs, subs } = await venueWithPool();
    await db.assignment.create({ data: { venueId: venue.id, submissionId: subs[1]!.id, userId: revs[3]!.id } });
    const kept = await createRun(venue.id, chair.id, { ...PARAMS, keepDeployed: true });
    await executeRun(kept);
    const pairs = await db.proposedAssignment.findMany({ where: { runId: kept, isAlternate: false } });
    expect(pairs.some((p) => p.submissionId === subs[1]!.id && p.userId === revs[3]!.id)).toBe(true);

    const cancelled = await createRun(venue.id, chair.id, PARAMS);
    expect(await cancelRun(venue.id, cancelled, chair.id)).toBe(true);
    await executeRun(cancelled);
    const row = await db.assignmentRun.findUniqueOrThrow({ where: { id: cancelled } });
    expect(row).toMatchObject({ status: "CANCELLED", startedAt: null });
    expect(row.finishedAt).not.toBeNull();
    expect(await cancelRun(venue.id, cancelled, chair.id)).toBe(false);
  });

  it("lets exactly one of two racing deploys through", async () => {
    const { venue, chair } = await venueWithPool();
    const a = await createRun(venue.id, chair.id, PARAMS);
    const b = await createRun(venue.id, chair.id, { ...PARAMS, objective: "fair" });
    await executeRun(a);
    await executeRun(b);
    const outcomes = await Promise.all([deployRun(venue.id, a, chair.id, mail), deployRun(venue.id, b, chair.id, mail)]);
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    expect((await db.venue.findUniqueOrThrow({ where: { id: venue.id } })).assignmentRevision).toBe(1);
    expect(await db.assignment.count({ where: { venueId: venue.id } })).toBe(8);
  });

  it("refuses to take a paper from a reviewer who began its review, and writes nothing", async () => {
    const { venue, chair, revs, subs } = await venueWithPool();
    const started = await db.assignment.create({ data: { venueId: venue.id, submissionId: subs[0]!.id, userId: revs[0]!.id } });
    const form = await db.reviewForm.create({ data: { venueId: venue.id, version: 1, fields: [] } });
    await db.review.create({ data: { submissionId: started.submissionId, reviewerId: started.userId, formId: form.id } });
    await db.conflict.create({ data: { venueId: venue.id, submissionId: subs[0]!.id, userId: revs[0]!.id, source: "CHAIR", reasons: [] } });
    const id = await createRun(venue.id, chair.id, PARAMS);
    await executeRun(id);
    const outcome = await deployRun(venue.id, id, chair.id, mail);
    expect(outcome.ok ? "" : outcome.reason).toMatch(/already began reviewing/);
    expect(await db.assignment.count({ where: { venueId: venue.id } })).toBe(1);
    expect((await db.venue.findUniqueOrThrow({ where: { id: venue.id } })).assignmentRevision).toBe(0);
  });

  it("saves nothing when the chair cancels while the solver is running", async () => {
    const { venue, chair, revs, subs } = await venueWithPool(2, 1);
    const id = await createRun(venue.id, chair.id, PARAMS);
    expect(await startRun(id)).toBe(true);
    expect(await cancelRun(venue.id, id, chair.id)).toBe(true);
    const summary = { status: "optimal", papers: 1, reviewers: 2, assigned: 1, totalScore: 1, lowestPaperScore: 1, explanations: [], seconds: 0, inputs: { affinityPairs: 0, bids: 0, conflicts: 0, kept: 0 } } as const;
    const saved = await saveRunResult(id, [{ paper: subs[0]!.id, reviewer: revs[0]!.id, score: 1, isAlternate: false, rank: 0 }], { ...summary, explanations: [] });
    expect(saved).toBe(false);
    expect(await db.proposedAssignment.count({ where: { runId: id } })).toBe(0);
    expect((await db.assignmentRun.findUniqueOrThrow({ where: { id } })).status).toBe("CANCELLED");
  });

  it("explains a match by shared terms and the reviewer's closest paper", async () => {
    const { revs, subs } = await venueWithPool(2, 1);
    const why = await explainPairs([{ paper: subs[0]!.id, reviewer: revs[0]!.id }]);
    expect(why.get(`${subs[0]!.id}|${revs[0]!.id}`)).toMatch(/shared terms: .*tangent.*closest paper: “Neural tangent kernel at finite width” \(2024\)/);
  });
});
