"use client";
// A run as it happens: status, progress, queue position and the log's tail, polled every second from the status
// route while the run is queued or running; cancel; then a refresh shows the figure and verdict.
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useRef, useState } from "react";
import { FormMessage, SubmitButton } from "@/app/_components/form-controls";
import { ProgressBar } from "@/app/venues/[slug]/chair/assignment/bits";
import type { FormState } from "@/lib/actions/form-state";
import { cancelRunAction, evidenceAction } from "@/lib/experiments/actions";

export interface RunSnapshot {
  status: string;
  progress: number;
  log: string;
  error: string | null;
  position: number | null;
  verdict: string | null;
}

const LIVE = new Set(["QUEUED", "RUNNING"]);

function ordinal(n: number): string {
  return n === 0 ? "next to start" : `${n} run${n > 1 ? "s" : ""} ahead in the queue`;
}

export function LiveRun({ statusUrl, initial, cancel }: { statusUrl: string; initial: RunSnapshot; cancel: { slug: string; number: number; experimentId: string; runId: string } | null }) {
  const [snap, setSnap] = useState(initial);
  const [stale, setStale] = useState(false);
  const router = useRouter();
  const logRef = useRef<HTMLPreElement>(null);
  const live = LIVE.has(snap.status);

  useEffect(() => {
    if (!live) return;
    let stopped = false;
    const tick = async () => {
      try {
        const res = await fetch(statusUrl, { cache: "no-store" });
        if (!res.ok) throw new Error(String(res.status));
        const next = (await res.json()) as RunSnapshot;
        if (stopped) return;
        setStale(false);
        setSnap(next);
        if (!LIVE.has(next.status)) router.refresh();
      } catch {
        if (!stopped) setStale(true);
      }
    };
    const t = setInterval(() => void tick(), 1000);
    return () => {
      stopped = true;
      clearInterval(t);
    };
  }, [live, statusUrl, router]);

  useEffect(() => {
    const el = logRef.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [snap.log]);

  const [cancelState, cancelAction] = useActionState<FormState, FormData>(cancelRunAction, {});
  return (
    <section aria-labelledby="run-live" className="card space-y-3">
      <h2 id="run-live" className="text-lg font-semibold">Status</h2>
      <p role="status" aria-live="polite" className="text-sm">
        {snap.status === "QUEUED" && `Queued: ${ordinal(snap.position ?? 0)}.`}
        {snap.status === "RUNNING" && `Running: ${Math.round(snap.progress * 100)}% done.`}
        {snap.status === "SUCCEEDED" && "Finished."}
        {snap.status === "FAILED" && `Failed: ${snap.error ?? "see the log"}`}
        {snap.status === "CANCELLED" && `Cancelled${snap.error ? `: ${snap.error}` : "."}`}
        {stale && " (Lost contact with the server; retrying…)"}
      </p>
      {live && <ProgressBar label="Run progress" value={snap.progress} />}
      {live && cancel && (
        <form action={cancelAction} className="space-y-2">
          {Object.entries(cancel).map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />)}
          <SubmitButton pendingLabel="Cancelling…">Cancel run</SubmitButton>
          <FormMessage state={cancelState} />
        </form>
      )}
      <details open={live || snap.status === "FAILED"}>
        <summary className="cursor-pointer text-sm font-medium">Log</summary>
        <pre ref={logRef} className="mt-2 max-h-96 overflow-auto whitespace-pre-wrap break-all rounded bg-slate-900 p-3 text-xs text-slate-100" aria-label="Run log">
          {snap.log || "(nothing yet)"}
        </pre>
      </details>
    </section>
  );
}

export function EvidenceForm(props: {
  slug: string;
  number: number;
  experimentId: string;
  runId: string;
  theorems: { id: string; label: string }[];
  assumptions: string[];
  current: { theoremId: string | null; assumption: string | null; note: string };
}) {
  const [state, action] = useActionState<FormState, FormData>(evidenceAction, {});
  return (
    <form action={action} className="card space-y-3" aria-labelledby="evidence-heading">
      <h2 id="evidence-heading" className="text-lg font-semibold">Attach to your review as evidence</h2>
      <p className="text-sm text-slate-700">Link this run to the assumption it tests; the area chair sees it next to your reading of that assumption.</p>
      {["slug", "number", "experimentId", "runId"].map((k) => <input key={k} type="hidden" name={k} value={String(props[k as keyof typeof props])} />)}
      <label htmlFor="theoremId" className="block text-sm font-medium">Theorem</label>
      <select id="theoremId" name="theoremId" defaultValue={props.current.theoremId ?? ""} className="input">
        <option value="">(not attached)</option>
        {props.theorems.map((t) => <option key={t.id} value={t.id}>{t.label}</option>)}
      </select>
      {state.fieldErrors?.theoremId && <p className="text-sm text-red-700">{state.fieldErrors.theoremId.join(" ")}</p>}
      <label htmlFor="assumption" className="block text-sm font-medium">Assumption tested</label>
      <select id="assumption" name="assumption" defaultValue={props.current.assumption ?? ""} className="input">
        <option value="">(choose)</option>
        {props.assumptions.map((a) => <option key={a} value={a}>{a}</option>)}
      </select>
      {state.fieldErrors?.assumption && <p className="text-sm text-red-700">{state.fieldErrors.assumption.join(" ")}</p>}
      <label htmlFor="note" className="block text-sm font-medium">What it shows</label>
      <textarea id="note" name="note" rows={3} maxLength={1000} defaultValue={props.current.note} className="input" />
      <SubmitButton pendingLabel="Saving…">Save evidence</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
