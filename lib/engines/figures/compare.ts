// Claimed-vs-reproduced comparison of the numbers behind a figure (not its pixels), per point:
// |reproduced − claimed| ≤ atol + rtol·|claimed|, or reproduced inside the claimed band.

import type { PointSelection, SeriesPoint, Tolerance } from "./types";

/** FAILED_TO_RUN is never returned by compareSeries: the caller decides it when the run itself fails. */
export const VERDICTS = ["REPRODUCED", "PARTIALLY_REPRODUCED", "NOT_REPRODUCED", "FAILED_TO_RUN"] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Two x values are the same point when equal or within this relative distance. */
export const X_MATCH_RTOL = 1e-9;

export type PointStatus = "pass" | "fail" | "unmatched";

export interface PointComparison {
  x: number;
  claimed: number;
  claimedLo: number | null;
  claimedHi: number | null;
  /** null when no reproduced point has this x, or its value is null/non-finite. */
  reproduced: number | null;
  status: PointStatus;
  /** reproduced − claimed, when both exist. */
  diff: number | null;
  /** atol + rtol·|claimed| (null under a band-only tolerance). */
  allowed: number | null;
  insideBand: boolean;
  /** How far out of tolerance: |diff| / allowed, or for a band the distance outside it over its width. 0 when inside. */
  excess: number;
  reason: string;
}

export interface ComparisonResult {
  verdict: Exclude<Verdict, "FAILED_TO_RUN">;
  passed: number;
  /** Selected claimed points (matched or not). */
  total: number;
  fraction: number;
  points: PointComparison[];
  /** Claimed x values with no reproduced point. */
  unmatchedClaimed: number[];
  /** Reproduced x values with no claimed counterpart (informational). */
  unmatchedReproduced: number[];
  /** The selected point farthest out of tolerance (or, if all pass, closest to its limit). */
  worst: PointComparison | null;
  summary: string;
}

export interface CompareOptions {
  /** Fraction of points that must pass for PARTIALLY_REPRODUCED (default 0.5). */
  partialThreshold?: number;
  /** Name of x in the summary sentence, e.g. "γ" (default "x"). */
  xName?: string;
}

export function sameX(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= X_MATCH_RTOL * Math.max(Math.abs(a), Math.abs(b));
}

function isFiniteNumber(v: number | null | undefined): v is number {
  return typeof v === "number" && Number.isFinite(v);
}

function selected(x: number, sel: PointSelection | undefined): boolean {
  if (sel === undefined || sel === "all") return true;
  if ("xMin" in sel) return (x >= sel.xMin || sameX(x, sel.xMin)) && (x <= sel.xMax || sameX(x, sel.xMax));
  return sel.x.some((s) => sameX(s, x));
}

/** Short, stable rendering of a number for sentences: up to `digits` significant digits. */
export function formatValue(v: number, digits = 3): string {
  if (v === 0) return "0";
  const abs = Math.abs(v);
  if (abs >= 1e-3 && abs < 1e6) return String(Number(v.toPrecision(digits)));
  return v.toExponential(digits - 1);
}

/** Keeps significant trailing zeros ("1.90"), as values are usually read. */
function formatY(v: number): string {
  const abs = Math.abs(v);
  return abs !== 0 && (abs < 1e-3 || abs >= 1e6) ? v.toExponential(2) : v.toPrecision(3);
}

function comparePoint(c: SeriesPoint & { y: number }, r: SeriesPoint | undefined, tol: Tolerance): PointComparison {
  const lo = isFiniteNumber(c.lo) ? c.lo : null;
  const hi = isFiniteNumber(c.hi) ? c.hi : null;
  const base = { x: c.x, claimed: c.y, claimedLo: lo, claimedHi: hi };
  const bandOnly = "band" in tol;
  const allowed = bandOnly ? null : tol.atol + tol.rtol * Math.abs(c.y);
  if (r === undefined) {
    return { ...base, reproduced: null, status: "unmatched", diff: null, allowed, insideBand: false, excess: Infinity, reason: "no reproduced point at this x" };
  }
  if (!isFiniteNumber(r.y)) {
    return { ...base, reproduced: null, status: "fail", diff: null, allowed, insideBand: false, excess: Infinity, reason: "reproduced value is missing or not finite" };
  }
  const y = r.y;
  const diff = y - c.y;
  const hasBand = lo !== null && hi !== null;
  const insideBand = hasBand && y >= Math.min(lo, hi) && y <= Math.max(lo, hi);
  const withinTol = allowed !== null && Math.abs(diff) <= allowed;
  const pass = withinTol || insideBand;
  let excess: number;
  if (allowed !== null) {
    excess = allowed > 0 ? Math.abs(diff) / allowed : diff === 0 ? 0 : Infinity;
  } else if (hasBand) {
    const [a, b] = [Math.min(lo, hi), Math.max(lo, hi)];
    const width = b - a;
    const outside = y < a ? a - y : y > b ? y - b : 0;
    excess = outside === 0 ? 0 : width > 0 ? 1 + outside / width : Infinity;
  } else {
    excess = Infinity;
  }
  let reason: string;
  if (withinTol) reason = `within tolerance (|Δ| = ${formatValue(Math.abs(diff))} ≤ ${formatValue(allowed)})`;
  else if (insideBand) reason = "inside the claimed band";
  else if (bandOnly && !hasBand) reason = "the claimed point has no band to compare with";
  else if (allowed !== null) reason = `out of tolerance (|Δ| = ${formatValue(Math.abs(diff))} > ${formatValue(allowed)})${hasBand ? " and outside the claimed band" : ""}`;
  else reason = "outside the claimed band";
  return { ...base, reproduced: y, status: pass ? "pass" : "fail", diff, allowed, insideBand, excess, reason };
}

