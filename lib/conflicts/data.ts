// Reads of the chair's conflicts page: a searchable, paginated list with reasons, and the deployed assignments
// that a conflict now forbids.
import "server-only";
import { db, type Prisma } from "@/lib/db/client";
import { PAGE_SIZE, type ConflictQuery } from "./schema";

const conflictSelect = {
  id: true,
  source: true,
  reasons: true,
  createdAt: true,
  liftedAt: true,
  liftedById: true,
  submission: { select: { id: true, number: true, title: true } },
  user: { select: { id: true, name: true, email: true } },
} as const;

type Row = Prisma.ConflictGetPayload<{ select: typeof conflictSelect }>;

async function withLifters(rows: Row[]) {
  const ids = [...new Set(rows.flatMap((r) => (r.liftedById ? [r.liftedById] : [])))];
  const people = new Map((await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  return rows.map(({ liftedById, ...r }) => ({ ...r, reasons: Array.isArray(r.reasons) ? (r.reasons as { kind?: string; detail?: string }[]) : [], liftedBy: liftedById ? (people.get(liftedById) ?? "(a former user)") : null }));
}

export async function searchConflicts(venueId: string, query: ConflictQuery) {
  const q = query.q;
  const number = /^#?\d{1,9}$/.test(q) ? Number(q.replace("#", "")) : null;
  const text = q
    ? {
        OR: [
          ...(number !== null ? [{ submission: { number } }] : []),
          { submission: { title: { contains: q, mode: "insensitive" as const } } },
          { user: { name: { contains: q, mode: "insensitive" as const } } },
          { user: { email: { contains: q, mode: "insensitive" as const } } },
        ],
      }
    : {};
  const status = query.status === "active" ? { liftedAt: null } : query.status === "lifted" ? { liftedAt: { not: null } } : {};
  const where: Prisma.ConflictWhereInput = { venueId, ...status, ...text };
  const [total, rows] = await Promise.all([
    db.conflict.count({ where }),
    db.conflict.findMany({ where, orderBy: [{ submission: { number: "asc" } }, { user: { name: "asc" } }], skip: (query.page - 1) * PAGE_SIZE, take: PAGE_SIZE, select: conflictSelect }),
  ]);
  return { total, rows: await withLifters(rows) };
}

/** Deployed assignments whose pair has a conflict in force: the chair must act on each (never removed silently). */
export async function assignedConflicts(venueId: string) {
  const hits = await db.$queryRaw<{ id: string }[]>`
    SELECT c.id FROM "Conflict" c
    JOIN "Assignment" a ON a."submissionId" = c."submissionId" AND a."userId" = c."userId"
    WHERE c."venueId" = ${venueId} AND c."liftedAt" IS NULL`;
  if (hits.length === 0) return [];
  const rows = await db.conflict.findMany({ where: { id: { in: hits.map((h) => h.id) } }, orderBy: [{ submission: { number: "asc" } }, { user: { name: "asc" } }], select: conflictSelect });
  return withLifters(rows);
}
