// The figure of a run: claimed numbers, the reproduced series and (when the output has one) the theory curve,
// drawn by the figure engine as a self-contained SVG string.
import { renderFigureSvg, type SeriesPoint } from "@/lib/engines/figures";
import { figureSpecOf, type Manifest } from "./manifest";

export interface StoredResult {
  series: { name: string; points: SeriesPoint[] }[];
  compared: string;
  theory: SeriesPoint[] | null;
}

export function runFigureSvg(manifest: Manifest, claimed: SeriesPoint[], result: unknown, idPrefix: string): string {
  const r = result as StoredResult | null;
  const reproduced = r?.series.find((s) => s.name === r.compared)?.points ?? null;
  return renderFigureSvg(figureSpecOf(manifest), { claimed, reproduced, theory: r?.theory ?? null }, { idPrefix });
}
