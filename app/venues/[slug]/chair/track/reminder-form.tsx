"use client";
// Review progress per reviewer, with reminders: tick missing or late reviews and remind their reviewers, or remind
// everyone whose review is late. The server skips anything submitted or reminded within the last 24 hours.
import { useActionState } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { remindReviewersAction } from "@/lib/track/actions";
import { FormMessage } from "../../../../_components/form-controls";

export interface ReviewerRow {
  reviewerId: string;
  name: string;
  email: string;
  assigned: number;
  submitted: number;
  late: number;
  missing: number;
  lastReminded: string | null;
  open: { assignmentId: string; paperNumber: number; state: "late" | "missing"; started: boolean; recentlyReminded: boolean; deadline: string | null }[];
}

export function ReminderForm({ venueId, rows, lateCount }: { venueId: string; rows: ReviewerRow[]; lateCount: number }) {
  const [state, action, pending] = useActionState<FormState, FormData>(remindReviewersAction, {});
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="venueId" value={venueId} />
      <div className="card overflow-x-auto p-0">
        <table className="table-base">
          <caption className="sr-only">Review progress per reviewer, with the reviews that are still missing</caption>
          <thead>
            <tr>
              <th scope="col">Reviewer</th>
              <th scope="col" className="text-right">Assigned</th>
              <th scope="col" className="text-right">Submitted</th>
              <th scope="col" className="text-right">Late</th>
              <th scope="col" className="text-right">Missing</th>
              <th scope="col">Open reviews (tick to remind)</th>
              <th scope="col">Last reminded</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.reviewerId} data-reviewer={r.email}>
                <th scope="row" className="font-medium">
                  {r.name}
                  <span className="block text-xs font-normal text-slate-600">{r.email}</span>
                </th>
                <td className="text-right tabular-nums">{r.assigned}</td>
                <td className="text-right tabular-nums">{r.submitted}</td>
                <td className={`text-right tabular-nums ${r.late ? "font-semibold text-red-700" : ""}`}>{r.late}</td>
                <td className="text-right tabular-nums">{r.missing}</td>
                <td>
                  {r.open.length === 0 ? (
                    <span className="text-slate-600">all submitted</span>
                  ) : (
                    <ul className="space-y-1">
                      {r.open.map((o) => (
                        <li key={o.assignmentId}>
                          <label className="inline-flex items-center gap-2">
                            <input type="checkbox" name="assignmentId" value={o.assignmentId} disabled={o.recentlyReminded} />
                            <span>
                              #{o.paperNumber} — {o.state === "late" ? <strong className="text-red-700">late</strong> : "missing"}
                              {o.started ? " (draft started)" : " (not started)"}
                              {o.recentlyReminded && " · reminded in the last 24 h"}
                            </span>
                          </label>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td className="text-xs text-slate-600">{r.lastReminded ?? "never"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="flex flex-wrap gap-3">
        <button type="submit" name="mode" value="selected" className="btn-secondary" disabled={pending}>
          Remind about ticked reviews
        </button>
        <button type="submit" name="mode" value="late" className="btn-primary" disabled={pending || lateCount === 0}>
          Remind every late reviewer ({lateCount} late review{lateCount === 1 ? "" : "s"})
        </button>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
