// Presentational pieces of the assignment pages: status labels and an accessible progress bar.
const STATUS: Record<string, { label: string; cls: string }> = {
  QUEUED: { label: "Queued", cls: "bg-slate-100 text-slate-800" },
  RUNNING: { label: "Running", cls: "bg-brand-50 text-brand-900" },
  SUCCEEDED: { label: "Succeeded", cls: "bg-emerald-50 text-emerald-800" },
  FAILED: { label: "Failed", cls: "bg-red-50 text-red-800" },
  CANCELLED: { label: "Cancelled", cls: "bg-amber-50 text-amber-900" },
};

export function StatusBadge({ status }: { status: string }) {
  const s = STATUS[status] ?? { label: status, cls: "bg-slate-100" };
  return <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${s.cls}`}>{s.label}</span>;
}

export function ProgressBar({ label, value }: { label: string; value: number }) {
  const pct = Math.round(Math.max(0, Math.min(1, value)) * 100);
  return (
    <div className="h-2 w-full min-w-24 overflow-hidden rounded bg-slate-200" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct}>
      <div className="h-full bg-brand-600" style={{ width: `${pct}%` }} />
    </div>
  );
}

export function duration(start: Date | null, end: Date | null): string {
  if (!start || !end) return "";
  const s = (end.getTime() - start.getTime()) / 1000;
  return s < 60 ? `${s.toFixed(1)} s` : `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`;
}

export function utc(d: Date): string {
  return `${d.toISOString().slice(0, 19).replace("T", " ")} UTC`;
}
