// Gradient flow vs gradient descent on a two-layer linear network L(U, V) = ½‖Y − UVᵀ‖²_F.
// With E = Y − UVᵀ the gradients are −EV and −EᵀU, so along the flow d(UᵀU)/dt = VᵀEᵀU + UᵀEV =
// d(VᵀV)/dt: the imbalance D = UᵀU − VᵀV is conserved. One GD step U += ηEV, V += ηEᵀU changes it by
// exactly η²(VᵀEᵀEV − UᵀEEᵀU) (the first-order terms cancel as in the flow). This kernel measures both.
//
// The matrices are a few rows wide, so ml-matrix's readable products are used here: the cost is
// negligible and the identities read like the algebra above.

import { Matrix } from "ml-matrix";
import { z } from "zod";
import { defineKernel } from "./kernel";
import { Rng } from "./rng";
import { createCheckpoint, type RunContext } from "./run-context";

export const linearImbalanceParams = z.strictObject({
  d1: z.number().int().min(1).max(200).default(6),
  d2: z.number().int().min(1).max(200).default(5),
  /** Hidden width (columns of U and V). */
  k: z.number().int().min(1).max(200).default(3),
  init_scale: z.number().positive().max(10).default(0.5),
  lr: z.number().positive().max(1).default(0.02),
  steps: z.number().int().min(1).max(100_000).default(500),
  /** RK4 steps of the flow per GD step: the flow is integrated with h = lr / flow_substeps over the same time. */
  flow_substeps: z.number().int().min(1).max(1000).default(10),
  seed: z.number().int().min(0).max(0xffffffff).default(0),
});

export type LinearImbalanceParams = z.output<typeof linearImbalanceParams>;

export interface LinearImbalanceResult {
  /** Time horizon T = steps·lr shared by flow and descent. */
  time: number;
  initial_imbalance_norm: number;
  flow: { drift: number; rel_drift: number; final_loss: number };
  gd: { drift: number; rel_drift: number; final_loss: number };
  one_step: {
    /** max over checked steps of ‖ΔD_actual − η²(VᵀEᵀEV − UᵀEEᵀU)‖_F / ‖η²(…)‖_F */
    max_rel_error: number | null;
    max_abs_error: number;
    checked_steps: number;
    /** Steps where the predicted change was below the round-off floor of forming D' − D (see below). */
    skipped_steps: number;
  };
  /** ‖D_t − D_0‖_F for GD every ⌈steps/100⌉ steps (and the flow at the same times). */
  trajectory: { step: number; gd_drift: number; flow_drift: number; gd_loss: number }[];
}

function gaussian(rng: Rng, rows: number, cols: number, scale: number): Matrix {
  return Matrix.from1DArray(rows, cols, Array.from(rng.fillNormal(new Float64Array(rows * cols), scale)));
}

const residual = (Y: Matrix, U: Matrix, V: Matrix): Matrix => Matrix.sub(Y, U.mmul(V.transpose()));
const imbalance = (U: Matrix, V: Matrix): Matrix => Matrix.sub(U.transpose().mmul(U), V.transpose().mmul(V));
const loss = (E: Matrix): number => 0.5 * E.norm() ** 2;

/** The gradient-flow vector field (dU, dV) = (EV, EᵀU). */
function field(Y: Matrix, U: Matrix, V: Matrix): [Matrix, Matrix] {
  const E = residual(Y, U, V);
  return [E.mmul(V), E.transpose().mmul(U)];
}

function rk4Step(Y: Matrix, U: Matrix, V: Matrix, h: number): [Matrix, Matrix] {
  const [k1u, k1v] = field(Y, U, V);
  const [k2u, k2v] = field(Y, Matrix.add(U, Matrix.mul(k1u, h / 2)), Matrix.add(V, Matrix.mul(k1v, h / 2)));
  const [k3u, k3v] = field(Y, Matrix.add(U, Matrix.mul(k2u, h / 2)), Matrix.add(V, Matrix.mul(k2v, h / 2)));
  const [k4u, k4v] = field(Y, Matrix.add(U, Matrix.mul(k3u, h)), Matrix.add(V, Matrix.mul(k3v, h)));
  const step = (X: Matrix, a: Matrix, b: Matrix, c: Matrix, d: Matrix) =>
    Matrix.add(X, a.clone().add(Matrix.mul(b, 2)).add(Matrix.mul(c, 2)).add(d).mul(h / 6));
  return [step(U, k1u, k2u, k3u, k4u), step(V, k1v, k2v, k3v, k4v)];
}

