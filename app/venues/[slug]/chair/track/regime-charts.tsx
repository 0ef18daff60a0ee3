// How the track's theorems distribute over assumption regimes: one table per assumption with inline bars, its
// counts and percentages as text, so the numbers are there for screen readers and for copying.
import { percent, type RegimeChart } from "@/lib/track/regimes";

function Bar({ share }: { share: number }) {
  return (
    <svg width="160" height="12" aria-hidden="true" className="inline-block align-middle">
      <rect width="160" height="12" className="fill-slate-100" />
      <rect width={160 * share} height="12" className="fill-brand-600" />
    </svg>
  );
}

export function RegimeCharts({ charts, unit }: { charts: RegimeChart[]; unit: string }) {
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      {charts.map((c) => (
        <div key={c.key} className="card overflow-x-auto p-0">
          <table className="table-base" data-regime={c.key}>
            <caption className="px-3 py-2 text-left text-sm font-semibold">
              {c.label} <span className="font-normal text-slate-600">— share of {c.observations} {unit}</span>
            </caption>
            <thead>
              <tr>
                <th scope="col">Value</th>
                <th scope="col" className="text-right">Count</th>
                <th scope="col" className="text-right">Share</th>
                <th scope="col"><span className="sr-only">Bar</span></th>
              </tr>
            </thead>
            <tbody>
              {c.bars.map((b) => (
                <tr key={b.value || "unstated"}>
                  <td>{b.label}</td>
                  <td className="text-right tabular-nums">{b.count}</td>
                  <td className="text-right tabular-nums">{percent(b.share)}</td>
                  <td><Bar share={b.share} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </div>
  );
}