/**
 * Matches reproduced to claimed points by x (exactly or within a relative 1e-9), checks each selected claimed
 * point against the tolerance, and gives a verdict: REPRODUCED (all pass), PARTIALLY_REPRODUCED (at least
 * `partialThreshold` of them, default 0.5), NOT_REPRODUCED (fewer). Unmatched claimed points count as not passing.
 */
export function compareSeries(
  reproduced: readonly SeriesPoint[],
  claimed: readonly SeriesPoint[],
  tolerance: Tolerance,
  options: CompareOptions = {},
): ComparisonResult {
  const threshold = options.partialThreshold ?? 0.5;
  if (!(threshold >= 0 && threshold <= 1)) throw new RangeError(`partialThreshold must be in [0, 1], got ${threshold}`);
  if (!("band" in tolerance) && !(tolerance.rtol >= 0 && tolerance.atol >= 0)) throw new RangeError("rtol and atol must be ≥ 0");
  const xName = options.xName ?? "x";

  const usedReproduced = new Set<number>();
  const points: PointComparison[] = [];
  for (const c of claimed) {
    if (!isFiniteNumber(c.x) || !isFiniteNumber(c.y) || !selected(c.x, tolerance.points)) continue;
    let best = -1;
    for (let i = 0; i < reproduced.length; i++) {
      const r = reproduced[i]!;
      if (!sameX(r.x, c.x)) continue;
      if (best < 0 || Math.abs(r.x - c.x) < Math.abs(reproduced[best]!.x - c.x)) best = i;
    }
    if (best >= 0) usedReproduced.add(best);
    points.push(comparePoint({ ...c, y: c.y }, best >= 0 ? reproduced[best] : undefined, tolerance));
  }
  const unmatchedReproduced = reproduced.filter((r, i) => !usedReproduced.has(i) && !claimed.some((c) => sameX(c.x, r.x))).map((r) => r.x);
  const unmatchedClaimed = points.filter((p) => p.status === "unmatched").map((p) => p.x);
  const passed = points.filter((p) => p.status === "pass").length;
  const total = points.length;
  const fraction = total ? passed / total : 0;
  const verdict = total > 0 && passed === total ? "REPRODUCED" : total > 0 && fraction >= threshold ? "PARTIALLY_REPRODUCED" : "NOT_REPRODUCED";

  // Worst: among matched points, the largest excess (a missing/non-finite reproduced value is worst of all).
  let worst: PointComparison | null = null;
  for (const p of points) {
    if (p.status === "unmatched") continue;
    if (worst === null || p.excess > worst.excess) worst = p;
  }

  let summary: string;
  if (total === 0) {
    summary = claimed.length ? "No claimed points fall in the selected points; nothing was compared." : "There are no claimed points to compare with.";
  } else {
    summary = `${passed} of ${total} point${total === 1 ? "" : "s"} within tolerance`;
    if (unmatchedClaimed.length) {
      summary += ` (${unmatchedClaimed.length} claimed point${unmatchedClaimed.length === 1 ? "" : "s"} not reproduced at ${xName} = ${unmatchedClaimed.map((x) => formatValue(x, 6)).join(", ")})`;
    }
    if (worst && worst.status === "fail") {
      summary += `; worst at ${xName} = ${formatValue(worst.x, 6)}: ${worst.reproduced === null ? "no value" : formatY(worst.reproduced)} vs claimed ${formatY(worst.claimed)}`;
    }
    summary += ".";
  }
  return { verdict, passed, total, fraction, points, unmatchedClaimed, unmatchedReproduced, worst, summary };
}
