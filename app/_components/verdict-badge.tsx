// The verdict of an experiment's latest run at the declared settings, as a badge with words (not colour alone).
const VERDICT: Record<string, { label: string; cls: string }> = {
  REPRODUCED: { label: "Reproduced", cls: "bg-emerald-50 text-emerald-800 ring-emerald-300" },
  PARTIALLY_REPRODUCED: { label: "Partially reproduced", cls: "bg-amber-50 text-amber-900 ring-amber-300" },
  NOT_REPRODUCED: { label: "Not reproduced", cls: "bg-red-50 text-red-800 ring-red-300" },
  FAILED_TO_RUN: { label: "Failed to run", cls: "bg-slate-100 text-slate-800 ring-slate-300" },
};
const PENDING: Record<string, string> = { QUEUED: "Queued", RUNNING: "Running", CANCELLED: "Cancelled" };

export function VerdictBadge({ verdict, status, prefix }: { verdict: string | null; status?: string | null; prefix?: string }) {
  const v = verdict ? VERDICT[verdict] : null;
  const label = v?.label ?? (status ? (PENDING[status] ?? status) : "Not run yet");
  return (
    <span className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${v?.cls ?? "bg-slate-50 text-slate-700 ring-slate-200"}`}>
      {prefix ? `${prefix}: ` : ""}
      {label}
    </span>
  );
}
