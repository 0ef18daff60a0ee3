// Infeasibility in words that name the binding constraint. Cheap counting checks run first (they
// cover most real mistakes and read best); when they all pass but the flow still cannot be routed,
// the set of nodes the last search reached is a closed cut, and it is read back as a Hall-type
// deficiency of a group of papers (or of reviewers with minimum loads).
import type { CompiledProblem } from "./compile";
import type { FlowNetwork, FlowState } from "./min-cost-flow";

const fmt = (n: number) => n.toLocaleString("en-US");
const plural = (n: number, one: string, many = `${one}s`) => `${fmt(n)} ${n === 1 ? one : many}`;

function listIds(ids: readonly string[], max = 10): string {
  const shown = ids.slice(0, max).map((id) => `"${id}"`).join(", ");
  return ids.length > max ? `${shown} and ${fmt(ids.length - max)} more` : shown;
}

/** Counting arguments; an empty list means none of them rules the input out. */
export function precheckFeasibility(cp: CompiledProblem): string[] {
  const out: string[] = [];
  const P = cp.paperIds.length;
  const R = cp.reviewerIds.length;
  const eligiblePapers = new Int32Array(R);
  for (let a = 0; a < cp.arcReviewer.length; a++) eligiblePapers[cp.arcReviewer[a]!]!++;

  for (const c of cp.fixedConflicts) out.push(`forced pair ("${c.paper}", "${c.reviewer}") is also a conflict`);

  for (let p = 0; p < P; p++) {
    const id = cp.paperIds[p]!;
    const fixed = cp.fixedPerPaper[p]!;
    const need = cp.demand[p]!;
    if (fixed > need) {
      out.push(`paper "${id}" needs ${plural(need, "reviewer")} but has ${fmt(fixed)} forced or existing reviewers`);
      continue;
    }
    const eligible = cp.arcStart[p + 1]! - cp.arcStart[p]! + fixed;
    if (eligible < need) {
      const conflicted = cp.conflictsPerPaper[p]!;
      const unscored = R - eligible - conflicted;
      out.push(
        `paper "${id}" needs ${plural(need, "reviewer")} but has only ${plural(eligible, "eligible reviewer")}: ` +
          `${fmt(conflicted)} ${conflicted === 1 ? "is" : "are"} conflicted and ${fmt(Math.max(0, unscored))} have no score for it`,
      );
    }
  }

  for (let r = 0; r < R; r++) {
    const id = cp.reviewerIds[r]!;
    const lo = cp.minLoad[r]!;
    const hi = cp.maxLoad[r]!;
    const fixed = cp.fixedPerReviewer[r]!;
    if (lo > hi) out.push(`reviewer "${id}" has minimum load ${fmt(lo)} above its maximum load ${fmt(hi)}`);
    else if (fixed > hi) {
      out.push(`forced and existing pairs give reviewer "${id}" ${plural(fixed, "paper")}, above its maximum load of ${fmt(hi)}`);
    } else if (eligiblePapers[r]! + fixed < lo) {
      const conflicted = cp.conflictsPerReviewer[r]!;
      out.push(
        `reviewer "${id}" has minimum load ${fmt(lo)} but only ${plural(eligiblePapers[r]! + fixed, "eligible paper")}` +
          (conflicted > 0 ? ` (${fmt(conflicted)} conflicted)` : ""),
      );
    }
  }

  let demand = 0;
  let capacity = 0;
  let minimum = 0;
  for (let p = 0; p < P; p++) demand += cp.demand[p]!;
  for (let r = 0; r < R; r++) {
    capacity += cp.maxLoad[r]!;
    minimum += cp.minLoad[r]!;
  }
  if (demand > capacity) {
    out.push(`demand ${fmt(demand)} exceeds capacity ${fmt(capacity)}: ${plural(P, "paper")} need ${fmt(demand)} reviews, ${plural(R, "reviewer")} can take at most ${fmt(capacity)}`);
  }
  if (minimum > demand) {
    out.push(`minimum loads add up to ${fmt(minimum)} but the papers need only ${fmt(demand)} reviews in total`);
  }
  return out;
}

/**
 * Reads a failed search as a cut. `reached` is closed under residual arcs and holds more supply
 * than it can send out, which means one of two things, depending on whether T is inside.
 */
export function explainCut(cp: CompiledProblem, net: FlowNetwork, flow: FlowState, reached: Uint8Array): string {
  const { nP, nR, arcStart, arcReviewer, supply, lower, upper } = net;
  const T = nP + nR;
  const note = cp.fixedPaper.length > 0 ? " (after forced and existing pairs)" : "";

  if (!reached[T]) {
    // Papers A = reached papers; every eligible reviewer of theirs that is not in B = reached reviewers
    // already serves them along one of K pairs, and every reviewer in B is full.
    const papers: string[] = [];
    const reviewers: string[] = [];
    let need = 0;
    let cap = 0;
    let outside = 0;
    for (let p = 0; p < nP; p++) {
      if (!reached[p]) continue;
      papers.push(cp.paperIds[p]!);
      need += supply[p]!;
      for (let a = arcStart[p]!; a < arcStart[p + 1]!; a++) if (!reached[nP + arcReviewer[a]!]) outside++;
    }
    for (let r = 0; r < nR; r++) {
      if (!reached[nP + r]) continue;
      reviewers.push(cp.reviewerIds[r]!);
      cap += upper[r]!;
    }
    const via = outside > 0 ? ` plus ${plural(outside, "pair")} with other reviewers (each usable once)` : "";
    return (
      `Hall deficiency: ${plural(papers.length, "paper")} (${listIds(papers)}) need ${fmt(need)} reviews${note}, ` +
      `but their eligible reviewers are only ${plural(reviewers.length, "reviewer")} (${listIds(reviewers)}) with ` +
      `${fmt(cap)} free slots${via}: short by ${fmt(need - cap - outside)}`
    );
  }

  // T inside: the reviewers outside (B) have no flow to T, and the papers outside (A) are the only
  // ones that can still give them papers, plus K pairs already assigned from reached papers.
  const reviewers: string[] = [];
  let required = 0;
  const inB = new Uint8Array(nR);
  for (let r = 0; r < nR; r++) {
    if (reached[nP + r]) continue;
    inB[r] = 1;
    reviewers.push(cp.reviewerIds[r]!);
    required += lower[r]!;
  }
  const papers: string[] = [];
  let available = 0;
  let pairsFromOthers = 0;
  for (let p = 0; p < nP; p++) {
    let toB = 0;
    for (let a = arcStart[p]!; a < arcStart[p + 1]!; a++) if (inB[arcReviewer[a]!]) toB++;
    if (reached[p]) {
      for (let a = arcStart[p]!; a < arcStart[p + 1]!; a++) if (inB[arcReviewer[a]!] && flow.x[a]) pairsFromOthers++;
    } else if (toB > 0) {
      papers.push(cp.paperIds[p]!);
      available += Math.min(supply[p]!, toB);
    }
  }
  const via = pairsFromOthers > 0 ? ` plus ${plural(pairsFromOthers, "pair")} from other papers` : "";
  return (
    `minimum loads cannot be met: ${plural(reviewers.length, "reviewer")} (${listIds(reviewers)}) must take at least ` +
    `${fmt(required)} papers${note}, but only ${plural(papers.length, "paper")} (${listIds(papers)}) can give them at most ` +
    `${fmt(available)} reviews${via}`
  );
}
