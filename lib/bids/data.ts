import "server-only";
import { db, Prisma } from "@/lib/db/client";
import { blindPaperFields } from "@/lib/submissions/data";
import { PAGE_SIZE, type BidValue } from "./schema";

/**
 * The papers a reviewer may bid on, as a `where` clause: the venue's papers under review, minus every paper the
 * reviewer has a conflict with that no chair has lifted. A conflicted paper is simply not selected, so it looks
 * exactly like a paper that does not exist. listBiddablePapers states the same rule in SQL.
 */
export function biddableWhere(venueId: string, userId: string): Prisma.SubmissionWhereInput {
  return { venueId, status: "SUBMITTED", conflicts: { none: { userId, liftedAt: null } } };
}

export interface BiddingListArgs {
  venueId: string;
  userId: string;
  /** Case-insensitive text search over title, abstract and keywords; "" for none. */
  q: string;
  unbidOnly: boolean;
  /** 1-based. */
  page: number;
}

/** `%text%` for ILIKE, with the pattern characters in the text matched literally. */
function containsPattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function biddableSql({ venueId, userId, q, unbidOnly }: BiddingListArgs): Prisma.Sql {
  const pattern = containsPattern(q);
  return Prisma.sql`
    s."venueId" = ${venueId} AND s."status" = 'SUBMITTED'
    AND NOT EXISTS (SELECT 1 FROM "Conflict" c WHERE c."submissionId" = s."id" AND c."userId" = ${userId} AND c."liftedAt" IS NULL)
    ${unbidOnly ? Prisma.sql`AND NOT EXISTS (SELECT 1 FROM "Bid" b WHERE b."submissionId" = s."id" AND b."userId" = ${userId})` : Prisma.empty}
    ${q ? Prisma.sql`AND (s."title" ILIKE ${pattern} OR s."abstract" ILIKE ${pattern} OR array_to_string(s."keywords", ' ') ILIKE ${pattern})` : Prisma.empty}`;
}

/**
 * One page of the reviewer's bidding list, best affinity first (the maximum over every affinity source; papers
 * without a score last), then by paper number. Double blind by construction: only blindPaperFields are selected,
 * never an author. Ordering by an aggregate of related rows needs SQL; the page's rows are then read through
 * Prisma with the same scope repeated in the where clause.
 */
export async function listBiddablePapers(args: BiddingListArgs) {
  const { venueId, userId } = args;
  const where = biddableSql(args);
  const offset = (args.page - 1) * PAGE_SIZE;
  const [ranked, counted] = await Promise.all([
    db.$queryRaw<{ id: string; best: number | null }[]>`
      SELECT s."id", a."best"
      FROM "Submission" s
      LEFT JOIN (
        SELECT "submissionId", MAX("score") AS "best" FROM "AffinityScore"
        WHERE "venueId" = ${venueId} AND "userId" = ${userId} GROUP BY "submissionId"
      ) a ON a."submissionId" = s."id"
      WHERE ${where}
      ORDER BY a."best" DESC NULLS LAST, s."number" ASC
      LIMIT ${PAGE_SIZE} OFFSET ${offset}`,
    db.$queryRaw<{ n: bigint }[]>`SELECT COUNT(*) AS "n" FROM "Submission" s WHERE ${where}`,
  ]);
  const rows = await db.submission.findMany({
    where: { ...biddableWhere(venueId, userId), id: { in: ranked.map((r) => r.id) } },
    select: { ...blindPaperFields, bids: { where: { userId }, select: { value: true, updatedAt: true } } },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const papers = ranked.flatMap(({ id, best }) => {
    const p = byId.get(id);
    if (!p) return [];
    const bid = p.bids[0];
    return [{ id: p.id, number: p.number, title: p.title, abstract: p.abstract, keywords: p.keywords, affinity: best === null ? null : Number(best), bid: (bid?.value ?? null) as BidValue | null }];
  });
  return { papers, matching: Number(counted[0]?.n ?? 0) };
}

/** "You have bid on 12 of 40 papers": over every paper the reviewer may bid on, whatever the search. */
export async function biddingCounts(venueId: string, userId: string) {
  const where = biddableWhere(venueId, userId);
  const [total, bid] = await Promise.all([db.submission.count({ where }), db.bid.count({ where: { userId, submission: where } })]);
  return { total, bid };
}

/**
 * Everything a bid is decided on, fresh from the database. Deliberately unscoped, so the action can say precisely
 * why a bid is refused ("you have a conflict"); it selects no title, abstract or author field, so nothing leaks.
 */
export function findBidTarget(venueId: string, number: number, userId: string) {
  return db.submission.findUnique({
    where: { venueId_number: { venueId, number } },
    select: {
      id: true,
      venueId: true,
      status: true,
      conflicts: { where: { userId, liftedAt: null }, select: { userId: true } },
    },
  });
}
