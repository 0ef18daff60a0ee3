// Command-line flags in openreview-matcher's style: `--scores a.csv b.csv --weights 1 2`, names
// with underscores (dashes accepted too). A flag takes every following word up to the next flag.
import { z } from "zod";

export function parseMultiFlags(argv: readonly string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  let current: string[] | null = null;
  for (const a of argv) {
    // "--weights -1" is a negative number, not a flag; flags start with two dashes and a letter.
    if (/^--[a-zA-Z]/.test(a)) {
      const [name, inline] = a.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
      const key = name.replace(/-/g, "_");
      if (out[key]) throw new Error(`--${name} given twice`);
      current = out[key] = [];
      if (inline !== undefined) current.push(inline);
    } else if (current) current.push(a);
    else throw new Error(`unexpected argument "${a}" before the first flag`);
  }
  return out;
}

const one = (name: string) =>
  z
    .array(z.string())
    .refine((v) => v.length === 1, `--${name} takes exactly one value`)
    .transform((v) => v[0]!);

const count = (name: string) =>
  one(name).pipe(z.coerce.number<string>(`--${name} must be a number`).int(`--${name} must be an integer`).nonnegative(`--${name} must not be negative`));

const optionalCount = (name: string, fallback: number) => count(name).optional().transform((v) => v ?? fallback);

export const CliArgs = z
  .object({
    scores: z.array(z.string().min(1)).min(1, "--scores needs at least one file"),
    weights: z.array(z.coerce.number().refine(Number.isFinite, "each --weights value must be a finite number")).min(1, "--weights needs at least one value"),
    constraints: one("constraints").optional(),
    max_papers: one("max_papers").optional(),
    min_papers: one("min_papers").optional(),
    existing: one("existing").optional(),
    min_papers_default: optionalCount("min_papers_default", 0),
    max_papers_default: count("max_papers_default"),
    num_reviewers: count("num_reviewers"),
    solver: one("solver").pipe(z.enum(["sum", "fair"])).optional().transform((v) => v ?? "sum"),
    alternates: optionalCount("alternates", 0),
    out: one("out").pipe(z.string().min(1, "--out needs a file name")),
    fair_rounds: count("fair_rounds").optional(),
    fair_mip_max_pairs: count("fair_mip_max_pairs").optional(),
    quiet: z.array(z.string()).max(0, "--quiet takes no value").optional(),
  })
  .strict()
  .refine((a) => a.weights.length === a.scores.length, {
    message: "give one --weights value per --scores file",
    path: ["weights"],
  });

export type CliArgs = z.infer<typeof CliArgs>;

export const USAGE =
  "usage: npm run assign -- --scores FILE [FILE…] --weights W [W…] [--constraints FILE] [--max_papers FILE] " +
  "[--min_papers FILE] [--existing FILE] [--min_papers_default N] --max_papers_default N --num_reviewers N " +
  "[--solver sum|fair] [--alternates K] --out assignments.json";
