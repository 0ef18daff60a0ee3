// The assumption matrix of one theorem: rows are the taxonomy's fields, columns the authors' declaration and
// each reviewer's reading. A reading that differs from the declaration is highlighted and says so in words,
// so the disagreement does not depend on seeing colour.
import type { MatrixRow } from "@/lib/reviews/matrix";

export function AssumptionMatrix({ theoremLabel, rows, reviewers }: { theoremLabel: string; rows: MatrixRow[]; reviewers: string[] }) {
  const disagreements = rows.filter((r) => r.disagreement).length;
  return (
    <div className="card overflow-x-auto p-0">
      <table className="table-base">
        <caption className="px-3 py-2 text-left font-semibold">
          {theoremLabel}{" "}
          <span className="text-sm font-normal text-slate-700">
            — {disagreements === 0 ? "every reading agrees with the declaration" : `${disagreements} assumption${disagreements === 1 ? "" : "s"} read differently`}
          </span>
        </caption>
        <thead>
          <tr>
            <th scope="col">Assumption</th>
            <th scope="col">Authors&apos; declaration</th>
            {reviewers.map((r) => (
              <th key={r} scope="col">{r}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.fieldKey} className={row.disagreement ? "bg-amber-50" : undefined} data-disagreement={row.disagreement || undefined}>
              <th scope="row" className="font-medium">
                {row.fieldLabel}
                {row.disagreement && <span className="ml-2 rounded bg-amber-200 px-1.5 py-0.5 text-xs font-semibold text-amber-950">Disagreement</span>}
              </th>
              <td>{row.declared.label}</td>
              {row.readings.map((cell) => (
                <td key={cell.reviewer} className={cell.agrees === false ? "bg-amber-200 font-semibold text-amber-950" : undefined}>
                  {cell.label}
                  {cell.agrees === false && <span className="block text-xs font-normal">≠ declared (disagrees)</span>}
                  {cell.agrees === true && <span className="sr-only"> (agrees)</span>}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
