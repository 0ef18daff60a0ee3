// Reads of assignment runs: what a run is built from, its status for polling, and its proposal for review.
import "server-only";
import { db, type Prisma } from "@/lib/db/client";
import { combinedPairScores, type RunInputs } from "./build-problem";
import { checkEdit, type ConflictReasonRow, type EditPreview, type EditRequest, type EditSnapshot } from "./edit-check";
import { runParamsSchema, type RunParams } from "./schema";

export async function loadRunInputs(venueId: string): Promise<RunInputs> {
  const [papers, reviewers, affinities, bids, conflicts, deployed] = await Promise.all([
    db.submission.findMany({ where: { venueId, status: "SUBMITTED" }, orderBy: { number: "asc" }, select: { id: true } }),
    db.membership.findMany({ where: { venueId, role: "REVIEWER" }, select: { userId: true, maxLoad: true, minLoad: true } }),
    db.affinityScore.findMany({ where: { venueId }, select: { submissionId: true, userId: true, source: true, score: true } }),
    db.bid.findMany({ where: { submission: { venueId } }, select: { submissionId: true, userId: true, value: true } }),
    db.conflict.findMany({ where: { venueId, liftedAt: null }, select: { submissionId: true, userId: true } }),
    db.assignment.findMany({ where: { venueId }, select: { submissionId: true, userId: true } }),
  ]);
  return {
    papers: papers.map((p) => p.id),
    reviewers: reviewers.map((r) => ({ id: r.userId, maxLoad: r.maxLoad, minLoad: r.minLoad })),
    affinities: affinities.map((a) => ({ paperId: a.submissionId, reviewerId: a.userId, source: a.source, score: a.score })),
    bids: bids.map((b) => ({ paperId: b.submissionId, reviewerId: b.userId, value: b.value })),
    conflicts: conflicts.map((c) => ({ paper: c.submissionId, reviewer: c.userId })),
    deployed: deployed.map((a) => ({ paper: a.submissionId, reviewer: a.userId })),
  };
}

export function findRun(runId: string) {
  return db.assignmentRun.findUnique({ where: { id: runId }, select: { id: true, venueId: true, status: true, params: true, baseRevision: true, deployedAt: true } });
}

export async function runStatus(runId: string): Promise<string | null> {
  const r = await db.assignmentRun.findUnique({ where: { id: runId }, select: { status: true } });
  return r?.status ?? null;
}

const runListSelect = {
  id: true,
  objective: true,
  status: true,
  params: true,
  progress: true,
  message: true,
  summary: true,
  baseRevision: true,
  createdAt: true,
  startedAt: true,
  finishedAt: true,
  deployedAt: true,
} as const;

export function listRuns(venueId: string, take = 20) {
  return db.assignmentRun.findMany({ where: { venueId }, orderBy: { createdAt: "desc" }, take, select: runListSelect });
}

export function venueRevision(venueId: string) {
  return db.venue.findUniqueOrThrow({ where: { id: venueId }, select: { assignmentRevision: true, settings: true } });
}

/** A run of this venue with its proposal, papers and reviewers named: what the review page shows. */
export async function loadRunProposal(venueId: string, runId: string) {
  const run = await db.assignmentRun.findFirst({ where: { id: runId, venueId }, select: runListSelect });
  if (!run) return null;
  const [proposed, papers, reviewers, deployed] = await Promise.all([
    db.proposedAssignment.findMany({ where: { runId }, orderBy: [{ submissionId: "asc" }, { rank: "asc" }], select: { submissionId: true, userId: true, score: true, isAlternate: true, rank: true } }),
    db.submission.findMany({ where: { venueId, status: "SUBMITTED" }, orderBy: { number: "asc" }, select: { id: true, number: true, externalId: true, title: true } }),
    db.membership.findMany({ where: { venueId, role: "REVIEWER" }, select: { maxLoad: true, user: { select: { id: true, name: true, email: true } } } }),
    db.assignment.findMany({ where: { venueId }, select: { submissionId: true, userId: true } }),
  ]);
  return { run, proposed, papers, reviewers: reviewers.map((m) => ({ ...m.user, maxLoad: m.maxLoad })), deployed };
}

