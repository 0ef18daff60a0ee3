// A paper's discussion as its reviewers and chairs read it (lib/discussion/loaders.ts decides who may, and how
// posters are named), with the authors' submitted response above it.
import type { loadPaperConversation } from "@/lib/discussion/loaders";
import { formatAoE } from "@/lib/time/aoe";
import { DiscussionForm } from "./discussion-form";
import { Markdown } from "./markdown";

type Conversation = Awaited<ReturnType<typeof loadPaperConversation>>;

export function AuthorResponseView({ response }: { response: Conversation["response"] }) {
  return (
    <section aria-labelledby="author-response" className="card space-y-2">
      <h2 id="author-response" className="text-lg font-semibold">Authors’ response</h2>
      {response ? (
        <>
          <p className="text-xs text-slate-600">Submitted {formatAoE(response.submittedAt)}</p>
          <Markdown className="text-sm text-slate-800">{response.body}</Markdown>
        </>
      ) : (
        <p className="text-sm text-slate-600">The authors have not submitted a response.</p>
      )}
    </section>
  );
}

export function DiscussionThread({ c }: { c: Conversation }) {
  return (
    <section aria-labelledby="discussion" className="space-y-3">
      <h2 id="discussion" className="text-lg font-semibold">Discussion</h2>
      <p className="text-sm text-slate-600">
        Among the paper’s reviewers and chairs.{" "}
        {c.identitiesShown ? "This venue shows reviewers’ names to each other." : "Reviewers appear to each other under anonymous labels."}
      </p>
      {c.posts.length === 0 ? (
        <p className="text-sm text-slate-600">No posts yet.</p>
      ) : (
        <ol className="space-y-3" aria-label="Discussion posts">
          {c.posts.map((p) => (
            <li key={p.id} className={`card space-y-1 ${p.mine ? "border-brand-100 bg-brand-50/40" : ""}`}>
              <p className="text-sm">
                <span className="font-semibold" data-testid="post-author">{p.who}</span>{" "}
                <time className="text-xs text-slate-600" dateTime={p.createdAt.toISOString()}>{formatAoE(p.createdAt)}</time>
              </p>
              <Markdown className="text-sm text-slate-800">{p.body}</Markdown>
            </li>
          ))}
        </ol>
      )}
      {c.postingClosed ? (
        <p className="rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700">{c.postingClosed}</p>
      ) : (
        <div className="card">
          <DiscussionForm slug={c.slug} number={c.number} maxLength={c.maxLength} />
        </div>
      )}
    </section>
  );
}
