import "server-only";
import { db } from "@/lib/db/client";

/** Every review of a venue with what an export needs: paper, theorems, reviewer, form version. Chairs only. */
export function listReviewsForExport(venueId: string) {
  return db.review.findMany({
    where: { submission: { venueId } },
    orderBy: [{ submission: { number: "asc" } }, { createdAt: "asc" }],
    select: {
      id: true,
      status: true,
      version: true,
      content: true,
      submittedAt: true,
      updatedAt: true,
      reviewer: { select: { id: true, name: true, email: true } },
      form: { select: { version: true, fields: true } },
      submission: {
        select: {
          id: true,
          number: true,
          externalId: true,
          title: true,
          theorems: { orderBy: { position: "asc" }, select: { id: true, label: true } },
          assignments: { select: { userId: true } },
          reviews: { select: { reviewerId: true } },
        },
      },
    },
  });
}

export function listMetaReviewsForExport(venueId: string) {
  return db.metaReview.findMany({
    where: { submission: { venueId } },
    orderBy: { submission: { number: "asc" } },
    select: {
      status: true,
      version: true,
      body: true,
      updatedAt: true,
      author: { select: { name: true, email: true } },
      submission: { select: { number: true, externalId: true, title: true } },
    },
  });
}

export async function listDecisionsForExport(venueId: string) {
  const rows = await db.decision.findMany({
    where: { submission: { venueId } },
    orderBy: { submission: { number: "asc" } },
    select: {
      value: true,
      proposedById: true,
      proposedAt: true,
      confirmedById: true,
      confirmedAt: true,
      releasedAt: true,
      submission: { select: { number: true, externalId: true, title: true } },
    },
  });
  const ids = [...new Set(rows.flatMap((r) => [r.proposedById, r.confirmedById].filter((x): x is string => !!x)))];
  const people = new Map((await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, email: true } })).map((u) => [u.id, u]));
  return rows.map((r) => ({ ...r, proposedBy: people.get(r.proposedById) ?? null, confirmedBy: r.confirmedById ? (people.get(r.confirmedById) ?? null) : null }));
}
