// The assumption taxonomy of a deep-learning-theory theorem: one schema for author declarations, reviewer
// readings, storage, import/export and charts. Pure (zod only) so engines, seeds and the browser can share it.
import { z } from "zod";

/** A categorical assumption: its key, how people name it, and the values it can take in order. */
export interface AssumptionField<K extends string = string> {
  key: K;
  label: string;
  help: string;
  options: readonly { value: string; label: string }[];
}

function field<const V extends readonly [string, ...string[]]>(
  key: string,
  label: string,
  help: string,
  options: { [I in keyof V]: { value: V[I]; label: string } },
) {
  const values = options.map((o) => o.value) as unknown as V;
  return { meta: { key, label, help, options } as AssumptionField, schema: z.enum(values) };
}

export const architecture = field("architecture", "Architecture", "Activation and model class", [
  { value: "linear", label: "Linear" },
  { value: "relu", label: "ReLU" },
  { value: "smooth", label: "Smooth activation" },
  { value: "homogeneous", label: "Homogeneous" },
  { value: "other", label: "Other" },
] as const);

export const width = field("width", "Width", "How wide the network must be", [
  { value: "finite", label: "Finite, fixed" },
  { value: "overparameterized", label: "Finite, over-parameterized (m ≥ …)" },
  { value: "proportional", label: "Proportional to n or d" },
  { value: "infinite", label: "Infinite" },
] as const);

export const parameterization = field("parameterization", "Parameterization", "How weights scale with width", [
  { value: "standard", label: "Standard" },
  { value: "ntk", label: "NTK" },
  { value: "mean_field", label: "Mean-field" },
  { value: "mup", label: "μP" },
  { value: "other", label: "Other" },
] as const);

export const trainingRegime = field("trainingRegime", "Training regime", "Whether features move", [
  { value: "lazy", label: "Lazy / kernel" },
  { value: "rich", label: "Rich / feature learning" },
  { value: "unspecified", label: "Unspecified" },
] as const);

export const optimizer = field("optimizer", "Optimizer", "The training algorithm analysed", [
  { value: "gradient_flow", label: "Gradient flow" },
  { value: "gd", label: "Gradient descent" },
  { value: "sgd", label: "SGD" },
  { value: "momentum", label: "Momentum" },
  { value: "adam", label: "Adam" },
] as const);

export const stepSize = field("stepSize", "Step size", "How large the steps may be", [
  { value: "infinitesimal", label: "Infinitesimal" },
  { value: "below_2_over_L", label: "Constant below 2/L" },
  { value: "edge_of_stability", label: "Edge of stability" },
  { value: "schedule", label: "Schedule / adaptive" },
] as const);

export const initScale = field("initScale", "Initialization scale", "How large the initial weights are", [
  { value: "small", label: "Small" },
  { value: "order_one", label: "Order one" },
  { value: "large", label: "Large" },
  { value: "alpha_scaled", label: "α-scaled" },
] as const);

export const initStructure = field("initStructure", "Initialization structure", "How the initial weights are drawn", [
  { value: "gaussian_iid", label: "Gaussian i.i.d." },
  { value: "balanced", label: "Balanced" },
  { value: "spectral", label: "Spectral" },
  { value: "orthogonal", label: "Orthogonal" },
  { value: "zero", label: "Zero" },
  { value: "general", label: "General" },
] as const);

export const loss = field("loss", "Loss", "The training objective", [
  { value: "squared", label: "Squared" },
  { value: "logistic", label: "Logistic" },
  { value: "cross_entropy", label: "Cross-entropy" },
  { value: "exponential", label: "Exponential" },
  { value: "general", label: "General (smooth, convex, …)" },
] as const);

export const dataModel = field("data", "Data model", "What is assumed of the inputs and labels", [
  { value: "isotropic_gaussian", label: "Isotropic Gaussian" },
  { value: "general_gaussian", label: "General Gaussian" },
  { value: "kernel_eigenvalue", label: "Deterministic, kernel-eigenvalue condition" },
  { value: "separable_margin", label: "Separable with margin" },
  { value: "teacher_student", label: "Teacher–student" },
  { value: "real_data", label: "Real data" },
] as const);