/** Texts behind the affinity of some pairs: the papers' words and the reviewers' publications. */
export async function loadExplanationTexts(paperIds: string[], reviewerIds: string[]) {
  const [papers, profiles] = await Promise.all([
    db.submission.findMany({ where: { id: { in: paperIds } }, select: { id: true, title: true, abstract: true, keywords: true } }),
    db.reviewerProfile.findMany({ where: { userId: { in: reviewerIds } }, select: { userId: true, publications: { select: { title: true, abstract: true, year: true } } } }),
  ]);
  return { papers, reviewers: profiles.map((p) => ({ id: p.userId, publications: p.publications })) };
}

type Client = Prisma.TransactionClient;

/** The venue's score sources, e.g. "tangent-lexical" and "import:toronto". */
export async function scoreSources(venueId: string, client: Client = db): Promise<string[]> {
  const rows = await client.affinityScore.findMany({ where: { venueId }, distinct: ["source"], select: { source: true }, orderBy: { source: "asc" } });
  return rows.map((r) => r.source);
}

/** One paper's scored pairs and bids, from which a hand-added pair's score is computed as the run would have. */
export async function paperScoreInputs(venueId: string, paperId: string, client: Client = db) {
  const [affinities, bids, sourceNames] = await Promise.all([
    client.affinityScore.findMany({ where: { venueId, submissionId: paperId }, select: { submissionId: true, userId: true, source: true, score: true } }),
    client.bid.findMany({ where: { submissionId: paperId }, select: { submissionId: true, userId: true, value: true } }),
    scoreSources(venueId, client),
  ]);
  return {
    affinities: affinities.map((a) => ({ paperId: a.submissionId, reviewerId: a.userId, source: a.source, score: a.score })),
    bids: bids.map((b) => ({ paperId: b.submissionId, reviewerId: b.userId, value: b.value })),
    sourceNames,
  };
}

/**
 * What the constraint checks of a hand edit need (see edit-check.ts), read through `client` so the transaction
 * that applies an edit checks the very state it writes over. null when the run is not this venue's.
 */
export async function readEditSnapshot(venueId: string, runId: string, req: EditRequest, client: Client = db): Promise<{ snapshot: EditSnapshot; params: RunParams } | null> {
  const run = await client.assignmentRun.findFirst({ where: { id: runId, venueId }, select: { status: true, deployedAt: true, params: true } });
  if (!run) return null;
  const params = runParamsSchema.parse(run.params);
  const ids = [req.add, req.remove].filter((x): x is string => !!x);
  const [paper, onPaper, users, members, loads, conflicts, conflictBids, reviews] = await Promise.all([
    client.submission.findFirst({ where: { id: req.paperId, venueId, status: "SUBMITTED" }, select: { id: true, number: true } }),
    client.proposedAssignment.findMany({ where: { runId, submissionId: req.paperId, isAlternate: false }, select: { userId: true } }),
    client.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }),
    client.membership.findMany({ where: { venueId, role: "REVIEWER", userId: { in: ids } }, select: { userId: true, maxLoad: true, minLoad: true } }),
    client.proposedAssignment.groupBy({ by: ["userId"], where: { runId, isAlternate: false, userId: { in: ids } }, _count: { _all: true } }),
    client.conflict.findMany({ where: { submissionId: req.paperId, userId: { in: ids }, liftedAt: null }, select: { userId: true, reasons: true } }),
    client.bid.findMany({ where: { submissionId: req.paperId, userId: { in: ids }, value: "CONFLICT" }, select: { userId: true } }),
    client.review.findMany({ where: { submissionId: req.paperId, reviewerId: { in: ids } }, select: { reviewerId: true } }),
  ]);
  const people: EditSnapshot["people"] = {};
  for (const u of users) {
    const m = members.find((x) => x.userId === u.id);
    const c = conflicts.find((x) => x.userId === u.id);
    // A conflict bid is a declared conflict even if its Conflict row was lifted by hand since (buildProblem agrees).
    const declared = conflictBids.some((b) => b.userId === u.id) ? [{ kind: "declared", detail: "a conflict bid" }] : null;
    people[u.id] = {
      name: u.name,
      inPool: !!m,
      maxLoad: m?.maxLoad ?? null,
      minLoad: m?.minLoad ?? null,
      load: loads.find((l) => l.userId === u.id)?._count._all ?? 0,
      conflict: c ? (Array.isArray(c.reasons) ? (c.reasons as ConflictReasonRow[]) : []) : declared,
      hasReview: reviews.some((r) => r.reviewerId === u.id),
    };
  }
  return {
    params,
    snapshot: {
      run: { status: run.status, deployed: run.deployedAt !== null, reviewersPerPaper: params.reviewersPerPaper, maxLoadDefault: params.maxLoadDefault, minLoadDefault: params.minLoadDefault },
      paper,
      paperReviewers: onPaper.map((p) => p.userId),
      people,
    },
  };
}

