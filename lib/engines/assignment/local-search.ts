// Raises the lowest paper score by local moves on an assignment: the weakest paper trades one of its
// reviewers for a better one who has room, or swaps with another paper that stays above the old
// minimum. Every accepted move lifts a weakest paper strictly without pushing any other paper down to
// it, so (lowest score, number of papers at it) improves and the search cannot cycle.
import type { CompiledProblem } from "./compile";
import { paperScores } from "./network";

function findArc(cp: CompiledProblem, p: number, r: number): number {
  let lo = cp.arcStart[p]!;
  let hi = cp.arcStart[p + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = cp.arcReviewer[mid]!;
    if (v === r) return mid;
    if (v < r) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Mutates x; lower/upper are the free (network) load bounds. Returns the number of moves made. */
export function raiseLowest(cp: CompiledProblem, x: Uint8Array, lower: Int32Array, upper: Int32Array, maxMoves = 100_000): number {
  const P = cp.paperIds.length;
  const R = cp.reviewerIds.length;
  const S = paperScores(cp, x);
  const load = new Int32Array(R);
  const assigned: number[][] = Array.from({ length: R }, () => []);
  let scale = 0;
  for (let a = 0; a < x.length; a++) {
    scale = Math.max(scale, Math.abs(cp.arcScore[a]!));
    if (!x[a]) continue;
    load[cp.arcReviewer[a]!]!++;
    assigned[cp.arcReviewer[a]!]!.push(a);
  }
  const eps = 1e-12 * Math.max(1, scale);
  let moves = 0;

  const improve = (p: number): boolean => {
    const s0 = S[p]!;
    let bestValue = s0 + eps;
    let move: [out: number, inn: number, qOut: number, qIn: number] | null = null;
    const s = cp.arcStart[p]!;
    const e = cp.arcStart[p + 1]!;
    for (let ao = s; ao < e; ao++) {
      if (!x[ao]) continue;
      const r = cp.arcReviewer[ao]!;
      for (let ai = s; ai < e; ai++) {
        if (x[ai] || cp.arcScore[ai]! <= cp.arcScore[ao]!) continue;
        const r2 = cp.arcReviewer[ai]!;
        const newP = s0 - cp.arcScore[ao]! + cp.arcScore[ai]!;
        if (newP <= bestValue) continue;
        if (load[r2]! < upper[r2]! && load[r]! > lower[r]!) {
          bestValue = newP;
          move = [ao, ai, -1, -1];
          continue;
        }
        for (const b of assigned[r2]!) {
          const q = cp.arcPaper[b]!;
          const c = findArc(cp, q, r);
          if (c < 0 || x[c]) continue;
          const newQ = S[q]! - cp.arcScore[b]! + cp.arcScore[c]!;
          const value = Math.min(newP, newQ);
          if (value > bestValue) {
            bestValue = value;
            move = [ao, ai, b, c];
          }
        }
      }
    }
    if (!move) return false;
    const [ao, ai, b, c] = move;
    const set = (a: number, on: boolean) => {
      const r = cp.arcReviewer[a]!;
      const pp = cp.arcPaper[a]!;
      x[a] = on ? 1 : 0;
      S[pp]! += on ? cp.arcScore[a]! : -cp.arcScore[a]!;
      if (on) {
        load[r]!++;
        assigned[r]!.push(a);
      } else {
        load[r]!--;
        const list = assigned[r]!;
        list.splice(list.indexOf(a), 1);
      }
    };
    set(ao, false);
    if (b >= 0) set(b, false);
    set(ai, true);
    if (c >= 0) set(c, true);
    moves++;
    return true;
  };

  while (moves < maxMoves) {
    let lowest = Infinity;
    for (let p = 0; p < P; p++) if (cp.demand[p]! > 0 && S[p]! < lowest) lowest = S[p]!;
    if (!Number.isFinite(lowest)) break;
    let stuck = false;
    for (let p = 0; p < P && !stuck; p++) {
      if (cp.demand[p]! > 0 && S[p]! <= lowest + eps && !improve(p)) stuck = true;
    }
    if (stuck) break;
  }
  return moves;
}
