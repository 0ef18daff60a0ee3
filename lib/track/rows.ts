// The track's rows in the shapes the pure progress and chart code take.
import type { AssignmentRow } from "./progress";
import type { ChartTheorem } from "./regimes";
import type { TrackPaper } from "./data";

export function assignmentRows(papers: readonly TrackPaper[]): AssignmentRow[] {
  return papers.flatMap((p) =>
    p.assignments.map((a) => {
      const review = p.reviews.find((r) => r.reviewerId === a.userId);
      return {
        assignmentId: a.id,
        reviewerId: a.userId,
        reviewerName: a.user.name,
        reviewerEmail: a.user.email,
        paperNumber: p.number,
        dueAt: a.dueAt,
        lastRemindedAt: a.lastRemindedAt,
        review: review ? { status: review.status, submittedAt: review.submittedAt } : null,
      };
    }),
  );
}

function readingOf(content: unknown, theoremId: string): unknown {
  return (content as { theorems?: Record<string, { assumptions?: unknown }> } | null)?.theorems?.[theoremId]?.assumptions;
}

/** Each theorem with its paper's confirmed decision and the submitted reviews' readings of it. */
export function chartTheorems(papers: readonly TrackPaper[]): ChartTheorem[] {
  return papers.flatMap((p) =>
    p.theorems.map((t) => ({
      decision: p.decision?.confirmedAt ? p.decision.value : null,
      declared: t.assumptions,
      readings: p.reviews.filter((r) => r.status === "SUBMITTED").flatMap((r) => {
        const reading = readingOf(r.content, t.id);
        return reading ? [reading] : [];
      }),
    })),
  );
}
