import { describe, expect, it } from "vitest";
import { DEMO_SLUG, demoConflicts, seed } from "../../prisma/seed";
import { expectedConflicts, expectedNonConflicts, submissions } from "../../prisma/demo/index";
import { assumptionsSchema } from "@/lib/theorems/taxonomy";
import { db } from "./factories";

async function counts() {
  const venue = await db.venue.findUniqueOrThrow({ where: { slug: DEMO_SLUG } });
  const [users, memberships, subs, theorems, authors, pubs, conflicts, assignments] = await Promise.all([
    db.user.count(),
    db.membership.count({ where: { venueId: venue.id } }),
    db.submission.count({ where: { venueId: venue.id } }),
    db.theorem.count({ where: { submission: { venueId: venue.id } } }),
    db.submissionAuthor.count({ where: { submission: { venueId: venue.id } } }),
    db.publication.count(),
    db.conflict.count({ where: { venueId: venue.id } }),
    db.assignment.count({ where: { venueId: venue.id } }),
  ]);
  return { users, memberships, subs, theorems, authors, pubs, conflicts, assignments };
}

describe("the demo seed", () => {
  it("builds the demo venue, and running it again changes nothing", async () => {
    expect(await seed(db)).toBe("seeded");
    const first = await counts();
    expect(first.subs).toBe(submissions.length);
    expect(first.theorems).toBeGreaterThanOrEqual(first.subs);
    expect(first.conflicts).toBeGreaterThan(0);
    expect(first.assignments).toBeGreaterThan(0);

    expect(await seed(db)).toBe("seeded");
    expect(await counts()).toEqual(first);
    expect(await seed(db, { ifEmpty: true })).toBe("kept");
  });

  it("stores theorem assumptions that the taxonomy accepts", async () => {
    const theorems = await db.theorem.findMany({ select: { assumptions: true } });
    for (const t of theorems) expect(assumptionsSchema.safeParse(t.assumptions).success).toBe(true);
  });

  it("detects every conflict built into the demo, with its reason, and none of the lapsed ones", () => {
    const found = new Map(demoConflicts().map((c) => [`${c.paperId}:${c.reviewerId}`, c.reasons.map((r) => r.kind)]));
    for (const e of expectedConflicts) expect(found.get(`${e.submissionNumber}:${e.reviewerKey}`), `${e.submissionNumber}:${e.reviewerKey}`).toContain(e.kind);
    for (const n of expectedNonConflicts) expect(found.has(`${n.submissionNumber}:${n.reviewerKey}`), n.reason).toBe(false);
  });

  it("never assigns a reviewer to a paper they conflict with", async () => {
    const clashes = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM "Assignment" a JOIN "Conflict" c ON c."submissionId" = a."submissionId" AND c."userId" = a."userId"`;
    expect(Number(clashes[0]?.n)).toBe(0);
  });
});
