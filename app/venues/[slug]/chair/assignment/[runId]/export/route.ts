// A run's proposal as CSV (paper, reviewer, score): permission-checked like the page; unknown looks like 404.
import Papa from "papaparse";
import { loadRunForExport } from "@/lib/assignment/loaders";

export async function GET(_req: Request, { params }: { params: Promise<{ slug: string; runId: string }> }) {
  const { slug, runId } = await params;
  const found = await loadRunForExport(slug, runId);
  if (!found) return new Response("Not found", { status: 404 });
  const { rows } = found;
  const papers = new Map(rows.papers.map((p) => [p.id, p]));
  const people = new Map(rows.reviewers.map((r) => [r.id, r]));
  const data = rows.proposed.map((p) => ({
    paper_number: papers.get(p.submissionId)?.number ?? "",
    paper_id: papers.get(p.submissionId)?.externalId ?? p.submissionId,
    title: papers.get(p.submissionId)?.title ?? "",
    reviewer_email: people.get(p.userId)?.email ?? "",
    reviewer_name: people.get(p.userId)?.name ?? "",
    score: p.score.toFixed(6),
    alternate: p.isAlternate ? "yes" : "no",
  }));
  // escapeFormulae: a title starting with "=" must not become a formula when the chair opens the file.
  const csv = Papa.unparse(data, { escapeFormulae: true, columns: ["paper_number", "paper_id", "title", "reviewer_email", "reviewer_name", "score", "alternate"] });
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="assignment-${slug}-${runId}.csv"`,
      "cache-control": "no-store",
    },
  });
}