async function run(params: LinearImbalanceParams, ctx: RunContext): Promise<LinearImbalanceResult> {
  const { d1, d2, k, init_scale: scale, lr, steps, flow_substeps: sub, seed } = params;
  const rng = Rng.stream(seed, 0);
  const Y = gaussian(rng, d1, d2, 1);
  const U0 = gaussian(rng, d1, k, scale);
  const V0 = gaussian(rng, d2, k, scale);
  const D0 = imbalance(U0, V0);
  const checkpoint = createCheckpoint(ctx);
  const record = Math.max(1, Math.ceil(steps / 100));

  let U = U0.clone();
  let V = V0.clone();
  let Uf = U0.clone();
  let Vf = V0.clone();
  const h = lr / sub;
  let maxRel = 0;
  let maxAbs = 0;
  let checked = 0;
  let skipped = 0;
  const trajectory: LinearImbalanceResult["trajectory"] = [];

  for (let t = 1; t <= steps; t++) {
    const E = residual(Y, U, V);
    const EV = E.mmul(V);
    const EtU = E.transpose().mmul(U);
    const predicted = Matrix.sub(EV.transpose().mmul(EV), EtU.transpose().mmul(EtU)).mul(lr * lr);
    const Dbefore = imbalance(U, V);
    U = Matrix.add(U, Matrix.mul(EV, lr));
    V = Matrix.add(V, Matrix.mul(EtU, lr));
    const actual = Matrix.sub(imbalance(U, V), Dbefore);
    const absErr = Matrix.sub(actual, predicted).norm();
    maxAbs = Math.max(maxAbs, absErr);
    // Rounding the update U + ηEV and forming D' − D from D' and D each cost ~ε(‖U‖²_F + ‖V‖²_F), ε ≈ 1.1e-16,
    // whatever the step; near a critical point the predicted change (∝ ‖EV‖², ‖EᵀU‖²) falls below that and a
    // relative error measures round-off, not the identity. Steps whose change is ≥ 1e-5·(‖U‖² + ‖V‖²) have
    // a round-off share of ≲ 1e-11, so a 1e-10 relative check there is meaningful.
    const floor = 1e-5 * (U.norm() ** 2 + V.norm() ** 2);
    const pn = predicted.norm();
    if (pn >= floor) {
      maxRel = Math.max(maxRel, absErr / pn);
      checked++;
    } else {
      skipped++;
    }

    for (let s = 0; s < sub; s++) [Uf, Vf] = rk4Step(Y, Uf, Vf, h);

    if (t % record === 0 || t === steps) {
      trajectory.push({
        step: t,
        gd_drift: Matrix.sub(imbalance(U, V), D0).norm(),
        flow_drift: Matrix.sub(imbalance(Uf, Vf), D0).norm(),
        gd_loss: loss(residual(Y, U, V)),
      });
      await checkpoint(t / steps);
    }
  }
  await checkpoint(1);
  const d0 = D0.norm();
  const gdDrift = Matrix.sub(imbalance(U, V), D0).norm();
  const flowDrift = Matrix.sub(imbalance(Uf, Vf), D0).norm();
  return {
    time: steps * lr,
    initial_imbalance_norm: d0,
    flow: { drift: flowDrift, rel_drift: flowDrift / d0, final_loss: loss(residual(Y, Uf, Vf)) },
    gd: { drift: gdDrift, rel_drift: gdDrift / d0, final_loss: loss(residual(Y, U, V)) },
    one_step: { max_rel_error: checked ? maxRel : null, max_abs_error: maxAbs, checked_steps: checked, skipped_steps: skipped },
    trajectory,
  };
}

export const linearImbalanceKernel = defineKernel({
  description:
    "Two-layer linear network ½‖Y − UVᵀ‖²_F: the imbalance UᵀU − VᵀV under gradient flow (RK4) and GD, and the " +
    "exact one-step GD change η²(VᵀEᵀEV − UᵀEEᵀU).",
  paramsSchema: linearImbalanceParams,
  run,
  theory: () => ({
    flow_drift: 0,
    one_step_change: "η²(VᵀEᵀEV − UᵀEEᵀU) with E = Y − UVᵀ",
  }),
});
