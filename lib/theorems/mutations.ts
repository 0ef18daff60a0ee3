import "server-only";
import { db } from "@/lib/db/client";
import type { TheoremInput } from "./taxonomy";
import { declarationsToken } from "./token";

export type DeclarationsOutcome =
  | { ok: true; token: string; ids: string[]; savedAt: Date }
  | { ok: false; reason: "stale"; changedAt: Date }
  | { ok: false; reason: "refused"; message: string };

interface Args {
  venueId: string;
  submissionId: string;
  actorId: string;
  baseToken: string;
  /** The whole list in its new order; `id` names an existing theorem of this paper, absent for a new one. */
  theorems: (TheoremInput & { id?: string })[];
}

/**
 * Replace a paper's theorem list with optimistic concurrency. The paper's row is locked first, so two saves
 * serialise; the second then sees a token that no longer matches what it edited and is refused, changing
 * nothing. Existing theorems are updated in place (reviews' readings refer to theorem ids); a theorem a
 * reviewer has already read cannot be deleted.
 */
export async function writeDeclarations(args: Args): Promise<DeclarationsOutcome> {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Submission" WHERE id = ${args.submissionId} FOR UPDATE`;
    const current = await tx.theorem.findMany({ where: { submissionId: args.submissionId }, select: { id: true, label: true, position: true, updatedAt: true } });
    if (declarationsToken(current) !== args.baseToken) {
      const changedAt = current.reduce((t, r) => (r.updatedAt > t ? r.updatedAt : t), new Date(0));
      return { ok: false as const, reason: "stale" as const, changedAt: changedAt.getTime() === 0 ? new Date() : changedAt };
    }
    const known = new Map(current.map((t) => [t.id, t]));
    const keptIds = new Set<string>();
    for (const t of args.theorems) {
      if (t.id === undefined) continue;
      if (!known.has(t.id)) return { ok: false as const, reason: "refused" as const, message: "One of these theorems does not belong to this paper. Reload the page." };
      if (keptIds.has(t.id)) return { ok: false as const, reason: "refused" as const, message: "A theorem appears twice in this list. Reload the page." };
      keptIds.add(t.id);
    }
    const removed = current.filter((t) => !keptIds.has(t.id));
    if (removed.length) {
      const reviews = await tx.review.findMany({ where: { submissionId: args.submissionId }, select: { content: true } });
      const read = removed.find((t) => reviews.some((r) => readsTheorem(r.content, t.id)));
      if (read) return { ok: false as const, reason: "refused" as const, message: `${read.label} cannot be deleted: a reviewer has already recorded a reading of it.` };
      await tx.theorem.deleteMany({ where: { id: { in: removed.map((t) => t.id) } } });
    }
    // Positions are unique per paper: park the kept theorems out of the way before giving each its new place.
    for (const [i, id] of [...keptIds].entries()) await tx.theorem.update({ where: { id }, data: { position: -1 - i } });
    const ids: string[] = [];
    for (const [position, t] of args.theorems.entries()) {
      const data = { label: t.label, statement: t.statement, assumptions: t.assumptions, position };
      const row = t.id ? await tx.theorem.update({ where: { id: t.id }, data, select: { id: true } }) : await tx.theorem.create({ data: { ...data, submissionId: args.submissionId }, select: { id: true } });
      ids.push(row.id);
    }
    await tx.auditLog.create({
      data: { venueId: args.venueId, actorId: args.actorId, action: "theorems.declare", entityType: "Submission", entityId: args.submissionId, details: { theorems: ids.length, removed: removed.length } },
    });
    const after = await tx.theorem.findMany({ where: { submissionId: args.submissionId }, select: { id: true, position: true, updatedAt: true } });
    const savedAt = after.reduce((t, r) => (r.updatedAt > t ? r.updatedAt : t), new Date());
    return { ok: true as const, token: declarationsToken(after), ids, savedAt };
  });
}

/** Whether a review's content holds a reading of this theorem (any per-theorem group keyed by its id). */
function readsTheorem(content: unknown, theoremId: string): boolean {
  if (!content || typeof content !== "object") return false;
  return Object.values(content as Record<string, unknown>).some((v) => v !== null && typeof v === "object" && !Array.isArray(v) && theoremId in (v as object));
}
