// The demo venue: a deep-learning-theory track with its chairs, reviewer pool, submissions, theorems and a
// deployed assignment. Idempotent: every row is upserted by a natural key, so running it twice changes nothing.
// `--if-empty` (used by `npm start`) leaves an existing demo venue alone, so people's edits survive restarts.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { hash } from "@node-rs/argon2";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Role } from "../lib/db/generated/client";
import { detectConflicts, type ConflictReviewer, type ConflictSubmission } from "../lib/engines/conflicts/index";
import { reviewContentSchema } from "../lib/reviews/form-schema";
import { assumptionsSchema, type Assumptions } from "../lib/theorems/taxonomy";
import { endOfDayAoE } from "../lib/time/aoe";
import { CONFLICT_REFERENCE_YEAR, CONFLICT_WINDOW_YEARS, DEMO_PASSWORD, areaChairs, authors, demoLogins, programChair, reviewers, seniorAreaChair, submissions } from "./demo/index";
import { demoAssignment } from "./demo/assignment";
import { demoReviewContent, demoReviewForm, demoReviews } from "./demo/review-form";
import { demoExperiments, packFolder, demoExperimentDir, readDemoFile } from "./demo/experiments";
import { attachBuiltin, attachBundle } from "../lib/experiments/attach";
import type { DemoPerson } from "./demo/types";

export const DEMO_SLUG = "dlt-2027";
const DEMO_NAME = "Deep Learning Theory Track 2027";

function dayOffset(days: number): Date {
  const d = new Date(Date.now() + days * 86_400_000);
  return endOfDayAoE(d.toISOString().slice(0, 10));
}

/** The demo's conflicts, found by the same engine chairs run: email domains, institutions, co-authorship. */
export function demoConflicts() {
  const authorByKey = new Map(authors.map((a) => [a.key, a]));
  const subs: ConflictSubmission[] = submissions.map((s) => ({
    id: String(s.number),
    authors: s.authorKeys.map((k) => {
      const a = authorByKey.get(k);
      if (!a) throw new Error(`Submission ${s.number}: unknown author ${k}`);
      return { name: a.name, email: a.email, institutions: a.institutions };
    }),
  }));
  const pool: ConflictReviewer[] = reviewers.map((r) => ({
    id: r.key,
    name: r.name,
    email: r.email,
    extraDomains: [],
    institutions: r.institutions,
    publications: r.publications.map((p) => ({ coAuthors: p.coAuthors, year: p.year })),
  }));
  // A fixed reference year keeps the demo the same whenever it is seeded.
  return detectConflicts(subs, pool, { currentYear: CONFLICT_REFERENCE_YEAR, institutionYears: CONFLICT_WINDOW_YEARS });
}

async function upsertPerson(db: PrismaClient, p: DemoPerson, passwordHash: string, withProfile: boolean) {
  const user = await db.user.upsert({
    where: { email: p.email.toLowerCase() },
    create: { email: p.email.toLowerCase(), name: p.name, passwordHash },
    update: { name: p.name },
    select: { id: true },
  });
  if (withProfile) {
    await db.$transaction(async (tx) => {
      const profile = await tx.reviewerProfile.upsert({
        where: { userId: user.id },
        create: { userId: user.id, seniority: p.seniority, emailDomains: [] },
        update: { seniority: p.seniority },
        select: { id: true },
      });
      await tx.institutionHistory.deleteMany({ where: { profileId: profile.id } });
      await tx.publication.deleteMany({ where: { profileId: profile.id } });
      await tx.institutionHistory.createMany({ data: p.institutions.map((i) => ({ profileId: profile.id, ...i })) });
      await tx.publication.createMany({ data: p.publications.map((pub) => ({ profileId: profile.id, ...pub })) });
    });
  }
  return user.id;
}

