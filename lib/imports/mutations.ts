// Writing an import: one transaction per file. Checks that need the database (an id that already belongs to
// another paper number) run first, inside the same transaction, so the decision "import or not" and the writes
// see the same state; a file with errors writes nothing unless the chair chose to skip bad rows.
import "server-only";
import { db, type Prisma } from "@/lib/db/client";
import { IMPORTED_PREFIX, type PublicationFile, type PublicationRow } from "./publications";
import type { ReviewerRow } from "./reviewers";
import type { SubmissionRow } from "./submissions";
import { sortErrors, type ImportReport, type RowError } from "./types";

type Tx = Prisma.TransactionClient;
type Lined<T> = { line: number; row: T };

interface ImportArgs<T> {
  venueId: string;
  /** null for the command line, which has no signed-in person. */
  actorId: string | null;
  fileName: string;
  rows: Lined<T>[];
  /** Errors found while parsing the file. */
  errors: RowError[];
  skipBadRows: boolean;
}

/** Large files: the default interactive-transaction timeout (5 s) is too short for thousands of rows. */
const TX_OPTIONS = { timeout: 120_000, maxWait: 10_000 };

function refuse(kind: ImportReport["kind"], fileName: string, errors: RowError[]): ImportReport {
  return { kind, fileName, imported: false, created: 0, updated: 0, skipped: 0, errors: sortErrors(errors) };
}

/** Resolve each row to an existing paper (by id, then number) or a new one, reporting rows whose keys disagree. */
async function planSubmissions(tx: Tx, venueId: string, rows: Lined<SubmissionRow>[]) {
  const existing = await tx.submission.findMany({ where: { venueId }, select: { id: true, number: true, externalId: true } });
  const byId = new Map(existing.filter((s) => s.externalId).map((s) => [s.externalId!, s]));
  const byNumber = new Map(existing.map((s) => [s.number, s]));
  const taken = new Set([...existing.map((s) => s.number), ...rows.flatMap((r) => (r.row.number ? [r.row.number] : []))]);
  let next = 1;
  const errors: RowError[] = [];
  const plan: { line: number; row: SubmissionRow; targetId: string | null; number: number }[] = [];
  for (const { line, row } of rows) {
    const viaId = row.id ? byId.get(row.id) : undefined;
    const viaNumber = row.number ? byNumber.get(row.number) : undefined;
    if (viaId && row.number && viaId.number !== row.number) {
      errors.push({ line, reason: `id ${row.id} is paper #${viaId.number} in this venue, not #${row.number}` });
    } else if (!viaId && viaNumber && row.id && viaNumber.externalId && viaNumber.externalId !== row.id) {
      errors.push({ line, reason: `paper #${row.number} already has id ${viaNumber.externalId}, not ${row.id}` });
    } else {
      const target = viaId ?? viaNumber ?? null;
      let number = target?.number ?? row.number;
      if (number === undefined) {
        while (taken.has(next)) next++;
        number = next;
        taken.add(number);
      }
      plan.push({ line, row, targetId: target?.id ?? null, number });
    }
  }
  return { plan, errors };
}

async function writeAuthors(tx: Tx, venueId: string, submissionId: string, authors: SubmissionRow["authors"], users: Map<string, string>) {
  await tx.submissionAuthor.deleteMany({ where: { submissionId } });
  await tx.submissionAuthor.createMany({
    data: authors.map((a, position) => ({ submissionId, name: a.name, email: a.email, position, userId: users.get(a.email) ?? null })),
  });
  // Authors who already have an account get the author console of this venue.
  const linked = authors.flatMap((a) => (users.has(a.email) ? [{ venueId, userId: users.get(a.email)!, role: "AUTHOR" as const }] : []));
  if (linked.length) await tx.membership.createMany({ data: linked, skipDuplicates: true });
}

export async function importSubmissions(args: ImportArgs<SubmissionRow>): Promise<ImportReport> {
  return db.$transaction(async (tx) => {
    const { plan, errors: dbErrors } = await planSubmissions(tx, args.venueId, args.rows);
    const errors = sortErrors([...args.errors, ...dbErrors]);
    if (errors.length > 0 && !args.skipBadRows) return refuse("submissions", args.fileName, errors);

    const emails = [...new Set(plan.flatMap((p) => p.row.authors.map((a) => a.email)))];
    const users = new Map((await tx.user.findMany({ where: { email: { in: emails } }, select: { id: true, email: true } })).map((u) => [u.email, u.id]));
    let created = 0;
    for (const { row, targetId, number } of plan) {
      const fields = { title: row.title, abstract: row.abstract, keywords: row.keywords, ...(row.id ? { externalId: row.id } : {}) };
      const sub = targetId
        ? await tx.submission.update({ where: { id: targetId }, data: fields, select: { id: true } })
        : await tx.submission.create({ data: { venueId: args.venueId, number, ...fields }, select: { id: true } });
      if (!targetId) created++;
      await writeAuthors(tx, args.venueId, sub.id, row.authors, users);
    }
    const report: ImportReport = { kind: "submissions", fileName: args.fileName, imported: true, created, updated: plan.length - created, skipped: errors.length, errors };
    await tx.auditLog.create({
      data: { venueId: args.venueId, actorId: args.actorId, action: "import-submissions", entityType: "Venue", entityId: args.venueId, details: { fileName: args.fileName, created, updated: report.updated, skipped: report.skipped } },
    });
    return report;
  }, TX_OPTIONS);
}

