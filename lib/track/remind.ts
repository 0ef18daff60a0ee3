// Reminding reviewers of missing reviews, for a viewer already resolved (actions.ts adds the session).
import "server-only";
import type { FormState } from "@/lib/actions/form-state";
import { whyNotManageVenue, type Viewer } from "@/lib/auth/permissions";
import { env } from "@/lib/config/env";
import { reviewReminderMail } from "@/lib/mail/reminders";
import { findVenueBasics } from "@/lib/venues/data";
import { findVenueDeadlines, listTrackPapers } from "./data";
import { sendReminders } from "./mutations";
import { assignmentProgress } from "./progress";
import { assignmentRows } from "./rows";
import { reminderInputSchema } from "./schema";

export async function remindReviewers(viewer: Viewer, raw: unknown, now: Date = new Date()): Promise<FormState> {
  const parsed = reminderInputSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, message: "This form was malformed; reload the page." };
  const { venueId, mode } = parsed.data;
  const denied = whyNotManageVenue(viewer, venueId);
  if (denied) return { ok: false, message: denied };
  const venue = await findVenueBasics(venueId);
  if (!venue) return { ok: false, message: "This venue no longer exists." };
  const { reviewDeadline } = await findVenueDeadlines(venueId);

  let ids = parsed.data.assignmentIds;
  if (mode === "late") {
    const progress = assignmentProgress(assignmentRows(await listTrackPapers(venueId)), reviewDeadline, now);
    ids = progress.filter((p) => p.state === "late").map((p) => p.assignmentId);
    if (ids.length === 0) return { ok: false, message: "No review is late: nobody was reminded." };
  } else if (ids.length === 0) {
    return { ok: false, message: "Tick at least one missing review to remind its reviewer." };
  }

  const outcome = await sendReminders(
    venueId,
    viewer.id,
    ids,
    (a) => {
      const deadline = a.dueAt ?? reviewDeadline;
      return { number: a.number, title: a.title, deadline, late: deadline !== null && now > deadline };
    },
    (reviewer, papers) => reviewReminderMail({ to: reviewer.email, name: reviewer.name, venueName: venue.name, papers, link: `${env().APP_URL}/venues/${venue.slug}/reviewer` }),
    now,
  );
  if (outcome.reminded === 0) {
    return { ok: false, message: "Nobody was reminded: every chosen review is submitted or was reminded within the last 24 hours." };
  }
  const skipped = outcome.skipped ? ` ${outcome.skipped} skipped (submitted, or reminded within the last 24 hours).` : "";
  return {
    ok: true,
    message: `Reminded ${outcome.emails} reviewer${outcome.emails === 1 ? "" : "s"} about ${outcome.reminded} review${outcome.reminded === 1 ? "" : "s"}.${skipped}`,
  };
}
