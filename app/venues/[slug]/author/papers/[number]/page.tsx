import type { Metadata } from "next";
import Link from "next/link";
import { formatAoE, timeLeft } from "@/lib/time/aoe";
import { loadAuthorPaper } from "@/lib/theorems/loaders";
import { rawAssumptions } from "@/lib/theorems/schema";
import { EmptyState } from "../../../../../_components/venue-bits";
import { DeclarationsEditor } from "./declarations-editor";
import { DeclaredTheorem } from "./declared-theorem";

export const metadata: Metadata = { title: "Theorems and assumptions" };

export default async function AuthorPaperPage({ params }: { params: Promise<{ slug: string; number: string }> }) {
  const { slug, number } = await params;
  const { venue, paper, theorems, token, lockedReason } = await loadAuthorPaper(slug, number);
  const deadline = venue.submissionDeadline;
  return (
    <div className="space-y-8">
      <div>
        <p className="text-sm text-slate-600">
          <Link href={`/venues/${venue.slug}/author`} className="underline">{venue.shortName} author console</Link> / Paper #{paper.number}
        </p>
        <h1 className="text-2xl font-semibold">{paper.title}</h1>
        <p className="mt-1 text-sm text-slate-700">
          Theorems and their assumptions, as reviewers and area chairs will read them.
          {deadline && (
            <>
              {" "}Editable until the submission deadline, <time dateTime={deadline.toISOString()}>{formatAoE(deadline)}</time> ({timeLeft(deadline) ?? "passed"}).
            </>
          )}
        </p>
      </div>

      {lockedReason ? (
        <section aria-labelledby="declared" className="space-y-3">
          <h2 id="declared" className="text-lg font-semibold">Declared theorems</h2>
          <p role="status" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">{lockedReason}</p>
          {theorems.length === 0 ? <EmptyState>No theorems were declared for this paper.</EmptyState> : theorems.map((t) => <DeclaredTheorem key={t.id} theorem={t} />)}
        </section>
      ) : (
        <DeclarationsEditor
          slug={venue.slug}
          number={paper.number}
          token={token}
          theorems={theorems.map((t) => ({ id: t.id, label: t.label, statement: t.statement, assumptions: rawAssumptions(t.assumptions) }))}
        />
      )}
    </div>
  );
}
