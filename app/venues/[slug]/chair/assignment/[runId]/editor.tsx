"use client";
// The hand editor of one paper's reviewers in a proposal. Every change of selection asks the server to check the
// edit (loads, conflicts, reviewers per paper) and shows its answer live; applying re-checks in the transaction.
import Link from "next/link";
import { useActionState, useRef, useState, useTransition } from "react";
import { applyProposalEditAction, previewProposalEditAction, type EditState } from "@/lib/assignment/actions";
import type { EditPreview } from "@/lib/assignment/edit-check";
import { FormMessage } from "../../../../../_components/form-controls";

interface Props {
  venueId: string;
  runId: string;
  closeHref: string;
  paper: { id: string; number: number; title: string };
  reviewers: { id: string; name: string; score: number }[];
  candidates: { id: string; name: string; load: number; maxLoad: number; score: number; conflicted: boolean; alternate: boolean }[];
}

export function ProposalEditor({ venueId, runId, closeHref, paper, reviewers, candidates }: Props) {
  const [remove, setRemove] = useState("");
  const [add, setAdd] = useState("");
  const [preview, setPreview] = useState<EditPreview | null>(null);
  const [checking, startChecking] = useTransition();
  const asked = useRef(0);
  const [state, action, applying] = useActionState<EditState, FormData>(async (prev, formData) => {
    const next = await applyProposalEditAction(prev, formData);
    if (next.ok) {
      setRemove("");
      setAdd("");
      setPreview(null);
    }
    return next;
  }, {});

  function check(nextRemove: string, nextAdd: string) {
    const ticket = ++asked.current;
    if (!nextRemove && !nextAdd) {
      setPreview(null);
      return;
    }
    startChecking(async () => {
      const answer = await previewProposalEditAction({ venueId, runId, paperId: paper.id, remove: nextRemove, add: nextAdd });
      // Only the answer to the latest selection counts.
      if (ticket === asked.current) setPreview(answer);
    });
  }

  const blocked = !preview || preview.errors.length > 0 || checking;
  return (
    <form action={action} className="space-y-4" aria-describedby="edit-check">
      <input type="hidden" name="venueId" value={venueId} />
      <input type="hidden" name="runId" value={runId} />
      <input type="hidden" name="paperId" value={paper.id} />
      <p className="text-sm text-slate-700">
        Now: {reviewers.length ? reviewers.map((r) => `${r.name} (${r.score.toFixed(2)})`).join(", ") : "no reviewers"}. Pick one reviewer to remove, one to add, or both to swap.
      </p>
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="space-y-1">
          <label htmlFor="edit-remove" className="block text-sm font-medium text-slate-800">Remove reviewer</label>
          <select id="edit-remove" name="remove" className="input" value={remove} onChange={(e) => { setRemove(e.target.value); check(e.target.value, add); }}>
            <option value="">— nobody —</option>
            {reviewers.map((r) => <option key={r.id} value={r.id}>{`${r.name} (score ${r.score.toFixed(2)})`}</option>)}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="edit-add" className="block text-sm font-medium text-slate-800">Add reviewer</label>
          <select id="edit-add" name="add" className="input" value={add} onChange={(e) => { setAdd(e.target.value); check(remove, e.target.value); }}>
            <option value="">— nobody —</option>
            {candidates.map((c) => (
              <option key={c.id} value={c.id}>
                {`${c.name} — score ${c.score.toFixed(2)} · ${c.load}/${c.maxLoad} papers${c.conflicted ? " · conflicted" : ""}${c.alternate ? " · alternate" : ""}`}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div id="edit-check" aria-live="polite" className="space-y-1 text-sm">
        {checking && <p className="text-slate-600">Checking…</p>}
        {!checking && preview && (
          <>
            {preview.errors.map((e) => <p key={e} className="rounded-md bg-red-50 px-3 py-1 text-red-800">✗ {e}</p>)}
            {preview.warnings.map((w) => <p key={w} className="rounded-md bg-amber-50 px-3 py-1 text-amber-900">! {w}</p>)}
            {preview.effects.map((x) => <p key={x} className="text-slate-800">✓ {x}</p>)}
            {preview.score !== null && <p className="text-slate-800">Score of the new pair: {preview.score.toFixed(3)}</p>}
          </>
        )}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="btn-primary" disabled={blocked || applying} aria-disabled={blocked || applying}>{applying ? "Applying…" : "Apply change"}</button>
        <Link href={closeHref} className="text-sm text-brand-700 underline">Close the editor</Link>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