export async function seed(db: PrismaClient, { ifEmpty = false } = {}): Promise<"seeded" | "kept"> {
  const existing = await db.venue.findUnique({ where: { slug: DEMO_SLUG }, select: { id: true } });
  if (existing && ifEmpty) return "kept";

  // One hash for every demo account: they share a published password, so separate salts would protect nothing.
  const passwordHash = await hash(DEMO_PASSWORD, { memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  const dates = {
    submissionDeadline: dayOffset(-30),
    biddingDeadline: dayOffset(-14),
    reviewDeadline: dayOffset(21),
    rebuttalDeadline: dayOffset(35),
    decisionDeadline: dayOffset(56),
  };
  const venue = await db.venue.upsert({
    where: { slug: DEMO_SLUG },
    create: {
      slug: DEMO_SLUG,
      name: DEMO_NAME,
      shortName: "DLT 2027",
      description: "Theory of deep learning: optimization, generalization, scaling limits and implicit bias.",
      phase: "REVIEWING",
      settings: { reviewersSeeEachOther: false, conflictYears: 3, defaultMaxLoad: 4, reviewersPerPaper: 3 },
      ...dates,
    },
    update: { name: DEMO_NAME },
    select: { id: true },
  });

  const ids = new Map<string, string>();
  const member = async (p: DemoPerson, role: Role, withProfile: boolean, extra: { maxLoad?: number; seniorAreaChairId?: string } = {}) => {
    const userId = ids.get(p.key) ?? (await upsertPerson(db, p, passwordHash, withProfile));
    ids.set(p.key, userId);
    const m = await db.membership.upsert({
      where: { venueId_userId_role: { venueId: venue.id, userId, role } },
      create: { venueId: venue.id, userId, role, ...extra },
      update: extra,
      select: { id: true },
    });
    return m.id;
  };

  await member(programChair, "PROGRAM_CHAIR", false);
  const sacId = await member(seniorAreaChair, "SENIOR_AREA_CHAIR", true);
  const acMembership = new Map<string, string>();
  for (const ac of areaChairs) acMembership.set(ac.key, await member(ac, "AREA_CHAIR", true, { seniorAreaChairId: sacId }));
  for (const r of reviewers) await member(r, "REVIEWER", true, { maxLoad: r.maxLoad });
  for (const a of authors) await member(a, "AUTHOR", a.publications.length > 0);

  const authorByKey = new Map(authors.map((a) => [a.key, a]));
  const submissionIds = new Map<number, string>();
  for (const s of submissions) {
    const areaChairId = acMembership.get(s.areaChairKey);
    if (!areaChairId) throw new Error(`Submission ${s.number}: unknown area chair ${s.areaChairKey}`);
    const row = await db.$transaction(async (tx) => {
      const sub = await tx.submission.upsert({
        where: { venueId_number: { venueId: venue.id, number: s.number } },
        create: { venueId: venue.id, number: s.number, title: s.title, abstract: s.abstract, keywords: s.keywords, areaChairId, status: "SUBMITTED" },
        update: { title: s.title, abstract: s.abstract, keywords: s.keywords, areaChairId },
        select: { id: true },
      });
      await tx.submissionAuthor.deleteMany({ where: { submissionId: sub.id } });
      await tx.submissionAuthor.createMany({
        data: s.authorKeys.map((key, position) => {
          const a = authorByKey.get(key);
          if (!a) throw new Error(`Submission ${s.number}: unknown author ${key}`);
          const current = a.institutions.find((i) => i.endYear === null);
          return { submissionId: sub.id, userId: ids.get(key) ?? null, name: a.name, email: a.email.toLowerCase(), institution: current?.name ?? "", position };
        }),
      });
      // Upserted by position so theorem ids (which reviews' readings refer to) survive re-seeding.
      await tx.theorem.deleteMany({ where: { submissionId: sub.id, position: { gte: s.theorems.length } } });
      for (const [position, t] of s.theorems.entries()) {
        const data = { label: t.label, statement: t.statement, assumptions: assumptionsSchema.parse(t.assumptions) };
        await tx.theorem.upsert({
          where: { submissionId_position: { submissionId: sub.id, position } },
          create: { submissionId: sub.id, position, ...data },
          update: data,
        });
      }
      return sub;
    });
    submissionIds.set(s.number, row.id);
  }

  const conflicts = demoConflicts();
  for (const c of conflicts) {
    const submissionId = submissionIds.get(Number(c.paperId));
    const userId = ids.get(c.reviewerId);
    if (!submissionId || !userId) throw new Error(`Conflict names an unknown paper or reviewer: ${c.paperId} / ${c.reviewerId}`);
    await db.conflict.upsert({
      where: { submissionId_userId: { submissionId, userId } },
      create: { venueId: venue.id, submissionId, userId, source: "AUTOMATIC", reasons: c.reasons as unknown as object[] },
      update: { reasons: c.reasons as unknown as object[] },
    });
  }

  // A deployed assignment, so the reviewer consoles and progress counts have something real to show.
  const blocked = conflicts.map((c) => ({ submissionNumber: Number(c.paperId), reviewerKey: c.reviewerId }));
  const plan = demoAssignment(submissions, reviewers, blocked, { perPaper: 3, maxLoad: 3 });
  for (const { submissionNumber, reviewerKey } of plan) {
    const submissionId = submissionIds.get(submissionNumber);
    const userId = ids.get(reviewerKey);
    if (!submissionId || !userId) continue;
    await db.assignment.upsert({
      where: { submissionId_userId: { submissionId, userId } },
      create: { venueId: venue.id, submissionId, userId },
      update: {},
    });
  }
  await seedReviews(db, venue.id, submissionIds, ids, new Set(plan.map((p) => `${p.submissionNumber}:${p.reviewerKey}`)));
  await seedExperiments(db, venue.id, submissionIds);
  return "seeded";
}

/**
 * The venue's review form, version 1, and the demo's submitted reviews. Both are created once and then left
 * alone: form versions never change after reviews use them, and people's edits to a demo review survive.
 */
async function seedReviews(db: PrismaClient, venueId: string, submissionIds: Map<number, string>, ids: Map<string, string>, assigned: Set<string>) {
  const form = await db.reviewForm.upsert({
    where: { venueId_version: { venueId, version: demoReviewForm.version } },
    create: { venueId, version: demoReviewForm.version, fields: demoReviewForm.fields as unknown as object[] },
    update: {},
    select: { id: true },
  });
  for (const r of demoReviews) {
    const submissionId = submissionIds.get(r.submissionNumber);
    const reviewerId = ids.get(r.reviewerKey);
    // Only a reviewer the demo assignment gives the paper to may have reviewed it.
    if (!submissionId || !reviewerId || !assigned.has(`${r.submissionNumber}:${r.reviewerKey}`)) continue;
    const theorems = await db.theorem.findMany({ where: { submissionId }, orderBy: { position: "asc" }, select: { id: true, label: true, position: true, assumptions: true } });
    const content = reviewContentSchema(demoReviewForm.fields, { theorems }, "submit").parse(
      demoReviewContent(r, theorems.map((t) => ({ ...t, assumptions: t.assumptions as Assumptions }))),
    ) as object;
    await db.review.upsert({
      where: { submissionId_reviewerId: { submissionId, reviewerId } },
      create: {
        submissionId,
        reviewerId,
        formId: form.id,
        status: "SUBMITTED",
        content,
        version: 1,
        submittedAt: new Date(),
        revisions: { create: { version: 1, status: "SUBMITTED", content } },
      },
      update: {},
    });
  }
}

/**
 * The demo's experiments, attached once (a paper that already has experiments is left alone) through the same
 * checks as an author's upload. Their first runs are queued; the job worker started by `npm start` runs them.
 */
async function seedExperiments(db: PrismaClient, venueId: string, submissionIds: Map<number, string>) {
  const queue = await db.$queryRaw<{ ok: boolean }[]>`SELECT to_regnamespace('graphile_worker') IS NOT NULL AS ok`;
  if (!queue[0]?.ok) throw new Error("The job queue's schema is missing: run `npm run db:migrate` (it installs it) before seeding");
  for (const e of demoExperiments) {
    const submissionId = submissionIds.get(e.submissionNumber);
    if (!submissionId || (await db.experiment.count({ where: { submissionId } })) > 0) continue;
    const author = await db.submissionAuthor.findFirst({ where: { submissionId, userId: { not: null } }, orderBy: { position: "asc" }, select: { userId: true } });
    if (!author?.userId) throw new Error(`Demo paper ${e.submissionNumber} has no author with an account to attach its experiment`);
    const target = { venueId, submissionId, actorId: author.userId };
    const result =
      e.kind === "builtin"
        ? await attachBuiltin(target, readDemoFile(e.folder, "tangent.experiment.json"), readDemoFile(e.folder, "claimed.csv"), db)
        : await attachBundle(target, await packFolder(demoExperimentDir(e.folder)), db);
    if (!result.ok) throw new Error(`Demo experiment ${e.folder}: ${result.errors.map((x) => `${x.path}: ${x.message}`).join("; ")}`);
  }
}

export function writeDemoLogins(dataDir: string) {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, "demo-logins.json");
  writeFileSync(file, JSON.stringify({ venue: DEMO_NAME, slug: DEMO_SLUG, password: DEMO_PASSWORD, accounts: demoLogins }, null, 2));
  return file;
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 2 }) });
  try {
    const outcome = await seed(db, { ifEmpty: process.argv.includes("--if-empty") });
    writeDemoLogins(path.resolve(process.env.TANGENT_DATA_DIR ?? ".tangent"));
    console.log(outcome === "kept" ? `Demo venue ${DEMO_SLUG} already present: kept as it is.` : `Demo venue ${DEMO_SLUG} seeded.`);
  } finally {
    await db.$disconnect();
  }
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
