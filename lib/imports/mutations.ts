// Writing an import: one transaction per file. Checks that need the database (an id that already belongs to
// another paper number) run first, inside the same transaction, so the decision "import or not" and the writes
// see the same state; a file with errors writes nothing unless the chair chose to skip bad rows.
import "server-only";
import { db, type Prisma } from "@/lib/db/client";
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
