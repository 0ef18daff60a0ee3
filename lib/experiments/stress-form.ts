// Reads a stress-test form (one input per reviewer-changeable parameter) into parameter values, with a message
// per parameter for anything that is not even the right shape; ranges are checked by validateOverrides.
import type { Manifest, ParameterValue } from "./manifest";

export function readParameterInputs(manifest: Manifest, form: FormData, only: "changeable" | "all"): { values: Record<string, ParameterValue>; errors: Record<string, string[]> } {
  const values: Record<string, ParameterValue> = {};
  const errors: Record<string, string[]> = {};
  for (const [name, p] of Object.entries(manifest.parameters)) {
    if (only === "changeable" && !p.reviewerChangeable) continue;
    const raw = form.get(`param.${name}`);
    if (p.type === "boolean") {
      values[name] = raw === "on" || raw === "true";
      continue;
    }
    if (typeof raw !== "string" || raw.trim() === "") continue; // keep the default
    if (p.type === "string") values[name] = raw;
    else if (p.type === "number[]") {
      const items = raw.split(/[,\s]+/).filter(Boolean).map(Number);
      if (items.some((v) => !Number.isFinite(v))) (errors[`param.${name}`] ??= []).push(`Give numbers separated by commas, e.g. ${p.default.slice(0, 3).join(", ")}`);
      else values[name] = items;
    } else {
      const v = Number(raw);
      if (!Number.isFinite(v)) (errors[`param.${name}`] ??= []).push(`"${raw}" is not a number`);
      else values[name] = v;
    }
  }
  return { values, errors };
}
