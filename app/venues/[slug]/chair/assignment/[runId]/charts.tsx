// Load histogram and score distribution as tables with inline bars: readable by screen readers as plain tables.
function Bar({ value, max }: { value: number; max: number }) {
  const pct = max > 0 ? (100 * value) / max : 0;
  return (
    <svg width="160" height="12" aria-hidden="true" className="inline-block align-middle">
      <rect width="160" height="12" className="fill-slate-100" />
      <rect width={(160 * pct) / 100} height="12" className="fill-brand-600" />
    </svg>
  );
}

export function HistogramTable({ caption, head, rows }: { caption: string; head: [string, string]; rows: { label: string; value: number }[] }) {
  const max = Math.max(0, ...rows.map((r) => r.value));
  return (
    <table className="table-base">
      <caption className="px-3 py-2 text-left text-sm font-semibold">{caption}</caption>
      <thead>
        <tr><th scope="col">{head[0]}</th><th scope="col" className="text-right">{head[1]}</th><th scope="col"><span className="sr-only">Bar</span></th></tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.label}>
            <td className="tabular-nums">{r.label}</td>
            <td className="text-right tabular-nums">{r.value}</td>
            <td><Bar value={r.value} max={max} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
