"use client";
// One paper's bid: a select that saves as soon as it changes, with its own "Saved" state. Choosing "Conflict"
// first asks for a reason and a confirmation, since the paper then leaves the list for good.
import { useId, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { saveBidAction } from "@/lib/bids/actions";
import { BID_LABELS, BID_VALUES, type BidValue } from "@/lib/bids/schema";

type Value = BidValue | "NONE";
type State = { kind: "idle" } | { kind: "saving" } | { kind: "saved"; message: string } | { kind: "failed"; message: string };

export function BidControl({ slug, number, initial, disabled }: { slug: string; number: number; initial: BidValue | null; disabled: boolean }) {
  const id = useId();
  const router = useRouter();
  const [value, setValue] = useState<Value>(initial ?? "NONE");
  const [saved, setSaved] = useState<Value>(initial ?? "NONE");
  const [state, setState] = useState<State>({ kind: "idle" });
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState("");
  const [, startTransition] = useTransition();

  async function save(next: Value, why?: string) {
    setState({ kind: "saving" });
    try {
      const result = await saveBidAction({ slug, number, value: next, ...(why ? { reason: why } : {}) });
      if (result.ok) {
        setSaved(next);
        setState({ kind: "saved", message: result.message });
        if (next === "CONFLICT") startTransition(() => router.refresh());
      } else {
        setValue(saved);
        setState({ kind: "failed", message: result.message });
      }
    } catch {
      setValue(saved);
      setState({ kind: "failed", message: "Not saved: the server could not be reached. Try again." });
    }
  }

  function onChange(next: Value) {
    setValue(next);
    if (next === "CONFLICT") {
      setConfirming(true);
      setState({ kind: "idle" });
      return;
    }
    setConfirming(false);
    void save(next);
  }

  const stateText =
    state.kind === "saving" ? "Saving…" : state.kind === "saved" ? state.message : state.kind === "failed" ? state.message : saved === "NONE" ? "Not bid yet" : "";

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={`${id}-bid`} className="text-sm font-medium">Your bid on #{number}</label>
        <select
          id={`${id}-bid`}
          className="input w-auto py-1"
          value={value}
          disabled={disabled || state.kind === "saving"}
          aria-describedby={`${id}-state`}
          onChange={(e) => onChange(e.target.value as Value)}
        >
          {(["NONE", ...BID_VALUES] as const).map((v) => (
            <option key={v} value={v}>{BID_LABELS[v]}</option>
          ))}
        </select>
        <span
          id={`${id}-state`}
          role="status"
          data-testid="bid-state"
          className={`text-sm ${state.kind === "failed" ? "text-red-700" : state.kind === "saved" ? "text-emerald-800" : "text-slate-600"}`}
        >
          {stateText}
        </span>
      </div>
      {confirming && (
        <div className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3">
          <label htmlFor={`${id}-reason`} className="block text-sm font-medium">Why do you have a conflict with #{number}? (optional)</label>
          <input id={`${id}-reason`} className="input" maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} placeholder="e.g. a recent co-author" />
          <p className="text-xs text-slate-700">The paper is then removed from your bidding list and never assigned to you.</p>
          <div className="flex gap-2">
            <button
              type="button"
              className="btn-primary"
              disabled={state.kind === "saving"}
              onClick={() => {
                setConfirming(false);
                void save("CONFLICT", reason.trim() || undefined);
              }}
            >
              Declare conflict with #{number}
            </button>
            <button
              type="button"
              className="btn-secondary"
              onClick={() => {
                setConfirming(false);
                setValue(saved);
              }}
            >
              Cancel
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