export const sampleRegime = field("sampleRegime", "Sample regime", "How n relates to the other sizes", [
  { value: "fixed_n", label: "Fixed n" },
  { value: "n_to_infinity", label: "n → ∞" },
  { value: "proportional", label: "Proportional p/n → γ" },
  { value: "polynomial", label: "Polynomial" },
] as const);

export const timeHorizon = field("timeHorizon", "Time horizon", "Over what training time the claim holds", [
  { value: "finite", label: "Finite T" },
  { value: "infinite", label: "t → ∞ (at convergence)" },
  { value: "early_stopping", label: "Early stopping" },
] as const);

export const claimType = field("claimType", "Claim type", "What the theorem concludes", [
  { value: "convergence_rate", label: "Convergence rate" },
  { value: "implicit_bias", label: "Implicit bias" },
  { value: "generalization_bound", label: "Generalization bound" },
  { value: "exact_asymptotic_risk", label: "Exact asymptotic risk" },
] as const);

/** Every categorical field, in the order forms and the assumption matrix show them. */
export const ASSUMPTION_FIELDS: readonly AssumptionField[] = [
  architecture.meta,
  width.meta,
  parameterization.meta,
  trainingRegime.meta,
  optimizer.meta,
  stepSize.meta,
  initScale.meta,
  initStructure.meta,
  loss.meta,
  dataModel.meta,
  sampleRegime.meta,
  timeHorizon.meta,
  claimType.meta,
];

export const assumptionsSchema = z
  .object({
    architecture: architecture.schema,
    /** A number of layers, or "unbounded" when the result holds at any depth. */
    depth: z.union([z.number().int().min(1).max(10_000), z.literal("unbounded")]),
    width: width.schema,
    /** The stated over-parameterization requirement, e.g. "m ≥ poly(n, 1/λ₀)". */
    widthRequirement: z.string().trim().max(200).optional(),
    parameterization: parameterization.schema,
    trainingRegime: trainingRegime.schema,
    optimizer: optimizer.schema,
    batchSize: z.number().int().min(1).optional(),
    stepSize: stepSize.schema,
    initScale: initScale.schema,
    initAlpha: z.number().positive().optional(),
    initStructure: initStructure.schema,
    loss: loss.schema,
    data: dataModel.schema,
    sampleRegime: sampleRegime.schema,
    timeHorizon: timeHorizon.schema,
    claimType: claimType.schema,
  })
  .strict()
  .superRefine((a, ctx) => {
    if (a.width === "overparameterized" && !a.widthRequirement) {
      ctx.addIssue({ code: "custom", path: ["widthRequirement"], message: "State the over-parameterization requirement, e.g. m ≥ poly(n)" });
    }
    if (a.optimizer === "sgd" && a.batchSize === undefined) {
      ctx.addIssue({ code: "custom", path: ["batchSize"], message: "SGD needs its batch size" });
    }
    if (a.initScale === "alpha_scaled" && a.initAlpha === undefined) {
      ctx.addIssue({ code: "custom", path: ["initAlpha"], message: "An α-scaled initialization needs its α" });
    }
  });

export type Assumptions = z.infer<typeof assumptionsSchema>;
export type AssumptionKey = Exclude<keyof Assumptions, "widthRequirement" | "batchSize" | "initAlpha" | "depth">;

/** The label of a value of a categorical field ("ntk" → "NTK"), or the value itself when unknown. */
export function optionLabel(fieldKey: string, value: unknown): string {
  const f = ASSUMPTION_FIELDS.find((x) => x.key === fieldKey);
  return f?.options.find((o) => o.value === value)?.label ?? String(value);
}

/** A theorem as declared by its authors. */
export const theoremInputSchema = z.object({
  label: z.string().trim().min(1, "Give the theorem a label, e.g. Theorem 1").max(80),
  statement: z.string().trim().min(1, "State the theorem").max(10_000),
  assumptions: assumptionsSchema,
});
export type TheoremInput = z.infer<typeof theoremInputSchema>;
