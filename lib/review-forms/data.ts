import "server-only";
import { db } from "@/lib/db/client";

/** Every version of a venue's review form, newest first, with how many reviews use each. */
export async function listFormVersions(venueId: string) {
  const rows = await db.reviewForm.findMany({
    where: { venueId },
    orderBy: { version: "desc" },
    select: { id: true, version: true, fields: true, createdAt: true, createdById: true, _count: { select: { reviews: true } } },
  });
  const ids = [...new Set(rows.flatMap((r) => (r.createdById ? [r.createdById] : [])))];
  const people = new Map((await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  return rows.map((r) => ({ ...r, createdBy: r.createdById ? (people.get(r.createdById) ?? null) : null }));
}
