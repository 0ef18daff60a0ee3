// Exports of a venue's reviews, meta-reviews and decisions (CSV and JSON), for the track's managers only:
// anyone else gets null, which the route answers with a 404 exactly like a venue that does not exist. Reviewer
// identities are included (alongside the anonymous label authors and peers see) because only chairs can export.
import "server-only";
import Papa from "papaparse";
import { whyNotManageVenue, type Viewer } from "@/lib/auth/permissions";
import { formFieldsSchema } from "@/lib/reviews/form-schema";
import { paperReviewerLabels } from "@/lib/reviews/matrix";
import { findVenueForViewer } from "@/lib/venues/data";
import { listDecisionsForExport, listMetaReviewsForExport, listReviewsForExport } from "./data";
import { flattenReviews, type ExportReview } from "./flatten";

export const EXPORT_FILES = ["reviews", "meta-reviews", "decisions"] as const;
export type ExportKind = (typeof EXPORT_FILES)[number];
export type ExportFormat = "csv" | "json";

export interface ExportFile {
  filename: string;
  contentType: string;
  body: string;
}

/** "reviews.csv" → { kind, format }; null for anything else. */
export function parseExportName(name: string): { kind: ExportKind; format: ExportFormat } | null {
  const m = /^([a-z-]+)\.(csv|json)$/.exec(name);
  const kind = EXPORT_FILES.find((k) => k === m?.[1]);
  return kind && m ? { kind, format: m[2] as ExportFormat } : null;
}

async function reviewsOf(venueId: string): Promise<ExportReview[]> {
  const rows = await listReviewsForExport(venueId);
  const forms = new Map<number, ReturnType<typeof formFieldsSchema.parse>>();
  return rows.map((r) => {
    const labels = paperReviewerLabels(r.submission.id, [...r.submission.assignments.map((a) => a.userId), ...r.submission.reviews.map((x) => x.reviewerId)]);
    if (!forms.has(r.form.version)) forms.set(r.form.version, formFieldsSchema.parse(r.form.fields));
    return {
      paperNumber: r.submission.number,
      paperId: r.submission.externalId ?? r.submission.id,
      paperTitle: r.submission.title,
      reviewerLabel: labels.get(r.reviewer.id) ?? "",
      reviewerName: r.reviewer.name,
      reviewerEmail: r.reviewer.email,
      status: r.status,
      version: r.version,
      formVersion: r.form.version,
      submittedAt: r.submittedAt,
      updatedAt: r.updatedAt,
      theorems: r.submission.theorems,
      fields: forms.get(r.form.version)!,
      content: (r.content ?? {}) as Record<string, unknown>,
    };
  });
}

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : "");
// escapeFormulae: a title or answer starting with "=" must not become a formula when the chair opens the file.
const csv = (rows: object[], columns: string[]) => Papa.unparse(rows, { columns, escapeFormulae: true });

async function build(venueId: string, kind: ExportKind, format: ExportFormat): Promise<string> {
  if (kind === "reviews") {
    const reviews = await reviewsOf(venueId);
    if (format === "csv") {
      const { columns, rows } = flattenReviews(reviews);
      return csv(rows, columns);
    }
    const versions = [...new Map(reviews.map((r) => [r.formVersion, r.fields])).entries()].sort((a, b) => a[0] - b[0]);
    return JSON.stringify(
      {
        forms: versions.map(([version, fields]) => ({ version, fields })),
        reviews: reviews.map((r) => ({
          paper: { number: r.paperNumber, id: r.paperId, title: r.paperTitle },
          reviewer: { label: r.reviewerLabel, name: r.reviewerName, email: r.reviewerEmail },
          status: r.status,
          version: r.version,
          formVersion: r.formVersion,
          submittedAt: r.submittedAt,
          updatedAt: r.updatedAt,
          theorems: r.theorems.map((t, i) => ({ position: i + 1, id: t.id, label: t.label })),
          content: r.content,
        })),
      },
      null,
      2,
    );
  }
  if (kind === "meta-reviews") {
    const rows = (await listMetaReviewsForExport(venueId)).map((m) => ({
      paper_number: m.submission.number,
      paper_id: m.submission.externalId ?? "",
      paper_title: m.submission.title,
      area_chair_name: m.author.name,
      area_chair_email: m.author.email,
      status: m.status,
      version: m.version,
      updated_at: iso(m.updatedAt),
      body: m.body,
    }));
    return format === "csv" ? csv(rows, ["paper_number", "paper_id", "paper_title", "area_chair_name", "area_chair_email", "status", "version", "updated_at", "body"]) : JSON.stringify({ metaReviews: rows }, null, 2);
  }
  const rows = (await listDecisionsForExport(venueId)).map((d) => ({
    paper_number: d.submission.number,
    paper_id: d.submission.externalId ?? "",
    paper_title: d.submission.title,
    decision: d.value,
    proposed_by: d.proposedBy?.email ?? "",
    proposed_at: iso(d.proposedAt),
    confirmed_by: d.confirmedBy?.email ?? "",
    confirmed_at: iso(d.confirmedAt),
    released_at: iso(d.releasedAt),
  }));
  return format === "csv"
    ? csv(rows, ["paper_number", "paper_id", "paper_title", "decision", "proposed_by", "proposed_at", "confirmed_by", "confirmed_at", "released_at"])
    : JSON.stringify({ decisions: rows }, null, 2);
}

/** The file, or null when the viewer may not manage this venue (or there is no such venue or file). */
export async function loadExport(viewer: Viewer | null, slug: string, name: string): Promise<ExportFile | null> {
  const parsed = parseExportName(name);
  if (!viewer || !parsed) return null;
  const venue = await findVenueForViewer(slug, viewer);
  if (!venue || whyNotManageVenue(viewer, venue.id)) return null;
  const body = await build(venue.id, parsed.kind, parsed.format);
  return {
    filename: `${slug}-${name}`,
    contentType: parsed.format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
    body,
  };
}
