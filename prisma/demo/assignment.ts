// The demo's deployed assignment: a deterministic greedy match of reviewers to papers by shared vocabulary,
// never across a built-in conflict, within a load cap. Only for the demo's starting state — real assignments
// come from the assignment engine (lib/engines/assignment).
import type { DemoPerson, DemoSubmission } from "./types";

const STOP = new Set("a an and are as at be by for from in is it of on or that the this to we with our via under its their these which".split(" "));

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 3 && !STOP.has(w)));
}

function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n / Math.sqrt(a.size * b.size || 1);
}

export function demoAssignment(
  submissions: readonly DemoSubmission[],
  reviewers: readonly DemoPerson[],
  conflicts: readonly { submissionNumber: number; reviewerKey: string }[],
  { perPaper, maxLoad }: { perPaper: number; maxLoad: number },
): { submissionNumber: number; reviewerKey: string }[] {
  const blocked = new Set(conflicts.map((c) => `${c.submissionNumber}:${c.reviewerKey}`));
  const vocab = new Map(reviewers.map((r) => [r.key, words(r.publications.map((p) => `${p.title} ${p.abstract}`).join(" "))]));
  const pairs: { s: number; r: string; score: number }[] = [];
  for (const s of submissions) {
    const sw = words(`${s.title} ${s.abstract} ${s.keywords.join(" ")}`);
    for (const r of reviewers) {
      if (!blocked.has(`${s.number}:${r.key}`)) pairs.push({ s: s.number, r: r.key, score: overlap(sw, vocab.get(r.key) ?? new Set()) });
    }
  }
  pairs.sort((a, b) => b.score - a.score || a.s - b.s || a.r.localeCompare(b.r));
  const load = new Map<string, number>();
  const have = new Map<number, number>();
  const out: { submissionNumber: number; reviewerKey: string }[] = [];
  for (const p of pairs) {
    if ((have.get(p.s) ?? 0) >= perPaper || (load.get(p.r) ?? 0) >= Math.min(maxLoad, reviewers.find((x) => x.key === p.r)?.maxLoad ?? maxLoad)) continue;
    have.set(p.s, (have.get(p.s) ?? 0) + 1);
    load.set(p.r, (load.get(p.r) ?? 0) + 1);
    out.push({ submissionNumber: p.s, reviewerKey: p.r });
  }
  return out;
}
