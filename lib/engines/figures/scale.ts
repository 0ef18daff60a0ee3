// Axis scales on d3-scale: "nice" linear domains and ticks (1, 2, 5 × 10^k) and log axes extended to whole
// decades. What d3 does not decide for us is kept here: the degenerate-range rule, decade-only log ticks (thinned
// on long ranges), and tick labels that never read "0.30000000000000004" or "-0".
import { tickStep } from "d3-array";
import { scaleLinear, scaleLog } from "d3-scale";

export interface Scale {
  /** Data → pixel. */
  (v: number): number;
  domain: readonly [number, number];
  ticks: number[];
  /** The linear tick spacing (undefined on a log axis), for choosing label decimals. */
  step: number | undefined;
  log: boolean;
  /** Whether a value can be placed on this axis (finite, and > 0 on a log axis). */
  accepts(v: number | null | undefined): v is number;
}

/** Rounds away float noise (0.30000000000000004 → 0.3) so tick values and labels are stable. */
function clean(v: number): number {
  return Number(v.toPrecision(12));
}

/** A nice linear domain over [lo, hi] and its ticks. A degenerate or empty range is widened first. */
export function niceLinear(lo: number, hi: number, count = 5): { domain: [number, number]; ticks: number[]; step: number } {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return niceLinear(0, 1, count);
  if (lo === hi) {
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
    return niceLinear(lo - pad, hi + pad, count);
  }
  const s = scaleLinear().domain([lo, hi]).nice(count);
  const [d0, d1] = s.domain() as [number, number];
  return { domain: [clean(d0), clean(d1)], ticks: s.ticks(count).map(clean), step: tickStep(d0, d1, count) };
}

/** Whole decades covering [lo, hi] (both > 0); the ticks are powers of ten, at most ~8 of them. */
export function niceLog(lo: number, hi: number): { domain: [number, number]; ticks: number[] } {
  if (!(lo > 0) || !(hi > 0) || !Number.isFinite(lo) || !Number.isFinite(hi)) return niceLog(1, 10);
  const [d0, d1] = scaleLog().domain([lo, hi]).nice().domain() as [number, number];
  const a = Math.round(Math.log10(d0));
  let b = Math.round(Math.log10(d1));
  if (a === b) b += 1;
  const every = Math.max(1, Math.ceil((b - a) / 8));
  const ticks: number[] = [];
  for (let k = a; k <= b; k += every) ticks.push(Number(`1e${k}`));
  return { domain: [Number(`1e${a}`), Number(`1e${b}`)], ticks };
}

/** A scale over the values, mapped to [r0, r1] pixels. */
export function makeScale(values: readonly number[], log: boolean, r0: number, r1: number, count = 5): Scale {
  const ok = (v: number | null | undefined): v is number => typeof v === "number" && Number.isFinite(v) && (!log || v > 0);
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (!ok(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  const nice = log ? { ...niceLog(lo, hi), step: undefined } : niceLinear(lo, hi, count);
  const d3scale = (log ? scaleLog() : scaleLinear()).domain(nice.domain).range([r0, r1]);
  const scale = ((v: number) => d3scale(v)) as Scale;
  scale.domain = nice.domain;
  scale.ticks = nice.ticks;
  scale.step = nice.step;
  scale.log = log;
  scale.accepts = ok;
  return scale;
}

/** A tick label: plain decimals for moderate values, "1e-5"-style otherwise; never "-0". */
export function formatTick(v: number, log: boolean, step?: number): string {
  if (v === 0 || Object.is(v, -0)) return "0";
  const abs = Math.abs(v);
  if (log) {
    const k = Math.round(Math.log10(abs));
    return k >= -3 && k <= 4 ? String(Number(`1e${k}`)) : `1e${k}`;
  }
  if (abs >= 1e6 || abs < 1e-4) return String(Number(v.toPrecision(6))).replace(/e\+?/, "e");
  const decimals = step ? Math.max(0, Math.min(10, -Math.floor(Math.log10(step) + 1e-12))) : 0;
  return step ? v.toFixed(decimals) : String(v);
}
