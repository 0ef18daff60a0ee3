// Renders a figure spec and its series (claimed, reproduced, theory) to a self-contained, accessible SVG
// string. Deterministic: the same input gives the same bytes (fixed number formatting, no random ids).

import { makeScale, formatTick, type Scale } from "./scale";
import { DEFAULT_COLORS, type FigureSpec, type SeriesPoint, type SeriesStyle } from "./types";

export interface FigureData {
  claimed?: readonly SeriesPoint[] | null;
  reproduced?: readonly SeriesPoint[] | null;
  theory?: readonly SeriesPoint[] | null;
}

export interface RenderOptions {
  /** Prefix of element ids (title/desc), to keep several figures on one page distinct. Default: from a hash of the input. */
  idPrefix?: string;
}

const MARGIN = { top: 36, right: 20, bottom: 52, left: 68 };
/** Title lines are 18 px apart; a 14 px semibold character is about 8 px wide in the system sans-serif. */
const TITLE_LINE = 18;
const TITLE_CHAR = 8;

/** The title broken into lines that fit the width, at most three; a longer title ends in an ellipsis. */
function titleLines(title: string, width: number): string[] {
  const max = Math.max(10, Math.floor((width - 24) / TITLE_CHAR));
  const lines: string[] = [];
  let line = "";
  for (const word of title.trim().split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= max) line = next;
    else {
      if (line) lines.push(line);
      line = word.length > max ? `${word.slice(0, max - 1)}…` : word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= 3) return lines;
  const last = lines[2]!;
  return [lines[0]!, lines[1]!, `${last.length >= max ? last.slice(0, max - 1) : last}…`];
}

function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/** Pixel coordinates with two decimals: stable output, small files. */
function px(v: number): string {
  const r = Math.round(v * 100) / 100;
  return Object.is(r, -0) ? "0" : String(r);
}

/** FNV-1a, for a deterministic default id prefix. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

function finite(v: number | null | undefined): v is number {
  return typeof v === "number" && Number.isFinite(v);
}

/** Splits a series into runs of consecutive drawable points; a null/infinite/off-axis point breaks the line. */
function runs(points: readonly SeriesPoint[], sx: Scale, sy: Scale): [number, number][][] {
  const out: [number, number][][] = [];
  let cur: [number, number][] = [];
  for (const p of [...points].sort((a, b) => a.x - b.x)) {
    if (sx.accepts(p.x) && sy.accepts(p.y)) cur.push([sx(p.x), sy(p.y)]);
    else if (cur.length) {
      out.push(cur);
      cur = [];
    }
  }
  if (cur.length) out.push(cur);
  return out;
}

function pathOf(run: [number, number][]): string {
  return run.map(([x, y], i) => `${i ? "L" : "M"}${px(x)},${px(y)}`).join("");
}

/** Closed band polygons over consecutive points whose lo and hi are both drawable. */
function bandPaths(points: readonly SeriesPoint[], sx: Scale, sy: Scale): string[] {
  const out: string[] = [];
  let cur: { x: number; lo: number; hi: number }[] = [];
  const flush = () => {
    if (cur.length >= 2) {
      const upper = cur.map((p, i) => `${i ? "L" : "M"}${px(p.x)},${px(p.hi)}`).join("");
      const lower = [...cur].reverse().map((p) => `L${px(p.x)},${px(p.lo)}`).join("");
      out.push(`${upper}${lower}Z`);
    }
    cur = [];
  };
  for (const p of [...points].sort((a, b) => a.x - b.x)) {
    if (sx.accepts(p.x) && sy.accepts(p.lo) && sy.accepts(p.hi)) cur.push({ x: sx(p.x), lo: sy(p.lo), hi: sy(p.hi) });
    else flush();
  }
  flush();
  return out;
}

function count(points: readonly SeriesPoint[] | null | undefined): number {
  return points ? points.filter((p) => finite(p.x) && finite(p.y)).length : 0;
}

/**
 * A self-contained SVG (title/desc, axes with nice ticks, linear or log, legend). Claimed points are markers
 * with error bars, the reproduced series a line with markers and a shaded band, theory a dashed line.
 * Null and non-finite values (and non-positive ones on a log axis) are skipped, never drawn as NaN.
 */
