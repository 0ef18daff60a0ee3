// Exact min-cost flow on the assignment network, by successive shortest paths (Dijkstra on reduced
// costs) started from a greedy, dual-feasible flow. See DECISION.md for why this and not network
// simplex or cost scaling.
//
// Network: paper p —(cap 1, cost c[a])→ reviewer r —(cap upper−lower, cost 0)→ T.
// Paper p supplies supply[p]; reviewer r absorbs lower[r] itself (its minimum load) and T absorbs the
// rest. Node ids: papers [0, P), reviewers [P, P+R), T = P+R.
//
// Start: every paper takes its supply[p] cheapest arcs and reviewer prices are 0. With paper price
// π_p = −(largest chosen cost) every residual arc has a non-negative reduced cost, so the start is
// optimal for the flow it carries; only reviewers pushed above their maximum (or T, or papers short of
// arcs) hold excess. Each Dijkstra moves one unit from an excess node to the nearest deficit node
// (T, or a reviewer below its minimum) and keeps reduced costs ≥ 0, so the final flow is optimal.
// Costs stay doubles throughout; a tiny negative reduced cost from rounding is read as 0, and
// `certify` bounds the effect of that on the objective.
import { Cooperation } from "./cooperate";
import { NodeHeap } from "./heap";

export interface FlowNetwork {
  nP: number;
  nR: number;
  arcStart: Int32Array;
  arcPaper: Int32Array;
  arcReviewer: Int32Array;
  /** Minimised; −score for max-sum. */
  cost: Float64Array;
  supply: Int32Array;
  lower: Int32Array;
  upper: Int32Array;
}

export interface FlowState {
  /** 1 where the arc carries flow. */
  x: Uint8Array;
  /** Flow on reviewer r → T. */
  y: Int32Array;
  load: Int32Array;
  pi: Float64Array;
  searches: number;
  augmentations: number;
}

export type FlowOutcome =
  | ({ feasible: true } & FlowState)
  | ({ feasible: false; source: number; reached: Uint8Array } & FlowState);

export interface FlowHooks {
  signal?: AbortSignal;
  /** fraction ∈ [0, 1] of the excess routed so far. */
  onProgress?: (fraction: number, augmentations: number) => void;
}

const NONE = -1;
const FROM_T = -2;

