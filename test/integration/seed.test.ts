import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_SLUG, demoConflicts, seed } from "../../prisma/seed";
import { expectedConflicts, expectedNonConflicts, submissions } from "../../prisma/demo/index";
import { assumptionsSchema } from "@/lib/theorems/taxonomy";
import { db } from "./factories";

async function counts() {
  const venue = await db.venue.findUniqueOrThrow({ where: { slug: DEMO_SLUG } });
  const [users, memberships, subs, theorems, authors, pubs, conflicts, assignments, forms, reviews, revisions, theoremIds] = await Promise.all([
    db.user.count(),
    db.membership.count({ where: { venueId: venue.id } }),
    db.submission.count({ where: { venueId: venue.id } }),
    db.theorem.count({ where: { submission: { venueId: venue.id } } }),
    db.submissionAuthor.count({ where: { submission: { venueId: venue.id } } }),
    db.publication.count(),
    db.conflict.count({ where: { venueId: venue.id } }),
    db.assignment.count({ where: { venueId: venue.id } }),
    db.reviewForm.count({ where: { venueId: venue.id } }),
    db.review.count({ where: { submission: { venueId: venue.id } } }),
    db.reviewRevision.count({ where: { review: { submission: { venueId: venue.id } } } }),
    db.theorem.findMany({ where: { submission: { venueId: venue.id } }, select: { id: true }, orderBy: { id: "asc" } }),
  ]);
  // Theorem ids must survive re-seeding: reviews' readings refer to them.
  return { users, memberships, subs, theorems, authors, pubs, conflicts, assignments, forms, reviews, revisions, theoremIds };
}

describe("the demo seed", () => {
  // Every test reads the demo venue; seeding first keeps them independent of their order.
  beforeAll(async () => {
    await seed(db);
  });

  it("builds the demo venue, and running it again changes nothing", async () => {
    expect(await seed(db)).toBe("seeded");
    const first = await counts();
    expect(first.subs).toBe(submissions.length);
    expect(first.theorems).toBeGreaterThanOrEqual(first.subs);
    expect(first.conflicts).toBeGreaterThan(0);
    expect(first.assignments).toBeGreaterThan(0);
    expect(first.forms).toBe(1);
    expect(first.reviews).toBeGreaterThanOrEqual(2);
    expect(first.revisions).toBe(first.reviews);

    expect(await seed(db)).toBe("seeded");
    expect(await counts()).toEqual(first);
    expect(await seed(db, { ifEmpty: true })).toBe("kept");
  });

  it("stores theorem assumptions that the taxonomy accepts", async () => {
    // Scoped to the demo venue: other test files share this database with fixtures of their own.
    const theorems = await db.theorem.findMany({ where: { submission: { venue: { slug: DEMO_SLUG } } }, select: { assumptions: true } });
    expect(theorems.length).toBeGreaterThan(0);
    for (const t of theorems) expect(assumptionsSchema.safeParse(t.assumptions).success).toBe(true);
  });

  it("detects every conflict built into the demo, with its reason, and none of the lapsed ones", () => {
    const found = new Map(demoConflicts().map((c) => [`${c.paperId}:${c.reviewerId}`, c.reasons.map((r) => r.kind)]));
    for (const e of expectedConflicts) expect(found.get(`${e.submissionNumber}:${e.reviewerKey}`), `${e.submissionNumber}:${e.reviewerKey}`).toContain(e.kind);
    for (const n of expectedNonConflicts) expect(found.has(`${n.submissionNumber}:${n.reviewerKey}`), n.reason).toBe(false);
  });

  it("never assigns a reviewer to a paper they conflict with", async () => {
    const clashes = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM "Assignment" a
      JOIN "Conflict" c ON c."submissionId" = a."submissionId" AND c."userId" = a."userId"
      JOIN "Venue" v ON v.id = a."venueId"
      WHERE v.slug = ${DEMO_SLUG}`;
    expect(Number(clashes[0]?.n)).toBe(0);
  });
});

describe("the demo reviews", () => {
  it("are submitted under form version 1, and one reading disagrees with the declaration", async () => {
    await seed(db);
    const reviews = await db.review.findMany({
      where: { submission: { venue: { slug: DEMO_SLUG } } },
      select: { status: true, content: true, form: { select: { version: true } }, submission: { select: { theorems: { select: { id: true, assumptions: true } } } } },
    });
    expect(reviews.every((r) => r.status === "SUBMITTED" && r.form.version === 1)).toBe(true);
    const disagreements = reviews.flatMap((r) =>
      r.submission.theorems.flatMap((t) => {
        const declared = t.assumptions as Record<string, string>;
        const read = ((r.content as { theorems: Record<string, { assumptions: Record<string, string> }> }).theorems[t.id]?.assumptions ?? {});
        return Object.keys(read).filter((k) => read[k] !== declared[k]);
      }),
    );
    expect(disagreements).toContain("width");
  });
});
