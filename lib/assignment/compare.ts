// Two runs side by side: their totals, and the papers whose reviewer sets differ. Pure, so the arithmetic has
// unit tests.

export interface CompareSide {
  objective: "SUM" | "FAIR";
  /** The assigned (not alternate) pairs of the run. */
  pairs: { submissionId: string; userId: string; score: number }[];
}

export interface RunTotals {
  objective: string;
  assigned: number;
  totalScore: number;
  lowestPaperScore: number;
  /** Papers with fewer reviewers than the most any paper has in this run (uncovered slots show up here). */
  papersWithoutReviewers: number;
}

export interface PaperDiff {
  id: string;
  number: number;
  title: string;
  kept: { name: string; scoreA: number; scoreB: number }[];
  /** In run B, not in run A. */
  added: { name: string; score: number }[];
  /** In run A, not in run B. */
  removed: { name: string; score: number }[];
  totalA: number;
  totalB: number;
}

export interface RunComparison {
  a: RunTotals;
  b: RunTotals;
  pairs: { onlyA: number; onlyB: number; both: number };
  papersChanged: number;
  /** Papers whose reviewer sets differ, the largest drop in total score first. */
  papers: PaperDiff[];
}

const OBJECTIVE = { SUM: "Highest total score", FAIR: "Fairest (raise the weakest paper)" } as const;

function totals(side: CompareSide, paperIds: string[]): RunTotals {
  const byPaper = new Map(paperIds.map((id) => [id, 0]));
  const covered = new Set<string>();
  for (const p of side.pairs) {
    if (!byPaper.has(p.submissionId)) continue;
    byPaper.set(p.submissionId, byPaper.get(p.submissionId)! + p.score);
    covered.add(p.submissionId);
  }
  const sums = [...byPaper.values()];
  return {
    objective: OBJECTIVE[side.objective],
    assigned: side.pairs.filter((p) => byPaper.has(p.submissionId)).length,
    totalScore: sums.reduce((x, y) => x + y, 0),
    lowestPaperScore: sums.length ? Math.min(...sums) : 0,
    papersWithoutReviewers: paperIds.length - covered.size,
  };
}

export function compareRuns(a: CompareSide, b: CompareSide, papers: { id: string; number: number; title: string }[], names: Map<string, string>): RunComparison {
  const ids = papers.map((p) => p.id);
  const group = (side: CompareSide) => {
    const m = new Map<string, Map<string, number>>();
    for (const p of side.pairs) (m.get(p.submissionId) ?? m.set(p.submissionId, new Map()).get(p.submissionId)!).set(p.userId, p.score);
    return m;
  };
  const ga = group(a);
  const gb = group(b);
  const pairs = { onlyA: 0, onlyB: 0, both: 0 };
  const diffs: PaperDiff[] = [];
  const name = (id: string) => names.get(id) ?? "(no longer a reviewer)";
  for (const paper of papers) {
    const ra = ga.get(paper.id) ?? new Map<string, number>();
    const rb = gb.get(paper.id) ?? new Map<string, number>();
    const kept = [...ra].filter(([u]) => rb.has(u)).map(([u, s]) => ({ name: name(u), scoreA: s, scoreB: rb.get(u)! }));
    const removed = [...ra].filter(([u]) => !rb.has(u)).map(([u, score]) => ({ name: name(u), score }));
    const added = [...rb].filter(([u]) => !ra.has(u)).map(([u, score]) => ({ name: name(u), score }));
    pairs.both += kept.length;
    pairs.onlyA += removed.length;
    pairs.onlyB += added.length;
    if (added.length || removed.length) {
      const sum = (m: Map<string, number>) => [...m.values()].reduce((x, y) => x + y, 0);
      diffs.push({ id: paper.id, number: paper.number, title: paper.title, kept, added, removed, totalA: sum(ra), totalB: sum(rb) });
    }
  }
  diffs.sort((x, y) => x.totalB - x.totalA - (y.totalB - y.totalA) || x.number - y.number);
  return { a: totals(a, ids), b: totals(b, ids), pairs, papersChanged: diffs.length, papers: diffs };
}
