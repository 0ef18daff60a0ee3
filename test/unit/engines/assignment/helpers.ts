// Shared checks for the assignment tests: an independent constraint checker, an LP writer that
// does not reuse the engine's model builder, and a brute-force max-min for tiny instances.
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AssignmentProblem, AssignmentResult, PairScores, ScoreEntry } from "@/lib/engines/assignment";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");

export function datasetRoot(): string {
  const root = path.resolve(repoRoot, "../shared/datasets/assignment");
  if (!existsSync(path.join(root, "README.md"))) {
    throw new Error(`the shared assignment datasets are missing: expected ${root}/README.md (see the datasets README for the layout)`);
  }
  return root;
}

export function entries(problem: AssignmentProblem): ScoreEntry[] {
  const s = problem.scores;
  if (Array.isArray(s)) return [...s];
  const c = s as PairScores;
  return Array.from(c.paper, (p, i) => ({ paper: c.paperIds[p]!, reviewer: c.reviewerIds[c.reviewer[i]!]!, score: c.score[i]! }));
}

const key = (p: string, r: string) => `${p}\u0000${r}`;

/** Every hard constraint, checked from the raw problem; returns the violations. */
export function violations(problem: AssignmentProblem, result: AssignmentResult): string[] {
  const out: string[] = [];
  const es = entries(problem);
  const scores = new Map(es.map((e) => [key(e.paper, e.reviewer), e.score]));
  const papers = new Set([...es.map((e) => e.paper), ...(problem.papers ?? [])]);
  const reviewers = new Set([...es.map((e) => e.reviewer), ...(problem.reviewers ?? [])]);
  const fixedPairs = new Set([...(problem.forced ?? []), ...(problem.existing ?? [])].map((f) => key(f.paper, f.reviewer)));
  const conflicts = new Set((problem.conflicts ?? []).map((c) => key(c.paper, c.reviewer)));
  const perPaper = new Map<string, number>();
  const perReviewer = new Map<string, number>();
  const seen = new Set<string>();
  for (const a of result.assignments) {
    const k = key(a.paper, a.reviewer);
    if (seen.has(k)) out.push(`pair ${a.paper}/${a.reviewer} twice`);
    seen.add(k);
    if (conflicts.has(k)) out.push(`conflict ${a.paper}/${a.reviewer} assigned`);
    if (!scores.has(k) && !fixedPairs.has(k)) out.push(`unscored pair ${a.paper}/${a.reviewer} assigned`);
    if ((scores.get(k) ?? 0) !== a.score) out.push(`score of ${a.paper}/${a.reviewer} reported as ${a.score}`);
    perPaper.set(a.paper, (perPaper.get(a.paper) ?? 0) + 1);
    perReviewer.set(a.reviewer, (perReviewer.get(a.reviewer) ?? 0) + 1);
  }
  for (const p of papers) {
    const need = problem.demand?.[p] ?? problem.reviewersPerPaper;
    if ((perPaper.get(p) ?? 0) !== need) out.push(`paper ${p} has ${perPaper.get(p) ?? 0} reviewers, needs ${need}`);
  }
  for (const r of reviewers) {
    const load = perReviewer.get(r) ?? 0;
    const hi = problem.maxLoad?.[r] ?? problem.maxLoadDefault;
    const lo = problem.minLoad?.[r] ?? problem.minLoadDefault ?? 0;
    if (load > hi) out.push(`reviewer ${r} has ${load} papers, max ${hi}`);
    if (load < lo) out.push(`reviewer ${r} has ${load} papers, min ${lo}`);
  }
  for (const f of [...(problem.forced ?? []), ...(problem.existing ?? [])]) {
    if (!seen.has(key(f.paper, f.reviewer))) out.push(`fixed pair ${f.paper}/${f.reviewer} missing`);
  }
  return out;
}

/**
 * The max-sum assignment LP in CPLEX LP format, written from the raw problem (no engine code).
 * The constraint matrix is an interval matrix of a bipartite graph, hence totally unimodular:
 * its LP optimum is the integer optimum.
 */
