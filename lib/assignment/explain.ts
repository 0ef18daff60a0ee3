// "Why this reviewer": the words a paper shares with a reviewer's work and their closest publication, from the
// affinity engine's own decomposition. Computed for the papers a chair looks at first (weakest coverage), on an
// index of just those papers and their reviewers, so the page stays fast on large venues.
import "server-only";
import { buildAffinityIndex, explainAffinity } from "@/lib/engines/affinity";
import { loadExplanationTexts } from "./data";

export const EXPLAINED_PAPERS = 40;

export async function explainPairs(pairs: { paper: string; reviewer: string }[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (pairs.length === 0) return out;
  const texts = await loadExplanationTexts([...new Set(pairs.map((p) => p.paper))], [...new Set(pairs.map((p) => p.reviewer))]);
  const withPubs = new Set(texts.reviewers.filter((r) => r.publications.length > 0).map((r) => r.id));
  if (withPubs.size === 0) return out;
  const index = buildAffinityIndex(
    texts.papers.map((p) => ({ id: p.id, title: p.title, abstract: [p.abstract, p.keywords.join(". ")].join("\n") })),
    texts.reviewers.filter((r) => withPubs.has(r.id)).map((r) => ({ id: r.id, publications: r.publications.map((p) => ({ title: p.title, abstract: p.abstract, year: p.year ?? undefined })) })),
  );
  for (const { paper, reviewer } of pairs) {
    if (!withPubs.has(reviewer) || !index.paperIndex.has(paper)) continue;
    const e = explainAffinity(index, paper, reviewer, { maxTerms: 4, maxPublications: 1 });
    const terms = e.terms.filter((t) => t.contribution > 0).map((t) => t.term);
    const closest = e.publications.find((p) => p.similarity > 0);
    const parts = [terms.length ? `shared terms: ${terms.join(", ")}` : "", closest ? `closest paper: “${closest.title}”${closest.year ? ` (${closest.year})` : ""}` : ""].filter(Boolean);
    if (parts.length) out.set(`${paper}|${reviewer}`, parts.join(" · "));
  }
  return out;
}
