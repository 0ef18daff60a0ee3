// The assignment as an LP/MIP for HiGHS (WebAssembly), built as sparse CSC arrays: writing 3 M
// columns as LP text would cost more than the solve. Used for the fairness bound, exact small fair
// instances, and as the reference in tests and the benchmark.
import type { Highs } from "highs";
import type { CompiledProblem } from "./compile";

let runtime: Promise<Highs> | null = null;

/** One WebAssembly runtime per process; every model is disposed after use. */
export function loadHighs(): Promise<Highs> {
  runtime ??= import("highs").then((m) => m.default());
  return runtime;
}

export type HighsGoal =
  /** Maximise the total score. */
  | { kind: "sum" }
  /** Maximise t subject to every paper's score ≥ t. */
  | { kind: "max-min" }
  /** Maximise the total subject to every paper's score ≥ floor. */
  | { kind: "sum-with-floor"; floor: number };

export interface HighsOutcome {
  status: "optimal" | "infeasible" | "time-limit" | "other";
  statusCode: number;
  /** Objective of the best solution found (including fixed pairs' scores); NaN when there is none. */
  objective: number;
  /** For a MIP: the proven bound on the objective; for an LP: the objective. */
  bound: number;
  /** Free-arc values (length = number of free arcs), or null when there is no solution. */
  x: Float64Array | null;
  seconds: number;
}

export function solveAssignmentWithHighs(
  highs: Highs,
  cp: CompiledProblem,
  goal: HighsGoal,
  opts: { integer: boolean; timeLimitSeconds?: number },
): HighsOutcome {
  const t0 = performance.now();
  const P = cp.paperIds.length;
  const R = cp.reviewerIds.length;
  const m = cp.arcReviewer.length;
  const needsScoreRows = goal.kind !== "sum";
  const withT = goal.kind === "max-min";
  const fixedScore = new Float64Array(P);
  for (let j = 0; j < cp.fixedPaper.length; j++) fixedScore[cp.fixedPaper[j]!]! += cp.fixedScore[j]!;

  // Rows: [0, P) paper demand, [P, P+R) reviewer load, then one score row per paper that needs reviews.
  const scoreRow = new Int32Array(P).fill(-1);
  let numRows = P + R;
  if (needsScoreRows) for (let p = 0; p < P; p++) if (cp.demand[p]! > 0) scoreRow[p] = numRows++;

  const numCols = m + (withT ? 1 : 0);
  const starts = new Int32Array(numCols + 1);
  const nnzMax = 3 * m + (withT ? numRows : 0);
  const indices = new Int32Array(nnzMax);
  const values = new Float64Array(nnzMax);
  const colCost = new Float64Array(numCols);
  const colLower = new Float64Array(numCols);
  const colUpper = new Float64Array(numCols).fill(1);
  let k = 0;
  for (let a = 0; a < m; a++) {
    starts[a] = k;
    const p = cp.arcPaper[a]!;
    indices[k] = p;
    values[k++] = 1;
    indices[k] = P + cp.arcReviewer[a]!;
    values[k++] = 1;
    if (scoreRow[p]! >= 0 && cp.arcScore[a] !== 0) {
      indices[k] = scoreRow[p]!;
      values[k++] = cp.arcScore[a]!;
    }
    colCost[a] = withT ? 0 : cp.arcScore[a]!;
  }
  if (withT) {
    starts[m] = k;
    for (let p = 0; p < P; p++) {
      if (scoreRow[p]! < 0) continue;
      indices[k] = scoreRow[p]!;
      values[k++] = -1;
    }
    colCost[m] = 1;
    colLower[m] = -highs.infinity;
    colUpper[m] = highs.infinity;
  }
  starts[numCols] = k;

  const rowLower = new Float64Array(numRows);
  const rowUpper = new Float64Array(numRows);
  for (let p = 0; p < P; p++) rowLower[p] = rowUpper[p] = cp.demand[p]! - cp.fixedPerPaper[p]!;
  for (let r = 0; r < R; r++) {
    rowLower[P + r] = Math.max(0, cp.minLoad[r]! - cp.fixedPerReviewer[r]!);
    rowUpper[P + r] = cp.maxLoad[r]! - cp.fixedPerReviewer[r]!;
  }
  for (let p = 0; p < P; p++) {
    const row = scoreRow[p]!;
    if (row < 0) continue;
    rowLower[row] = goal.kind === "max-min" ? -fixedScore[p]! : goal.kind === "sum-with-floor" ? goal.floor - fixedScore[p]! : 0;
    rowUpper[row] = highs.infinity;
  }
  let offset = 0;
  if (goal.kind !== "max-min") for (let p = 0; p < P; p++) offset += fixedScore[p]!;

  const model = highs.createModel({
    numCols,
    numRows,
    sense: highs.constants.objectiveSense.maximize,
    offset,
    colCost,
    colLower,
    colUpper,
    rowLower,
    rowUpper,
    matrix: { format: "csc", numRows, numCols, starts, indices: indices.subarray(0, k), values: values.subarray(0, k) },
    ...(opts.integer ? { integrality: new Int32Array(numCols).fill(1).fill(0, m) } : {}),
  });
  try {
    model.options.set({ output_flag: false, mip_rel_gap: 0, mip_abs_gap: 1e-9 });
    if (opts.timeLimitSeconds !== undefined) model.options.set({ time_limit: opts.timeLimitSeconds });
    const { modelStatus } = model.run();
    const c = highs.constants.modelStatus;
    const status = modelStatus === c.optimal ? "optimal" : modelStatus === c.infeasible ? "infeasible" : modelStatus === c.timeLimit ? "time-limit" : "other";
    const hasSolution = status === "optimal" || (status === "time-limit" && Number(model.info.get("primal_solution_status")) === 2);
    const objective = hasSolution ? model.getObjectiveValue() : NaN;
    let bound = objective;
    if (opts.integer) {
      const b = Number(model.info.get("mip_dual_bound"));
      bound = Number.isFinite(b) ? b : Infinity;
    }
    const x = hasSolution ? Float64Array.from(model.getSolution().colValue.subarray(0, m)) : null;
    return { status, statusCode: modelStatus, objective, bound, x, seconds: (performance.now() - t0) / 1000 };
  } finally {
    model.dispose();
  }
}