export function maxSumLp(problem: AssignmentProblem): string {
  const es = entries(problem);
  const conflicts = new Set((problem.conflicts ?? []).map((c) => key(c.paper, c.reviewer)));
  const fixed = new Set([...(problem.forced ?? []), ...(problem.existing ?? [])].map((c) => key(c.paper, c.reviewer)));
  const pIdx = new Map<string, number>();
  const rIdx = new Map<string, number>();
  for (const e of es) {
    if (!pIdx.has(e.paper)) pIdx.set(e.paper, pIdx.size);
    if (!rIdx.has(e.reviewer)) rIdx.set(e.reviewer, rIdx.size);
  }
  const vars: { name: string; p: string; r: string; s: number; fixed: boolean }[] = [];
  es.forEach((e, i) => {
    const k = key(e.paper, e.reviewer);
    if (!conflicts.has(k)) vars.push({ name: `x${i}`, p: e.paper, r: e.reviewer, s: e.score, fixed: fixed.has(k) });
  });
  const byP = new Map<string, string[]>();
  const byR = new Map<string, string[]>();
  for (const v of vars) {
    (byP.get(v.p) ?? byP.set(v.p, []).get(v.p)!).push(v.name);
    (byR.get(v.r) ?? byR.set(v.r, []).get(v.r)!).push(v.name);
  }
  const lines = ["Maximize", ` obj: ${vars.map((v) => `${v.s >= 0 ? "+" : "-"} ${Math.abs(v.s).toPrecision(17)} ${v.name}`).join(" ")}`, "Subject To"];
  for (const [p, names] of byP) lines.push(` d${pIdx.get(p)}: ${names.join(" + ")} = ${problem.demand?.[p] ?? problem.reviewersPerPaper}`);
  for (const [r, names] of byR) {
    lines.push(` u${rIdx.get(r)}: ${names.join(" + ")} <= ${problem.maxLoad?.[r] ?? problem.maxLoadDefault}`);
    const lo = problem.minLoad?.[r] ?? problem.minLoadDefault ?? 0;
    if (lo > 0) lines.push(` l${rIdx.get(r)}: ${names.join(" + ")} >= ${lo}`);
  }
  lines.push("Bounds");
  for (const v of vars) lines.push(v.fixed ? ` ${v.name} = 1` : ` 0 <= ${v.name} <= 1`);
  lines.push("End");
  return lines.join("\n");
}

/** Best lowest paper score, then best total, by enumeration; for a handful of papers only. */
export function bruteForceFair(problem: AssignmentProblem): { lowest: number; total: number } | null {
  const es = entries(problem);
  const papers = [...new Set(es.map((e) => e.paper))].sort();
  const reviewers = [...new Set(es.map((e) => e.reviewer))].sort();
  const conflicts = new Set((problem.conflicts ?? []).map((c) => key(c.paper, c.reviewer)));
  const score = new Map(es.map((e) => [key(e.paper, e.reviewer), e.score]));
  const need = problem.reviewersPerPaper;
  const options = papers.map((p) => {
    const elig = reviewers.filter((r) => score.has(key(p, r)) && !conflicts.has(key(p, r)));
    const combos: string[][] = [];
    const pick = (start: number, chosen: string[]) => {
      if (chosen.length === need) return void combos.push([...chosen]);
      for (let i = start; i < elig.length; i++) pick(i + 1, [...chosen, elig[i]!]);
    };
    pick(0, []);
    return combos;
  });
  let best: { lowest: number; total: number } | null = null;
  const load = new Map<string, number>();
  const walk = (i: number, lowest: number, total: number) => {
    if (i === papers.length) {
      for (const r of reviewers) if ((load.get(r) ?? 0) < (problem.minLoad?.[r] ?? problem.minLoadDefault ?? 0)) return;
      if (!best || lowest > best.lowest + 1e-12 || (Math.abs(lowest - best.lowest) <= 1e-12 && total > best.total)) best = { lowest, total };
      return;
    }
    for (const combo of options[i]!) {
      if (combo.some((r) => (load.get(r) ?? 0) >= (problem.maxLoad?.[r] ?? problem.maxLoadDefault))) continue;
      for (const r of combo) load.set(r, (load.get(r) ?? 0) + 1);
      const s = combo.reduce((acc, r) => acc + score.get(key(papers[i]!, r))!, 0);
      walk(i + 1, Math.min(lowest, s), total + s);
      for (const r of combo) load.set(r, load.get(r)! - 1);
    }
  };
  walk(0, Infinity, 0);
  return best;
}