export function renderFigureSvg(spec: FigureSpec, data: FigureData, options: RenderOptions = {}): string {
  const W = spec.width ?? 640;
  const title = titleLines(spec.title, W);
  // Each extra title line makes the figure taller rather than the plot smaller.
  const extra = (title.length - 1) * TITLE_LINE;
  const H = (spec.height ?? 400) + extra;
  const plot = { x0: MARGIN.left, x1: W - MARGIN.right, y0: H - MARGIN.bottom, y1: MARGIN.top + extra };
  const styles: { role: "claimed" | "reproduced" | "theory"; style: SeriesStyle; points: readonly SeriesPoint[] }[] = [];
  for (const role of ["theory", "reproduced", "claimed"] as const) {
    const style = spec[role];
    const points = data[role];
    if (style && points && points.length) styles.push({ role, style: { label: style.label, color: style.color || DEFAULT_COLORS[role] }, points });
  }

  const xs: number[] = [];
  const ys: number[] = [];
  for (const s of styles) {
    for (const p of s.points) {
      if (!finite(p.x)) continue;
      xs.push(p.x);
      for (const v of [p.y, p.lo, p.hi]) if (finite(v)) ys.push(v);
    }
  }
  const sx = makeScale(xs, spec.x.log, plot.x0, plot.x1, 6);
  const sy = makeScale(ys, spec.y.log, plot.y0, plot.y1, 5);
  const id = options.idPrefix ?? `fig-${hash(JSON.stringify([spec, data]))}`;

  const descParts = [spec.description?.trim() ?? ""].filter(Boolean);
  descParts.push(
    `x axis: ${spec.x.title} (${spec.x.log ? "log" : "linear"} scale, ${formatTick(sx.domain[0], sx.log)} to ${formatTick(sx.domain[1], sx.log)}); ` +
      `y axis: ${spec.y.title} (${spec.y.log ? "log" : "linear"} scale, ${formatTick(sy.domain[0], sy.log)} to ${formatTick(sy.domain[1], sy.log)}).`,
  );
  descParts.push(styles.length ? [...styles].reverse().map((s) => `${s.style.label} (${s.role}): ${count(s.points)} points`).join("; ") + "." : "No data.");

  const o: string[] = [];
  o.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${id}-title ${id}-desc" font-family="system-ui, sans-serif" font-size="12">`,
  );
  o.push(`<title id="${id}-title">${esc(spec.title)}</title>`);
  o.push(`<desc id="${id}-desc">${esc(descParts.join(" "))}</desc>`);
  o.push(`<rect width="${W}" height="${H}" fill="#ffffff"/>`);
  o.push(
    `<text x="${px(W / 2)}" y="20" text-anchor="middle" font-size="14" font-weight="600">` +
      title.map((l, i) => `<tspan x="${px(W / 2)}" dy="${i === 0 ? 0 : TITLE_LINE}">${esc(l)}</tspan>`).join("") +
      `</text>`,
  );

  // Axes, grid and ticks.
  o.push(`<g class="axis x-axis" aria-hidden="true">`);
  for (const t of sx.ticks) {
    const x = px(sx(t));
    o.push(
      `<g class="tick" data-axis="x" data-value="${t}"><line x1="${x}" x2="${x}" y1="${px(plot.y1)}" y2="${px(plot.y0)}" stroke="#e5e5e5"/>` +
        `<line x1="${x}" x2="${x}" y1="${px(plot.y0)}" y2="${px(plot.y0 + 5)}" stroke="#333"/>` +
        `<text x="${x}" y="${px(plot.y0 + 18)}" text-anchor="middle">${esc(formatTick(t, sx.log, sx.step))}</text></g>`,
    );
  }
  o.push(`<line x1="${px(plot.x0)}" x2="${px(plot.x1)}" y1="${px(plot.y0)}" y2="${px(plot.y0)}" stroke="#333"/>`);
  o.push(`<text x="${px((plot.x0 + plot.x1) / 2)}" y="${px(H - 12)}" text-anchor="middle">${esc(spec.x.title)}</text>`);
  o.push(`</g>`);
  o.push(`<g class="axis y-axis" aria-hidden="true">`);
  for (const t of sy.ticks) {
    const y = px(sy(t));
    o.push(
      `<g class="tick" data-axis="y" data-value="${t}"><line x1="${px(plot.x0)}" x2="${px(plot.x1)}" y1="${y}" y2="${y}" stroke="#e5e5e5"/>` +
        `<line x1="${px(plot.x0 - 5)}" x2="${px(plot.x0)}" y1="${y}" y2="${y}" stroke="#333"/>` +
        `<text x="${px(plot.x0 - 8)}" y="${y}" text-anchor="end" dominant-baseline="middle">${esc(formatTick(t, sy.log, sy.step))}</text></g>`,
    );
  }
  o.push(`<line x1="${px(plot.x0)}" x2="${px(plot.x0)}" y1="${px(plot.y0)}" y2="${px(plot.y1)}" stroke="#333"/>`);
  const yMid = px((plot.y0 + plot.y1) / 2);
  o.push(`<text x="16" y="${yMid}" text-anchor="middle" transform="rotate(-90 16 ${yMid})">${esc(spec.y.title)}</text>`);
  o.push(`</g>`);

  // Series, clipped to the plot area.
  o.push(`<clipPath id="${id}-clip"><rect x="${px(plot.x0)}" y="${px(plot.y1)}" width="${px(plot.x1 - plot.x0)}" height="${px(plot.y0 - plot.y1)}"/></clipPath>`);
  o.push(`<g clip-path="url(#${id}-clip)">`);
  // Where ink lands (markers and points along lines), so the legend can avoid it.
  const ink: [number, number][] = [];
  const inkLine = (r: [number, number][]) => {
    r.forEach(([x, y], i) => {
      ink.push([x, y]);
      const next = r[i + 1];
      if (next) for (let k = 1; k < 8; k++) ink.push([x + ((next[0] - x) * k) / 8, y + ((next[1] - y) * k) / 8]);
    });
  };
  for (const { role, style, points } of styles) {
    const c = esc(style.color);
    o.push(`<g class="series series-${role}" data-series="${role}"><title>${esc(style.label)}</title>`);
    if (role === "theory") {
      for (const r of runs(points, sx, sy)) {
        inkLine(r);
        o.push(`<path d="${pathOf(r)}" fill="none" stroke="${c}" stroke-width="2" stroke-dasharray="6 4"/>`);
      }
    } else if (role === "reproduced") {
      for (const b of bandPaths(points, sx, sy)) o.push(`<path class="band" d="${b}" fill="${c}" fill-opacity="0.18" stroke="none"/>`);
      for (const r of runs(points, sx, sy)) {
        inkLine(r);
        o.push(`<path d="${pathOf(r)}" fill="none" stroke="${c}" stroke-width="2"/>`);
        for (const [x, y] of r) o.push(`<rect class="marker" x="${px(x - 3)}" y="${px(y - 3)}" width="6" height="6" fill="${c}"/>`);
      }
    } else {
      for (const p of [...points].sort((a, b) => a.x - b.x)) {
        if (!sx.accepts(p.x) || !sy.accepts(p.y)) continue;
        const x = px(sx(p.x));
        if (sy.accepts(p.lo) && sy.accepts(p.hi)) {
          const lo = px(sy(p.lo));
          const hi = px(sy(p.hi));
          o.push(
            `<path class="error-bar" d="M${x},${lo}L${x},${hi}M${px(sx(p.x) - 4)},${lo}L${px(sx(p.x) + 4)},${lo}M${px(sx(p.x) - 4)},${hi}L${px(sx(p.x) + 4)},${hi}" stroke="${c}" stroke-width="1.2" fill="none"/>`,
          );
        }
        ink.push([sx(p.x), sy(p.y)]);
        o.push(`<circle class="marker" cx="${x}" cy="${px(sy(p.y))}" r="4" fill="#ffffff" stroke="${c}" stroke-width="1.5"/>`);
      }
    }
    o.push(`</g>`);
  }
  o.push(`</g>`);

  // Legend inside the plot, in the corner that covers the least ink (top right on a tie), in drawing order
  // reversed (claimed first).
  if (styles.length) {
    const entries = [...styles].reverse();
    const lw = 12 + Math.max(...entries.map((e) => e.style.label.length)) * 6.5 + 36;
    const lh = entries.length * 18 + 8;
    const corners: [number, number][] = [
      [plot.x1 - lw - 8, plot.y1 + 8],
      [plot.x0 + 8, plot.y1 + 8],
      [plot.x1 - lw - 8, plot.y0 - lh - 8],
      [plot.x0 + 8, plot.y0 - lh - 8],
    ];
    const covered = ([x, y]: [number, number]) => ink.filter(([a, b]) => a >= x - 6 && a <= x + lw + 6 && b >= y - 6 && b <= y + lh + 6).length;
    const counts = corners.map(covered);
    const [lx, ly] = corners[counts.indexOf(Math.min(...counts))]!;
    o.push(`<g class="legend" aria-hidden="true">`);
    o.push(`<rect x="${px(lx)}" y="${px(ly)}" width="${px(lw)}" height="${px(lh)}" fill="#ffffff" fill-opacity="0.85" stroke="#ccc"/>`);
    entries.forEach((e, i) => {
      const y = ly + 14 + i * 18;
      const c = esc(e.style.color);
      const x0 = lx + 8;
      if (e.role === "theory") o.push(`<line x1="${px(x0)}" x2="${px(x0 + 24)}" y1="${px(y)}" y2="${px(y)}" stroke="${c}" stroke-width="2" stroke-dasharray="6 4"/>`);
      else if (e.role === "reproduced") {
        o.push(`<line x1="${px(x0)}" x2="${px(x0 + 24)}" y1="${px(y)}" y2="${px(y)}" stroke="${c}" stroke-width="2"/>`);
        o.push(`<rect x="${px(x0 + 9)}" y="${px(y - 3)}" width="6" height="6" fill="${c}"/>`);
      } else o.push(`<circle cx="${px(x0 + 12)}" cy="${px(y)}" r="4" fill="#ffffff" stroke="${c}" stroke-width="1.5"/>`);
      o.push(`<text x="${px(x0 + 30)}" y="${px(y)}" dominant-baseline="middle">${esc(e.style.label)}</text>`);
    });
    o.push(`</g>`);
  }
  o.push(`</svg>`);
  return o.join("\n");
}