async function upsertReviewer(tx: Tx, venueId: string, row: ReviewerRow): Promise<"created" | "updated"> {
  const user = await tx.user.upsert({ where: { email: row.email }, create: { email: row.email, name: row.name }, update: { name: row.name }, select: { id: true } });
  const profile = await tx.reviewerProfile.upsert({
    where: { userId: user.id },
    create: { userId: user.id, seniority: row.seniority ?? "JUNIOR", emailDomains: [] },
    update: row.seniority ? { seniority: row.seniority } : {},
    select: { id: true },
  });
  if (row.institutions) {
    await tx.institutionHistory.deleteMany({ where: { profileId: profile.id } });
    await tx.institutionHistory.createMany({ data: row.institutions.map((i) => ({ profileId: profile.id, ...i })) });
  }
  const key = { venueId_userId_role: { venueId, userId: user.id, role: "REVIEWER" as const } };
  const loads = { maxLoad: row.maxLoad ?? null, minLoad: row.minLoad ?? null };
  const before = await tx.membership.findUnique({ where: key, select: { id: true } });
  if (before) await tx.membership.update({ where: { id: before.id }, data: loads });
  else await tx.membership.create({ data: { venueId, userId: user.id, role: "REVIEWER", ...loads } });
  return before ? "updated" : "created";
}

export async function importReviewers(args: ImportArgs<ReviewerRow>): Promise<ImportReport> {
  const errors = sortErrors(args.errors);
  if (errors.length > 0 && !args.skipBadRows) return refuse("reviewers", args.fileName, errors);
  return db.$transaction(async (tx) => {
    let created = 0;
    for (const { row } of args.rows) if ((await upsertReviewer(tx, args.venueId, row)) === "created") created++;
    const report: ImportReport = { kind: "reviewers", fileName: args.fileName, imported: true, created, updated: args.rows.length - created, skipped: errors.length, errors };
    await tx.auditLog.create({
      data: { venueId: args.venueId, actorId: args.actorId, action: "import-reviewers", entityType: "Venue", entityId: args.venueId, details: { fileName: args.fileName, created, updated: report.updated, skipped: report.skipped } },
    });
    return report;
  }, TX_OPTIONS);
}

/** Find each file's reviewer in the venue's pool, by email or user id; a file naming nobody is an error. */
async function reviewersOfFiles(tx: Tx, venueId: string, files: PublicationFile[]) {
  const emails = files.flatMap((f) => ("email" in f.reviewer ? [f.reviewer.email] : []));
  const ids = files.flatMap((f) => ("id" in f.reviewer ? [f.reviewer.id] : []));
  const pool = await tx.membership.findMany({
    where: { venueId, role: "REVIEWER", user: { OR: [{ email: { in: emails } }, { id: { in: ids } }] } },
    select: { user: { select: { id: true, email: true } } },
  });
  const byKey = new Map(pool.flatMap((m) => [[m.user.email, m.user.id] as const, [m.user.id, m.user.id] as const]));
  const errors: RowError[] = [];
  const owner = new Map<PublicationFile, string>();
  for (const f of files) {
    const k = "email" in f.reviewer ? f.reviewer.email : f.reviewer.id;
    const id = byKey.get(k);
    if (id) owner.set(f, id);
    else errors.push({ file: f.fileName, line: 0, reason: `no reviewer in this venue's pool has the ${"email" in f.reviewer ? "email" : "id"} ${k}` });
  }
  return { owner, errors };
}

/**
 * Reviewer publications, from one or many files, in one transaction. Each named reviewer's earlier imported
 * publications are replaced (never duplicated); publications entered otherwise stay, and a file's entry with the
 * same title and year as one of those is not added twice. With errors, nothing is written unless skipping.
 */
