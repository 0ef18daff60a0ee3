// A finished run's figure (claimed vs reproduced, theory dashed) and its point-by-point comparison.
import { VerdictBadge } from "@/app/_components/verdict-badge";
import type { ComparisonResult, SeriesPoint } from "@/lib/engines/figures";
import { formatValue } from "@/lib/engines/figures";
import { runFigureSvg } from "@/lib/experiments/figure";
import type { Manifest } from "@/lib/experiments/manifest";

export function RunFigure({ manifest, claimed, result, comparison, runId }: { manifest: Manifest; claimed: SeriesPoint[]; result: unknown; comparison: unknown; runId: string }) {
  if (!result) return null;
  const svg = runFigureSvg(manifest, claimed, result, `fig-${runId.slice(-6)}`);
  const c = comparison as ComparisonResult | null;
  return (
    <section aria-labelledby={`figure-${runId}`} className="card space-y-4">
      <h2 id={`figure-${runId}`} className="flex flex-wrap items-center gap-2 text-lg font-semibold">
        {manifest.figure}: claimed and reproduced {c && <VerdictBadge verdict={c.verdict} />}
      </h2>
      {c && <p className="text-sm">{c.summary}</p>}
      {/* The SVG comes from our own renderer, which escapes every text it draws. */}
      <div className="max-w-3xl overflow-x-auto [&_svg]:h-auto [&_svg]:max-w-full" dangerouslySetInnerHTML={{ __html: svg }} />
      {c && (
        <details>
          <summary className="cursor-pointer text-sm font-medium">Point-by-point comparison ({c.passed} of {c.total} within tolerance)</summary>
          <div className="overflow-x-auto">
            <table className="mt-2 w-full text-sm">
              <thead className="text-left text-slate-600">
                <tr><th className="px-2 py-1">{manifest.figureSpec.xAxis.title}</th><th className="px-2 py-1">Claimed</th><th className="px-2 py-1">Reproduced</th><th className="px-2 py-1">Allowed difference</th><th className="px-2 py-1">Result</th></tr>
              </thead>
              <tbody>
                {c.points.map((pt) => (
                  <tr key={pt.x} className="border-t border-slate-100">
                    <td className="px-2 py-1 font-mono">{formatValue(pt.x)}</td>
                    <td className="px-2 py-1 font-mono">{formatValue(pt.claimed)}</td>
                    <td className="px-2 py-1 font-mono">{pt.reproduced === null ? "—" : formatValue(pt.reproduced)}</td>
                    <td className="px-2 py-1 font-mono">{pt.allowed === null ? "band" : `±${formatValue(pt.allowed)}`}</td>
                    <td className={`px-2 py-1 ${pt.status === "pass" ? "text-emerald-800" : "text-red-800"}`}>{pt.status === "pass" ? "within" : pt.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </section>
  );
}
