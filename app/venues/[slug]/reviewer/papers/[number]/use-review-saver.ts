"use client";
// Autosave with optimistic concurrency. Saves go one at a time, ~800 ms after the last keystroke, each naming the
// version it edited. A refused (stale) save stops autosave for good on this page: the text stays in the editor,
// and the reviewer reloads to see the newer version. Nothing here can overwrite a newer save. Drafts go to the
// page's JSON route (./draft/route.ts: far cheaper for the server than a server action); submitting is an action.
import { useCallback, useEffect, useRef, useState } from "react";
import { submitReviewAction } from "@/lib/reviews/actions";
import { clockTime, staleMessage, type SaveResult } from "@/lib/reviews/schema";
import type { Content } from "./content-path";

export const AUTOSAVE_DELAY_MS = 800;

/** POST a draft to the autosave route; throws when no answer came (network down, server error page). */
async function saveDraft(slug: string, number: number, input: { formVersion: number; baseVersion: number; content: Content }): Promise<SaveResult> {
  const res = await fetch(`/venues/${encodeURIComponent(slug)}/reviewer/papers/${number}/draft`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(input),
  });
  // Refusals (signed out, malformed) come back as a SaveResult with a 4xx status; anything else is no answer.
  if (!res.headers.get("content-type")?.includes("application/json")) throw new Error(`Autosave answered HTTP ${res.status}`);
  return (await res.json()) as SaveResult;
}

export type SaveState =
  | { kind: "idle" }
  | { kind: "pending" }
  | { kind: "saving" }
  | { kind: "saved"; at: string }
  | { kind: "failed"; message: string }
  | { kind: "stale"; message: string };

interface Options {
  slug: string;
  number: number;
  formVersion: number;
  initialVersion: number;
  initialStatus: "DRAFT" | "SUBMITTED";
  locked: boolean;
}

export function useReviewSaver(opts: Options) {
  const [state, setState] = useState<SaveState>({ kind: "idle" });
  const [status, setStatus] = useState(opts.initialStatus);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const version = useRef(opts.initialVersion);
  const latest = useRef<Content | null>(null);
  const dirty = useRef(false);
  const stale = useRef(false);
  const inFlight = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const apply = useCallback((result: SaveResult, sent: Content) => {
    if (result.ok) {
      version.current = result.version;
      if (latest.current === sent) dirty.current = false;
      setStatus(result.status);
      setFieldErrors({});
      setState({ kind: "saved", at: result.savedAt });
    } else if (result.reason === "stale") {
      stale.current = true;
      setState({ kind: "stale", message: staleMessage(clockTime(new Date(result.changedAt))) });
    } else {
      setFieldErrors(result.reason === "invalid" ? result.fieldErrors : {});
      setState({ kind: "failed", message: result.message });
    }
    return result;
  }, []);

  const send = useCallback(
    async (mode: "draft" | "submit"): Promise<SaveResult | null> => {
      const content = latest.current ?? {};
      setState({ kind: "saving" });
      const versions = { formVersion: opts.formVersion, baseVersion: version.current, content };
      try {
        const result = await (mode === "draft" ? saveDraft(opts.slug, opts.number, versions) : submitReviewAction({ slug: opts.slug, number: opts.number, ...versions }));
        return apply(result, content);
      } catch {
        setState({ kind: "failed", message: "Not saved: the server could not be reached. Your text is kept here; we will retry as you type." });
        return null;
      }
    },
    [apply, opts.slug, opts.number, opts.formVersion],
  );

  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    while (inFlight.current) await inFlight.current;
    if (!dirty.current || stale.current) return;
    const run = send("draft").then(() => undefined);
    inFlight.current = run;
    await run;
    inFlight.current = null;
  }, [send]);

  /** Call on every edit: autosaves drafts; a submitted review is only changed by submitting again. */
  const changed = useCallback(
    (content: Content) => {
      latest.current = content;
      dirty.current = true;
      if (opts.locked || stale.current || status === "SUBMITTED") return;
      setState({ kind: "pending" });
      if (timer.current) clearTimeout(timer.current);
      // Edits made while a save is in flight set a new timer, whose flush waits for that save to finish.
      timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    },
    [flush, opts.locked, status],
  );

  const submit = useCallback(
    async (content: Content) => {
      latest.current = content;
      if (timer.current) clearTimeout(timer.current);
      while (inFlight.current) await inFlight.current;
      if (stale.current) return null;
      const run = send("submit");
      inFlight.current = run.then(() => undefined);
      const result = await run;
      inFlight.current = null;
      if (result?.ok) dirty.current = false;
      return result;
    },
    [send],
  );

  // Warn before leaving with edits the server has not accepted.
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (dirty.current) e.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, []);

  return { state, status, fieldErrors, changed, submit };
}
