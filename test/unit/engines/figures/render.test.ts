import { describe, expect, it } from "vitest";
import { niceLinear, niceLog, renderFigureSvg, type FigureSpec, type SeriesPoint } from "@/lib/engines/figures";

const gammas = [0.25, 0.5, 0.8, 0.9, 1, 1.2, 1.5, 2, 3, 4];
const theoryY = (g: number) => (g < 1 ? g / (1 - g) : g === 1 ? null : 1 - 1 / g + 1 / (g - 1));
const theory: SeriesPoint[] = gammas.map((x) => ({ x, y: theoryY(x) }));
const reproduced: SeriesPoint[] = gammas.map((x) => {
  const y = theoryY(x) ?? 40;
  return { x, y, lo: y * 0.9, hi: y * 1.1 };
});
const claimed: SeriesPoint[] = gammas.filter((g) => g !== 1).map((x) => ({ x, y: theoryY(x)!, lo: theoryY(x)! * 0.95, hi: theoryY(x)! * 1.05 }));

const spec: FigureSpec = {
  title: "Figure 2: Double descent <min-norm>",
  description: "Risk of min-norm least squares against γ = p/n.",
  x: { title: "γ = p/n", log: true },
  y: { title: "test risk", log: true },
  claimed: { label: "Claimed (paper)", color: "#000000" },
  reproduced: { label: "Reproduced", color: "#0072B2" },
  theory: { label: "Closed form", color: "#D55E00" },
};

function tickValues(svg: string, axis: "x" | "y"): number[] {
  return [...svg.matchAll(new RegExp(`data-axis="${axis}" data-value="([^"]+)"`, "g"))].map((m) => Number(m[1]));
}

describe("renderFigureSvg", () => {
  const svg = renderFigureSvg(spec, { claimed, reproduced, theory });

  it("is a self-contained, accessible SVG", () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.endsWith("</svg>")).toBe(true);
    expect(svg).toMatch(/role="img" aria-labelledby="(fig-\w+)-title \1-desc"/);
    expect(svg).toContain("<title id=");
    expect(svg).toContain("Figure 2: Double descent &lt;min-norm&gt;</title>");
    expect(svg).toMatch(/<desc id="[^"]+">Risk of min-norm least squares against γ = p\/n\. x axis: γ = p\/n \(log scale/);
    expect(svg).not.toMatch(/<script|href=|<image/);
  });

  it("draws every series and a legend", () => {
    for (const role of ["claimed", "reproduced", "theory"]) expect(svg).toContain(`data-series="${role}"`);
    expect(svg.match(/<circle class="marker"/g)).toHaveLength(claimed.length);
    expect(svg.match(/class="error-bar"/g)).toHaveLength(claimed.length);
    expect(svg.match(/<rect class="marker"/g)).toHaveLength(reproduced.length);
    expect(svg).toContain('class="band"');
    expect(svg).toContain('stroke-dasharray="6 4"');
    for (const label of ["Claimed (paper)", "Reproduced", "Closed form"]) expect(svg).toContain(`>${label}</text>`);
  });

  it("breaks the theory line at γ = 1 instead of drawing a null", () => {
    const theoryGroup = /data-series="theory"[^>]*>([\s\S]*?)<\/g>/.exec(svg)![1]!;
    expect(theoryGroup.match(/<path/g)).toHaveLength(2);
  });

  it("has log-axis ticks that are powers of 10", () => {
    for (const axis of ["x", "y"] as const) {
      const ticks = tickValues(svg, axis);
      expect(ticks.length).toBeGreaterThanOrEqual(2);
      for (const t of ticks) expect(Math.log10(t)).toBeCloseTo(Math.round(Math.log10(t)), 12);
    }
    expect(tickValues(svg, "x")).toEqual([0.1, 1, 10]);
  });

  it("has nice linear ticks", () => {
    const lin = renderFigureSvg({ ...spec, x: { title: "γ", log: false }, y: { title: "risk", log: false } }, { claimed });
    const xt = tickValues(lin, "x");
    expect(xt).toEqual([0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4]);
    expect(lin).toContain(">0.5</text>");
    expect(niceLinear(0.013, 0.087, 5)).toEqual({ domain: [0, 0.1], ticks: [0, 0.02, 0.04, 0.06, 0.08, 0.1], step: 0.02 });
    expect(niceLinear(3, 3).domain[0]).toBeLessThan(3);
    expect(niceLog(0.02, 3)).toEqual({ domain: [0.01, 10], ticks: [0.01, 0.1, 1, 10] });
    expect(niceLog(10, 10).ticks).toEqual([10, 100]);
  });

  it("never prints NaN or Infinity, even with bad and non-positive values", () => {
    const bad: SeriesPoint[] = [{ x: 1, y: NaN }, { x: Infinity, y: 2 }, { x: 2, y: null }, { x: 0, y: 1 }, { x: 3, y: -1, lo: null, hi: Infinity }, { x: 4, y: 2 }];
    const out = renderFigureSvg(spec, { claimed: bad, reproduced: bad, theory: bad });
    expect(out).not.toMatch(/NaN|Infinity/);
    const empty = renderFigureSvg(spec, {});
    expect(empty).not.toMatch(/NaN|Infinity/);
    expect(empty).toContain("No data.");
  });

  it("is deterministic", () => {
    expect(renderFigureSvg(spec, { claimed, reproduced, theory })).toBe(svg);
    expect(renderFigureSvg(spec, { claimed, reproduced, theory }, { idPrefix: "f1" })).toContain('aria-labelledby="f1-title f1-desc"');
    expect(renderFigureSvg(spec, { claimed })).not.toBe(svg);
  });

  it("skips roles without a style", () => {
    const out = renderFigureSvg({ ...spec, theory: null }, { claimed, reproduced, theory });
    expect(out).not.toContain('data-series="theory"');
  });
});

