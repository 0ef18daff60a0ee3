// Plain data shared by the figure engine: points, tolerances, figure specs. No zod here: the manifest
// (lib/experiments/manifest.ts) validates user input and produces values of these types.

/** One point of a series. `y` may be null (e.g. the closed form at γ = 1); `lo`/`hi` are a band or error bar. */
export interface SeriesPoint {
  x: number;
  y: number | null;
  lo?: number | null;
  hi?: number | null;
}

/** Which claimed points a comparison looks at. Ranges are inclusive. */
export type PointSelection = "all" | { xMin: number; xMax: number } | { x: number[] };

/**
 * How close a reproduced value must be to the claimed one.
 * - `{ rtol, atol }`: |reproduced − claimed| ≤ atol + rtol·|claimed|, or reproduced inside the claimed band.
 * - `{ band: true }`: reproduced inside the claimed band [lo, hi].
 */
export type Tolerance = ({ rtol: number; atol: number } | { band: true }) & { points?: PointSelection };

export interface AxisSpec {
  title: string;
  log: boolean;
}

export interface SeriesStyle {
  label: string;
  /** A CSS colour, e.g. "#1f77b4". */
  color: string;
}

/** What `renderFigureSvg` draws; a role without a style is not drawn. */
export interface FigureSpec {
  title: string;
  /** Extra text for the SVG <desc>; a summary of the data is always appended. */
  description?: string;
  x: AxisSpec;
  y: AxisSpec;
  claimed?: SeriesStyle | null;
  reproduced?: SeriesStyle | null;
  theory?: SeriesStyle | null;
  width?: number;
  height?: number;
}

/** Colour-blind-safe defaults (Okabe–Ito): claimed, reproduced, theory. */
export const DEFAULT_COLORS = { claimed: "#000000", reproduced: "#0072B2", theory: "#D55E00" } as const;
