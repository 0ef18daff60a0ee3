// Test data built through Prisma directly: each test makes what it needs, with unique names, so tests are
// independent of each other and of the demo seed.
import { randomUUID } from "node:crypto";
import { db, type Role } from "@/lib/db/client";
import { defaultDltForm } from "@/lib/reviews/form-schema";

const uid = () => randomUUID().slice(0, 8);

export async function makeUser(overrides: { name?: string; passwordHash?: string | null } = {}) {
  const tag = uid();
  return db.user.create({ data: { email: `user-${tag}@example.test`, name: overrides.name ?? `User ${tag}`, passwordHash: overrides.passwordHash ?? null } });
}

export async function makeVenue() {
  const tag = uid();
  return db.venue.create({ data: { slug: `venue-${tag}`, name: `Venue ${tag}`, shortName: `V${tag}` } });
}

export async function addMember(venueId: string, userId: string, role: Role) {
  return db.membership.create({ data: { venueId, userId, role } });
}

let nextNumber = 1;
export async function makeSubmission(venueId: string, opts: { authorUserId?: string; areaChairMembershipId?: string; authorName?: string } = {}) {
  return db.submission.create({
    data: {
      venueId,
      number: nextNumber++,
      title: `Paper ${uid()}`,
      abstract: "An abstract.",
      keywords: ["ntk"],
      areaChairId: opts.areaChairMembershipId,
      authors: { create: [{ name: opts.authorName ?? "Secret Author", email: `author-${uid()}@example.test`, position: 0, userId: opts.authorUserId }] },
    },
  });
}

export async function assign(venueId: string, submissionId: string, userId: string) {
  return db.assignment.create({ data: { venueId, submissionId, userId } });
}

export { db };

/** A version of a venue's review form, with the default deep-learning-theory fields. */
export async function makeReviewForm(venueId: string, version = 1) {
  return db.reviewForm.create({ data: { venueId, version, fields: defaultDltForm.fields as unknown as object[] } });
}

export async function addTheorem(submissionId: string, position: number, assumptions: Record<string, string | number>) {
  return db.theorem.create({ data: { submissionId, position, label: `Theorem ${position + 1}`, statement: "Gradient descent converges.", assumptions } });
}
