import "server-only";
import { db } from "@/lib/db/client";
import type { OutgoingMail } from "@/lib/mail/transport";
import { enqueueJob } from "@/lib/runner/mutations";
import { REMINDER_COOLDOWN_MS } from "./progress";

export interface ReminderPaper {
  number: number;
  title: string;
  deadline: Date | null;
  late: boolean;
}

/**
 * Email reminders for the given assignments of the venue, one email per reviewer, queued in the transaction that
 * records lastRemindedAt. An assignment is claimed by a conditional update (not reminded within the cool-down),
 * so two chairs clicking at once, or one clicking twice, send each reminder once. Assignments whose review is
 * submitted, or of another venue, are skipped.
 */
export async function sendReminders(
  venueId: string,
  actorId: string,
  assignmentIds: readonly string[],
  describe: (a: { submissionId: string; dueAt: Date | null; number: number; title: string }) => ReminderPaper,
  mail: (reviewer: { email: string; name: string }, papers: ReminderPaper[]) => OutgoingMail,
  now: Date = new Date(),
): Promise<{ reminded: number; emails: number; skipped: number }> {
  return db.$transaction(async (tx) => {
    const candidates = await tx.assignment.findMany({
      where: { venueId, id: { in: [...assignmentIds] }, submission: { status: "SUBMITTED" } },
      select: { id: true, userId: true, submissionId: true, dueAt: true, user: { select: { name: true, email: true } }, submission: { select: { number: true, title: true } } },
    });
    const submitted = await tx.review.findMany({
      where: { submissionId: { in: candidates.map((c) => c.submissionId) }, status: "SUBMITTED" },
      select: { submissionId: true, reviewerId: true },
    });
    const done = new Set(submitted.map((r) => `${r.submissionId}:${r.reviewerId}`));
    const cutoff = new Date(now.getTime() - REMINDER_COOLDOWN_MS);
    const byReviewer = new Map<string, { reviewer: { email: string; name: string }; papers: ReminderPaper[]; ids: string[] }>();
    for (const c of candidates) {
      if (done.has(`${c.submissionId}:${c.userId}`)) continue;
      const { count } = await tx.assignment.updateMany({
        where: { id: c.id, OR: [{ lastRemindedAt: null }, { lastRemindedAt: { lt: cutoff } }] },
        data: { lastRemindedAt: now },
      });
      if (count === 0) continue;
      const entry = byReviewer.get(c.userId) ?? { reviewer: c.user, papers: [], ids: [] };
      entry.papers.push(describe({ submissionId: c.submissionId, dueAt: c.dueAt, number: c.submission.number, title: c.submission.title }));
      entry.ids.push(c.id);
      byReviewer.set(c.userId, entry);
    }
    for (const { reviewer, papers } of byReviewer.values()) {
      await enqueueJob(tx, "send-mail", mail(reviewer, papers.sort((a, b) => a.number - b.number)));
    }
    const reminded = [...byReviewer.values()].flatMap((e) => e.ids);
    if (reminded.length) {
      await tx.auditLog.create({
        data: { venueId, actorId, action: "reviews.remind", entityType: "Venue", entityId: venueId, details: { assignments: reminded, emails: byReviewer.size } },
      });
    }
    return { reminded: reminded.length, emails: byReviewer.size, skipped: assignmentIds.length - reminded.length };
  });
}
