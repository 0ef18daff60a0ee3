import type { Metadata } from "next";
import { loadReviewFormEditor } from "@/lib/review-forms/loaders";
import { formatAoE } from "@/lib/time/aoe";
import { VenueHeading } from "../../../../_components/venue-bits";
import { ChairNav } from "../chair-nav";
import { FormEditor } from "./form-editor";

export const metadata: Metadata = { title: "Review form" };

export default async function ReviewFormPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const f = await loadReviewFormEditor(slug);
  return (
    <div className="space-y-8">
      <VenueHeading venue={f.venue} console="Review form" />
      <ChairNav slug={slug} current="review-form" />
      <p className="max-w-3xl text-sm text-slate-700">
        The form reviewers fill in, as a list of fields. Until reviewing opens (and while no review exists) edits change the current version;
        afterwards each save creates a new version, and every review keeps the version it began with.
      </p>
      <FormEditor slug={slug} token={f.token} fields={f.fields} inPlace={f.inPlace} currentVersion={f.currentVersion} />

      <section aria-labelledby="history" className="space-y-3">
        <h2 id="history" className="text-lg font-semibold">Version history</h2>
        {f.history.length === 0 ? (
          <p className="text-sm text-slate-600">No version saved yet: the editor starts from the default deep-learning-theory form.</p>
        ) : (
          <div className="card overflow-x-auto p-0">
            <table className="table-base">
              <caption className="sr-only">Every version of the review form, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Version</th>
                  <th scope="col">Saved</th>
                  <th scope="col">By</th>
                  <th scope="col" className="text-right">Reviews using it</th>
                  <th scope="col">Fields</th>
                </tr>
              </thead>
              <tbody>
                {f.history.map((v) => (
                  <tr key={v.version}>
                    <th scope="row" className="font-medium">{v.version}{v.version === f.currentVersion ? " (current)" : ""}</th>
                    <td><time dateTime={v.createdAt.toISOString()}>{formatAoE(v.createdAt)}</time></td>
                    <td>{v.createdBy ?? "—"}</td>
                    <td className="text-right tabular-nums">{v.reviews}</td>
                    <td className="text-xs text-slate-700">{v.fields.join(" · ")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
