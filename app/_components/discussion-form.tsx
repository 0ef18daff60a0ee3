"use client";
// Writing a discussion post. The text is controlled and cleared only once the server has accepted the post, so
// a refusal (over the limit, discussion closed, session ended) never loses what was typed.
import { useState, useTransition } from "react";
import { postToDiscussionAction } from "@/lib/discussion/actions";
import type { FormState } from "@/lib/actions/form-state";
import { textLength } from "@/lib/reviews/form-schema";
import { FormMessage } from "./form-controls";

export function DiscussionForm({ slug, number, maxLength }: { slug: string; number: number; maxLength: number }) {
  const [body, setBody] = useState("");
  const [state, setState] = useState<FormState>({});
  const [pending, start] = useTransition();
  const length = textLength(body);
  const over = length > maxLength;
  const error = state.fieldErrors?.body;

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData();
    data.set("slug", slug);
    data.set("number", String(number));
    data.set("body", body);
    start(async () => {
      const next = await postToDiscussionAction({}, data);
      setState(next);
      if (next.ok) setBody("");
    });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-2" noValidate>
      <label htmlFor="discussion-body" className="block text-sm font-medium text-slate-800">Your post</label>
      <textarea
        id="discussion-body"
        className="input min-h-28 text-sm"
        value={body}
        onChange={(e) => setBody(e.target.value)}
        aria-invalid={over || error ? true : undefined}
        aria-describedby="discussion-body-count discussion-body-help"
      />
      <p id="discussion-body-help" className="text-xs text-slate-600">Markdown with $math$ is rendered. Authors never see the discussion.</p>
      <p id="discussion-body-count" className={`text-xs ${over ? "font-medium text-red-700" : "text-slate-600"}`}>
        {length} / {maxLength} characters{over ? ` — ${length - maxLength} over the limit` : ""}
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="btn-primary" disabled={pending || over}>
          {pending ? "Posting…" : "Post to discussion"}
        </button>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
