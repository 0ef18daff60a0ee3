// Review progress of a track, from plain rows: each deployed assignment is submitted, late (no submitted review
// and its deadline — the reviewer's own dueAt, else the venue's — has passed) or missing (not yet due). Pure.

export type ReviewState = "submitted" | "late" | "missing";
export const REMINDER_COOLDOWN_MS = 24 * 3600 * 1000;

export interface AssignmentRow {
  assignmentId: string;
  reviewerId: string;
  reviewerName: string;
  reviewerEmail: string;
  paperNumber: number;
  dueAt: Date | null;
  lastRemindedAt: Date | null;
  review: { status: "DRAFT" | "SUBMITTED"; submittedAt: Date | null } | null;
}

export interface AssignmentProgress extends AssignmentRow {
  state: ReviewState;
  deadline: Date | null;
  /** A draft exists (for missing and late reviews). */
  started: boolean;
  /** Reminded within the cool-down: another reminder now would be a double send. */
  recentlyReminded: boolean;
}

export function assignmentProgress(rows: readonly AssignmentRow[], venueDeadline: Date | null, now: Date): AssignmentProgress[] {
  return rows.map((a) => {
    const deadline = a.dueAt ?? venueDeadline;
    const submitted = a.review?.status === "SUBMITTED";
    const late = !submitted && deadline !== null && now.getTime() > deadline.getTime();
    return {
      ...a,
      deadline,
      state: submitted ? "submitted" : late ? "late" : "missing",
      started: a.review !== null,
      recentlyReminded: a.lastRemindedAt !== null && now.getTime() - a.lastRemindedAt.getTime() < REMINDER_COOLDOWN_MS,
    };
  });
}

export interface Tally {
  assigned: number;
  submitted: number;
  late: number;
  missing: number;
}

function tally(items: readonly AssignmentProgress[]): Tally {
  return {
    assigned: items.length,
    submitted: items.filter((i) => i.state === "submitted").length,
    late: items.filter((i) => i.state === "late").length,
    missing: items.filter((i) => i.state === "missing").length,
  };
}

export function byPaper(items: readonly AssignmentProgress[]): Map<number, Tally> {
  const groups = new Map<number, AssignmentProgress[]>();
  for (const i of items) groups.set(i.paperNumber, [...(groups.get(i.paperNumber) ?? []), i]);
  return new Map([...groups].map(([n, g]) => [n, tally(g)]));
}

export interface ReviewerProgress extends Tally {
  reviewerId: string;
  name: string;
  email: string;
  lastRemindedAt: Date | null;
  items: AssignmentProgress[];
}

/** Per reviewer, those with late reviews first, then missing ones, then by name. */
export function byReviewer(items: readonly AssignmentProgress[]): ReviewerProgress[] {
  const groups = new Map<string, AssignmentProgress[]>();
  for (const i of items) groups.set(i.reviewerId, [...(groups.get(i.reviewerId) ?? []), i]);
  return [...groups.values()]
    .map((g) => ({
      reviewerId: g[0]!.reviewerId,
      name: g[0]!.reviewerName,
      email: g[0]!.reviewerEmail,
      lastRemindedAt: g.reduce<Date | null>((m, i) => (i.lastRemindedAt && (!m || i.lastRemindedAt > m) ? i.lastRemindedAt : m), null),
      items: [...g].sort((a, b) => a.paperNumber - b.paperNumber),
      ...tally(g),
    }))
    .sort((a, b) => b.late - a.late || b.missing - a.missing || a.name.localeCompare(b.name));
}