export async function solveMinCostFlow(net: FlowNetwork, hooks: FlowHooks = {}): Promise<FlowOutcome> {
  const { nP, nR, arcStart, arcPaper, arcReviewer, cost, supply, lower, upper } = net;
  const T = nP + nR;
  const N = T + 1;
  const m = arcReviewer.length;
  const x = new Uint8Array(m);
  const y = new Int32Array(nR);
  const load = new Int32Array(nR);
  const pi = new Float64Array(N);
  const excess = new Int32Array(N);
  // Arcs carrying flow, as one doubly linked list per reviewer: the reverse arcs a search follows.
  const head = new Int32Array(nR).fill(NONE);
  const next = new Int32Array(m);
  const prev = new Int32Array(m);

  const link = (a: number, r: number) => {
    const h = head[r]!;
    next[a] = h;
    prev[a] = NONE;
    if (h !== NONE) prev[h] = a;
    head[r] = a;
  };
  const unlink = (a: number, r: number) => {
    const p = prev[a]!;
    const n = next[a]!;
    if (p === NONE) head[r] = n;
    else next[p] = n;
    if (n !== NONE) prev[n] = p;
  };

  // Greedy start: the supply[p] cheapest arcs of each paper (ties to the lower reviewer index).
  let demandT = 0;
  for (let p = 0; p < nP; p++) {
    const s = arcStart[p]!;
    const e = arcStart[p + 1]!;
    const want = Math.min(supply[p]!, e - s);
    let worst = -Infinity;
    for (let k = 0; k < want; k++) {
      let best = NONE;
      for (let a = s; a < e; a++) if (x[a] === 0 && (best === NONE || cost[a]! < cost[best]!)) best = a;
      x[best] = 1;
      worst = cost[best]!;
      const r = arcReviewer[best]!;
      load[r]!++;
      link(best, r);
    }
    if (want > 0) pi[p] = -worst;
    else {
      let cheapest = Infinity;
      for (let a = s; a < e; a++) cheapest = Math.min(cheapest, cost[a]!);
      pi[p] = s < e ? -cheapest : 0;
    }
    excess[p] = supply[p]! - want;
    demandT += supply[p]!;
  }
  let sumY = 0;
  for (let r = 0; r < nR; r++) {
    demandT -= lower[r]!;
    const cap = upper[r]! - lower[r]!;
    const yr = Math.max(0, Math.min(load[r]! - lower[r]!, cap));
    y[r] = yr;
    sumY += yr;
    excess[nP + r] = load[r]! - lower[r]! - yr;
  }
  excess[T] = sumY - demandT;

  let totalExcess = 0;
  for (let v = 0; v < N; v++) if (excess[v]! > 0) totalExcess += excess[v]!;

  const dist = new Float64Array(N);
  const pred = new Int32Array(N);
  const seen = new Int32Array(N);
  const done = new Int32Array(N);
  const popped = new Int32Array(N);
  const heap = new NodeHeap(N, dist);
  let generation = 0;
  let searches = 0;
  let augmentations = 0;
  const coop = new Cooperation(hooks.signal);

  const state = (): FlowState => ({ x, y, load, pi, searches, augmentations });

  for (let s = 0; s < N; s++) {
    while (excess[s]! > 0) {
      if ((searches & 63) === 0 && coop.due()) {
        hooks.onProgress?.(totalExcess === 0 ? 1 : augmentations / totalExcess, augmentations);
        await coop.pause();
      }
      searches++;
      const gen = ++generation;
      heap.clear();
      dist[s] = 0;
      pred[s] = NONE;
      seen[s] = gen;
      heap.pushOrDecrease(s);
      let nPopped = 0;
      let target = NONE;
      // Reduced costs are ≥ 0 up to rounding; clamping keeps Dijkstra's invariant without changing the optimum.
      const relax = (v: number, nd: number, via: number) => {
        if (seen[v] !== gen || nd < dist[v]!) {
          seen[v] = gen;
          dist[v] = nd;
          pred[v] = via;
          heap.pushOrDecrease(v);
        }
      };

      while (heap.size > 0) {
        const u = heap.pop();
        done[u] = gen;
        popped[nPopped++] = u;
        if (excess[u]! < 0) {
          target = u;
          break;
        }
        const du = dist[u]!;
        const piU = pi[u]!;
        if (u < nP) {
          for (let a = arcStart[u]!, e = arcStart[u + 1]!; a < e; a++) {
            if (x[a] !== 0) continue;
            const v = nP + arcReviewer[a]!;
            if (done[v] === gen) continue;
            relax(v, du + Math.max(0, cost[a]! + piU - pi[v]!), a);
          }
        } else if (u < T) {
          const r = u - nP;
          for (let a = head[r]!; a !== NONE; a = next[a]!) {
            const v = arcPaper[a]!;
            if (done[v] === gen) continue;
            relax(v, du + Math.max(0, -cost[a]! + piU - pi[v]!), a);
          }
          if (y[r]! < upper[r]! - lower[r]! && done[T] !== gen) {
            relax(T, du + Math.max(0, piU - pi[T]!), r);
          }
        } else {
          for (let r = 0; r < nR; r++) {
            if (y[r] === 0) continue;
            const v = nP + r;
            if (done[v] === gen) continue;
            relax(v, du + Math.max(0, piU - pi[v]!), FROM_T);
          }
        }
      }

      if (target === NONE) {
        const reached = new Uint8Array(N);
        for (let i = 0; i < nPopped; i++) reached[popped[i]!] = 1;
        return { feasible: false, source: s, reached, ...state() };
      }

      // Shift every settled node by (its distance − the target's): reduced costs stay ≥ 0 and the
      // path to the target becomes tight, so pushing a unit along it keeps the flow optimal.
      const D = dist[target]!;
      for (let i = 0; i < nPopped; i++) {
        const v = popped[i]!;
        pi[v]! += dist[v]! - D;
      }

      let v = target;
      while (v !== s) {
        if (v < nP) {
          const a = pred[v]!;
          const r = arcReviewer[a]!;
          x[a] = 0;
          unlink(a, r);
          load[r]!--;
          v = nP + r;
        } else if (v < T) {
          const a = pred[v]!;
          const r = v - nP;
          if (a === FROM_T) {
            y[r]!--;
            v = T;
          } else {
            x[a] = 1;
            link(a, r);
            load[r]!++;
            v = arcPaper[a]!;
          }
        } else {
          const r = pred[T]!;
          y[r]!++;
          v = nP + r;
        }
      }
      excess[s]!--;
      excess[target]!++;
      augmentations++;
    }
  }
  hooks.onProgress?.(1, augmentations);
  return { feasible: true, ...state() };
}
