// Reads for the venue-wide computations (conflicts, affinities) and their job records.
import "server-only";
import { db } from "@/lib/db/client";

/** Papers that still take part in reviewing: withdrawn and desk-rejected ones get neither conflicts nor scores. */
const ACTIVE = { status: { in: ["SUBMITTED" as const, "DRAFT" as const] } };

export async function loadConflictInputs(venueId: string) {
  const [venue, submissions, reviewers] = await Promise.all([
    db.venue.findUniqueOrThrow({ where: { id: venueId }, select: { settings: true } }),
    db.submission.findMany({
      where: { venueId, ...ACTIVE },
      select: {
        id: true,
        authors: {
          select: {
            name: true,
            email: true,
            institution: true,
            user: { select: { reviewerProfile: { select: { institutions: { select: { name: true, domain: true, startYear: true, endYear: true } } } } } },
          },
        },
      },
    }),
    db.membership.findMany({
      where: { venueId, role: "REVIEWER" },
      select: {
        user: {
          select: {
            id: true,
            name: true,
            email: true,
            reviewerProfile: {
              select: {
                emailDomains: true,
                institutions: { select: { name: true, domain: true, startYear: true, endYear: true } },
                publications: { select: { coAuthors: true, year: true } },
              },
            },
          },
        },
      },
    }),
  ]);
  return { settings: venue.settings as Record<string, unknown>, submissions, reviewers: reviewers.map((m) => m.user) };
}

export async function loadAffinityInputs(venueId: string) {
  const [submissions, reviewers] = await Promise.all([
    db.submission.findMany({ where: { venueId, ...ACTIVE }, select: { id: true, title: true, abstract: true, keywords: true } }),
    db.membership.findMany({
      where: { venueId, role: "REVIEWER" },
      select: { user: { select: { id: true, reviewerProfile: { select: { publications: { select: { title: true, abstract: true, year: true } } } } } } },
    }),
  ]);
  return { submissions, reviewers: reviewers.map((m) => ({ id: m.user.id, publications: m.user.reviewerProfile?.publications ?? [] })) };
}

export function findVenueJob(jobId: string) {
  return db.venueJob.findUnique({ where: { id: jobId }, select: { id: true, venueId: true, kind: true, status: true } });
}

/** The latest job of each kind, for the chair's page. */
export async function latestVenueJobs(venueId: string) {
  const [conflicts, affinity] = await Promise.all(
    (["CONFLICTS", "AFFINITY"] as const).map((kind) =>
      db.venueJob.findFirst({
        where: { venueId, kind },
        orderBy: { createdAt: "desc" },
        select: { id: true, kind: true, status: true, progress: true, message: true, result: true, createdAt: true, startedAt: true, finishedAt: true },
      }),
    ),
  );
  return { conflicts, affinity };
}

export async function matchingCounts(venueId: string) {
  const [conflicts, lifted, affinities] = await Promise.all([
    db.conflict.count({ where: { venueId, liftedAt: null } }),
    db.conflict.count({ where: { venueId, liftedAt: { not: null } } }),
    db.affinityScore.count({ where: { venueId } }),
  ]);
  return { conflicts, lifted, affinities };
}

/** Conflicts with their reasons, for chairs to check what detection found (by paper, capped for the page). */
export async function listConflicts(venueId: string, take = 200) {
  const rows = await db.conflict.findMany({
    where: { venueId },
    orderBy: [{ submission: { number: "asc" } }, { createdAt: "asc" }],
    take,
    select: { id: true, source: true, reasons: true, liftedAt: true, submission: { select: { number: true } }, user: { select: { name: true } } },
  });
  return rows.map((c) => ({
    id: c.id,
    paper: c.submission.number,
    reviewer: c.user.name,
    source: c.source,
    lifted: c.liftedAt !== null,
    reasons: (Array.isArray(c.reasons) ? c.reasons : []).map((r) => {
      const x = r as { kind?: string; detail?: string };
      return `${x.kind ?? "?"}: ${x.detail ?? ""}`;
    }),
  }));
}