describe("the legend", () => {
  const legendBox = (svg: string) => {
    const m = svg.match(/<g class="legend" aria-hidden="true">\n<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/);
    if (!m) throw new Error("no legend");
    const [x, y, w, h] = m.slice(1).map(Number) as [number, number, number, number];
    return { x, y, w, h };
  };
  const markers = (svg: string) => [...svg.matchAll(/<circle class="marker" cx="([\d.]+)" cy="([\d.]+)"/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
  const linear: FigureSpec = { ...spec, x: { title: "x", log: false }, y: { title: "y", log: false } };

  it("sits top right when that corner is empty", () => {
    const rising = [1, 2, 3, 4, 5].map((x) => ({ x, y: 6 - x }));
    const svg = renderFigureSvg(linear, { claimed: rising });
    const box = legendBox(svg);
    expect(box.x).toBeGreaterThan(200);
    expect(box.y).toBeLessThan(100);
  });

  it("moves to another corner rather than cover the data", () => {
    const peakTopRight = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((x) => ({ x, y: x }));
    const svg = renderFigureSvg(linear, { claimed: peakTopRight });
    const box = legendBox(svg);
    const covered = markers(svg).filter(([cx, cy]) => cx >= box.x && cx <= box.x + box.w && cy >= box.y && cy <= box.y + box.h);
    expect(covered).toEqual([]);
  });
});

describe("a long title", () => {
  it("wraps onto lines that fit the figure, which grows taller instead of clipping it", () => {
    const long = "Figure 1: Overparameterization monotonically lowers the risk of ridgeless regression on every spectrum we tried";
    const svg = renderFigureSvg({ ...spec, title: long }, { claimed });
    const lines = [...svg.matchAll(/<tspan x="320" dy="(\d+)">([^<]*)<\/tspan>/g)].map((m) => m[2]!);
    expect(lines.length).toBe(2);
    expect(lines.join(" ")).toBe(long);
    for (const l of lines) expect(l.length * 8).toBeLessThanOrEqual(640 - 24);
    expect(svg).toMatch(/viewBox="0 0 640 418"/);
    const short = renderFigureSvg(spec, { claimed });
    expect(short).toMatch(/viewBox="0 0 640 400"/);
  });
});