export async function importPublications(args: { venueId: string; actorId: string | null; files: PublicationFile[]; errors: RowError[]; skipBadRows: boolean }): Promise<ImportReport> {
  const names = [...args.files.map((f) => f.fileName), ...args.errors.map((e) => e.file ?? "")].filter(Boolean);
  const fileName = names.length === 1 ? names[0]! : `${names.length} files`;
  return db.$transaction(async (tx) => {
    const { owner, errors: poolErrors } = await reviewersOfFiles(tx, args.venueId, args.files);
    const errors = sortErrors([...args.errors, ...args.files.flatMap((f) => f.errors), ...poolErrors]);
    if (errors.length > 0 && !args.skipBadRows) return refuse("publications", fileName, errors);

    const byReviewer = new Map<string, PublicationRow[]>();
    for (const [file, userId] of owner) (byReviewer.get(userId) ?? byReviewer.set(userId, []).get(userId)!).push(...file.rows.map((r) => r.row));
    let created = 0;
    let replaced = 0;
    let already = 0;
    for (const [userId, rows] of byReviewer) {
      const profile = await tx.reviewerProfile.upsert({ where: { userId }, create: { userId, emailDomains: [] }, update: {}, select: { id: true } });
      replaced += (await tx.publication.deleteMany({ where: { profileId: profile.id, externalId: { startsWith: IMPORTED_PREFIX } } })).count;
      const kept = await tx.publication.findMany({ where: { profileId: profile.id }, select: { title: true, year: true } });
      const have = new Set(kept.map((p) => `${p.title.toLowerCase()}|${p.year ?? ""}`));
      // Two files of one reviewer may list the same paper (its .bib and its .jsonl): keep the first.
      const fresh = rows.filter((r) => {
        const k = `${r.title.toLowerCase()}|${r.year ?? ""}`;
        if (have.has(k)) return false;
        have.add(k);
        return true;
      });
      already += rows.length - fresh.length;
      await tx.publication.createMany({ data: fresh.map((r) => ({ profileId: profile.id, externalId: r.externalId, title: r.title, abstract: r.abstract, year: r.year, coAuthors: r.coAuthors })) });
      created += fresh.length;
    }
    const skipped = errors.length;
    const detail = `${created} publication${created === 1 ? "" : "s"} for ${byReviewer.size} reviewer${byReviewer.size === 1 ? "" : "s"} (replacing ${replaced} imported earlier${already ? `; ${already} already on file` : ""})`;
    await tx.auditLog.create({
      data: { venueId: args.venueId, actorId: args.actorId, action: "import-publications", entityType: "Venue", entityId: args.venueId, details: { fileName, created, updated: byReviewer.size, skipped, replaced } },
    });
    return { kind: "publications", fileName, imported: true, created, updated: byReviewer.size, skipped, errors, detail };
  }, TX_OPTIONS);
}

/**
 * Affinity scores computed elsewhere (`paper_id,reviewer_id,score`) as the source "import:<name>": papers by
 * external id or number, reviewers by email. The source's rows are replaced at once; other sources stay.
 */
export async function importScores(args: { venueId: string; actorId: string | null; fileName: string; source: string; rows: { line: number; paperId: string; reviewerId: string; score: number }[]; errors: RowError[]; skipBadRows: boolean }): Promise<ImportReport> {
  return db.$transaction(async (tx) => {
    const [papers, pool] = await Promise.all([
      tx.submission.findMany({ where: { venueId: args.venueId }, select: { id: true, number: true, externalId: true } }),
      tx.membership.findMany({ where: { venueId: args.venueId, role: "REVIEWER" }, select: { user: { select: { id: true, email: true } } } }),
    ]);
    const byExternal = new Map(papers.filter((p) => p.externalId).map((p) => [p.externalId!, p.id]));
    const byNumber = new Map(papers.map((p) => [String(p.number), p.id]));
    const byEmail = new Map(pool.map((m) => [m.user.email, m.user.id]));
    const errors = [...args.errors];
    const seen = new Map<string, number>();
    const data: { venueId: string; submissionId: string; userId: string; source: string; score: number }[] = [];
    for (const r of args.rows) {
      const submissionId = byExternal.get(r.paperId) ?? byNumber.get(r.paperId.replace(/^#/, ""));
      const userId = byEmail.get(r.reviewerId.toLowerCase());
      if (!submissionId) errors.push({ line: r.line, reason: `no paper with id or number ${r.paperId} in this venue` });
      else if (!userId) errors.push({ line: r.line, reason: `no reviewer in this venue's pool has the email ${r.reviewerId}` });
      else if (seen.has(`${submissionId}|${userId}`)) errors.push({ line: r.line, reason: `duplicate of line ${seen.get(`${submissionId}|${userId}`)} (same paper and reviewer)` });
      else {
        seen.set(`${submissionId}|${userId}`, r.line);
        data.push({ venueId: args.venueId, submissionId, userId, source: args.source, score: r.score });
      }
    }
    const sorted = sortErrors(errors);
    if (sorted.length > 0 && !args.skipBadRows) return refuse("scores", args.fileName, sorted);
    if (data.length === 0) return { ...refuse("scores", args.fileName, sorted), fileError: "No score in this file names a paper and a reviewer of this venue." };
    const replaced = (await tx.affinityScore.deleteMany({ where: { venueId: args.venueId, source: args.source } })).count;
    for (let i = 0; i < data.length; i += 5000) await tx.affinityScore.createMany({ data: data.slice(i, i + 5000) });
    const detail = `${data.length} scores as source ${args.source} (replacing ${replaced})`;
    await tx.auditLog.create({
      data: { venueId: args.venueId, actorId: args.actorId, action: "import-scores", entityType: "Venue", entityId: args.venueId, details: { fileName: args.fileName, source: args.source, created: data.length, updated: 0, skipped: sorted.length, replaced } },
    });
    return { kind: "scores", fileName: args.fileName, imported: true, created: data.length, updated: 0, skipped: sorted.length, errors: sorted, detail };
  }, TX_OPTIONS);
}
