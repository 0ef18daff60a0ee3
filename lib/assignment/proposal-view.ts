// What the proposal page shows, computed from a run's rows: papers weakest first, loads, score distribution.
// Pure, so the ordering and the histograms have unit tests.

export interface ProposalRows {
  proposed: { submissionId: string; userId: string; score: number; isAlternate: boolean; rank: number }[];
  papers: { id: string; number: number; externalId: string | null; title: string }[];
  reviewers: { id: string; name: string; email: string; maxLoad: number | null }[];
  deployed: { submissionId: string; userId: string }[];
}

export interface PaperView {
  id: string;
  number: number;
  title: string;
  reviewers: { id: string; name: string; score: number; isNew: boolean }[];
  alternates: { id: string; name: string; score: number }[];
  total: number;
  lowest: number;
}

export function paperViews(rows: ProposalRows, reviewersPerPaper: number): PaperView[] {
  const names = new Map(rows.reviewers.map((r) => [r.id, r.name]));
  const deployed = new Set(rows.deployed.map((d) => `${d.submissionId}|${d.userId}`));
  const byPaper = new Map<string, ProposalRows["proposed"]>();
  for (const p of rows.proposed) (byPaper.get(p.submissionId) ?? byPaper.set(p.submissionId, []).get(p.submissionId)!).push(p);
  const views = rows.papers.map((paper) => {
    const rowsOf = (byPaper.get(paper.id) ?? []).sort((a, b) => a.rank - b.rank);
    const assigned = rowsOf.filter((r) => !r.isAlternate);
    return {
      id: paper.id,
      number: paper.number,
      title: paper.title,
      reviewers: assigned.map((r) => ({ id: r.userId, name: names.get(r.userId) ?? "(no longer a reviewer)", score: r.score, isNew: !deployed.has(`${paper.id}|${r.userId}`) })),
      alternates: rowsOf.filter((r) => r.isAlternate).map((r) => ({ id: r.userId, name: names.get(r.userId) ?? "?", score: r.score })),
      total: assigned.reduce((s, r) => s + r.score, 0),
      lowest: assigned.length ? Math.min(...assigned.map((r) => r.score)) : 0,
    };
  });
  // Weakest coverage first: papers short of reviewers, then the lowest total score, then by number.
  const missing = (v: PaperView) => Math.max(0, reviewersPerPaper - v.reviewers.length);
  return views.sort((a, b) => missing(b) - missing(a) || a.total - b.total || a.number - b.number);
}

/** How many reviewers carry each load (0, 1, 2, …). */
export function loadHistogram(rows: ProposalRows): { load: number; reviewers: number }[] {
  const load = new Map(rows.reviewers.map((r) => [r.id, 0]));
  for (const p of rows.proposed) if (!p.isAlternate && load.has(p.userId)) load.set(p.userId, load.get(p.userId)! + 1);
  const max = Math.max(0, ...load.values());
  const counts = Array.from({ length: max + 1 }, (_, i) => ({ load: i, reviewers: 0 }));
  for (const l of load.values()) counts[l]!.reviewers++;
  return counts;
}

/** Assigned pair scores in `bins` equal-width bins between the lowest and highest score. */
export function scoreDistribution(rows: ProposalRows, bins = 8): { from: number; to: number; pairs: number }[] {
  const scores = rows.proposed.filter((p) => !p.isAlternate).map((p) => p.score);
  if (scores.length === 0) return [];
  const lo = Math.min(...scores);
  const hi = Math.max(...scores);
  const width = hi > lo ? (hi - lo) / bins : 1;
  const out = Array.from({ length: hi > lo ? bins : 1 }, (_, i) => ({ from: lo + i * width, to: lo + (i + 1) * width, pairs: 0 }));
  for (const s of scores) out[Math.min(out.length - 1, Math.floor((s - lo) / width))]!.pairs++;
  return out;
}

export function changesVsDeployed(rows: ProposalRows): { added: number; removed: number; kept: number } {
  const proposed = new Set(rows.proposed.filter((p) => !p.isAlternate).map((p) => `${p.submissionId}|${p.userId}`));
  const paperIds = new Set(rows.papers.map((p) => p.id));
  const deployed = rows.deployed.filter((d) => paperIds.has(d.submissionId)).map((d) => `${d.submissionId}|${d.userId}`);
  const kept = deployed.filter((k) => proposed.has(k)).length;
  return { added: proposed.size - kept, removed: deployed.length - kept, kept };
}