/** The editor of one paper on the run page: its proposed reviewers and every pool reviewer with load and conflict. */
export async function loadPaperEditor(venueId: string, runId: string, paperNumber: number) {
  const paper = await db.submission.findFirst({ where: { venueId, number: paperNumber, status: "SUBMITTED" }, select: { id: true, number: true, title: true } });
  if (!paper) return null;
  const [rows, pool, loads, conflicts, conflictBids, scoreInputs] = await Promise.all([
    db.proposedAssignment.findMany({ where: { runId, submissionId: paper.id }, select: { userId: true, score: true, isAlternate: true } }),
    db.membership.findMany({ where: { venueId, role: "REVIEWER" }, select: { maxLoad: true, user: { select: { id: true, name: true } } } }),
    db.proposedAssignment.groupBy({ by: ["userId"], where: { runId, isAlternate: false }, _count: { _all: true } }),
    db.conflict.findMany({ where: { submissionId: paper.id, liftedAt: null }, select: { userId: true } }),
    db.bid.findMany({ where: { submissionId: paper.id, value: "CONFLICT" }, select: { userId: true } }),
    paperScoreInputs(venueId, paper.id),
  ]);
  return { paper, rows, pool: pool.map((m) => ({ ...m.user, maxLoad: m.maxLoad })), loads: new Map(loads.map((l) => [l.userId, l._count._all])), conflicted: new Set([...conflicts, ...conflictBids].map((c) => c.userId)), scoreInputs };
}

/** The live check of a hand edit: the checks the edit itself will run, and the added pair's score; no write. */
export async function previewProposalEdit(venueId: string, runId: string, req: EditRequest): Promise<EditPreview> {
  const read = await readEditSnapshot(venueId, runId, req);
  if (!read) return { errors: ["This run does not exist."], warnings: [], effects: [], score: null };
  const check = checkEdit(read.snapshot, req);
  let score: number | null = null;
  if (req.add && check.errors.length === 0) {
    const inputs = await paperScoreInputs(venueId, req.paperId);
    score = combinedPairScores(inputs.affinities, inputs.bids, read.params, inputs.sourceNames).get(`${req.paperId}|${req.add}`) ?? 0;
  }
  return { ...check, score };
}

/** Proposed pairs of a run that a conflict in force now forbids (declared or entered after the run was computed). */
export async function conflictedProposalPairs(venueId: string, runId: string) {
  return db.$queryRaw<{ number: number; name: string; submissionId: string }[]>`
    SELECT s.number, u.name, s.id AS "submissionId" FROM "ProposedAssignment" p
    JOIN "Conflict" c ON c."submissionId" = p."submissionId" AND c."userId" = p."userId" AND c."liftedAt" IS NULL
    JOIN "Submission" s ON s.id = p."submissionId" JOIN "User" u ON u.id = p."userId"
    WHERE p."runId" = ${runId} AND p."isAlternate" = false AND c."venueId" = ${venueId}
    ORDER BY s.number, u.name`;
}
