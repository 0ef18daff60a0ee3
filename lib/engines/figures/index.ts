export * from "./types";
export { compareSeries, formatValue, sameX, VERDICTS, X_MATCH_RTOL } from "./compare";
export type { CompareOptions, ComparisonResult, PointComparison, PointStatus, Verdict } from "./compare";
export { renderFigureSvg } from "./render";
export type { FigureData, RenderOptions } from "./render";
export { formatTick, makeScale, niceLinear, niceLog } from "./scale";
