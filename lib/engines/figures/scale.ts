// The few scale functions a figure needs, hand-written (no charting library is a direct dependency):
// "nice" linear ticks (1, 2, 5 × 10^k, as d3-array's ticks) and decade ticks for log axes.

export interface Scale {
  /** Data → pixel. */
  (v: number): number;
  domain: readonly [number, number];
  ticks: number[];
  log: boolean;
  /** Whether a value can be placed on this axis (finite, and > 0 on a log axis). */
  accepts(v: number | null | undefined): v is number;
}

/** Rounds away float noise (0.30000000000000004 → 0.3) so tick values and labels are stable. */
function clean(v: number): number {
  return Number(v.toPrecision(12));
}

/** The step of about `count` nice ticks over [lo, hi]: 1, 2 or 5 times a power of ten. */
export function niceStep(lo: number, hi: number, count = 5): number {
  const raw = (hi - lo) / Math.max(1, count);
  const mag = 10 ** Math.floor(Math.log10(raw));
  const err = raw / mag;
  const f = err >= Math.sqrt(50) ? 10 : err >= Math.sqrt(10) ? 5 : err >= Math.sqrt(2) ? 2 : 1;
  return f * mag;
}

/** Extends [lo, hi] to multiples of a nice step and lists the ticks. A degenerate range is widened first. */
export function niceLinear(lo: number, hi: number, count = 5): { domain: [number, number]; ticks: number[] } {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return niceLinear(0, 1, count);
  if (lo === hi) {
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
    return niceLinear(lo - pad, hi + pad, count);
  }
  const step = niceStep(lo, hi, count);
  const start = Math.floor(lo / step);
  const stop = Math.ceil(hi / step);
  const ticks: number[] = [];
  for (let i = start; i <= stop; i++) ticks.push(clean(i * step));
  return { domain: [clean(start * step), clean(stop * step)], ticks };
}

/** Decades covering [lo, hi] (both > 0): the ticks are exactly the powers of ten 10^a … 10^b. */
export function niceLog(lo: number, hi: number): { domain: [number, number]; ticks: number[] } {
  if (!(lo > 0) || !(hi > 0) || !Number.isFinite(lo) || !Number.isFinite(hi)) return niceLog(1, 10);
  const a = Math.floor(Math.log10(lo) + 1e-12);
  let b = Math.ceil(Math.log10(hi) - 1e-12);
  if (a === b) b += 1;
  // Many decades: thin to at most ~8 labelled powers (every 2nd, 3rd, … decade).
  const every = Math.max(1, Math.ceil((b - a) / 8));
  const ticks: number[] = [];
  for (let k = a; k <= b; k += every) ticks.push(Number(`1e${k}`));
  return { domain: [Number(`1e${a}`), Number(`1e${b}`)], ticks };
}

/** A scale over the values, mapped to [r0, r1] pixels. */
export function makeScale(values: readonly number[], log: boolean, r0: number, r1: number, count = 5): Scale {
  const ok = (v: number | null | undefined): v is number => typeof v === "number" && Number.isFinite(v) && (!log || v > 0);
  const vs = values.filter(ok);
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of vs) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  const nice = log ? niceLog(lo, hi) : niceLinear(lo, hi, count);
  const [d0, d1] = nice.domain;
  const t = log ? (v: number) => (Math.log10(v) - Math.log10(d0)) / (Math.log10(d1) - Math.log10(d0)) : (v: number) => (v - d0) / (d1 - d0);
  const scale = ((v: number) => r0 + t(v) * (r1 - r0)) as Scale;
  scale.domain = nice.domain;
  scale.ticks = nice.ticks;
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
