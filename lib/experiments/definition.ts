// Turns what an author hands in — a bundle, or (for built-in kernels) a manifest and a claimed CSV typed into a
// form — into a checked experiment definition, or every problem with the field or line it is on.

import { createHash } from "node:crypto";
import type { SeriesPoint } from "@/lib/engines/figures/types";
import type { ReadBundle } from "./bundle-archive";
import { MANIFEST_FILE, parseClaimedCsv, parseManifest, type FieldError, type Manifest } from "./manifest";

export interface ExperimentDefinition {
  manifest: Manifest;
  manifestHash: string;
  claimedPoints: SeriesPoint[];
}

export type DefinitionResult = { ok: true; definition: ExperimentDefinition } | { ok: false; errors: FieldError[] };

/** Stable across key order, so the same manifest always has the same hash. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export function manifestHash(m: Manifest): string {
  return createHash("sha256").update(canonical(m)).digest("hex");
}

function claimedErrors(file: string, errors: { line?: number; column?: string; message: string }[]): FieldError[] {
  return errors.map((e) => ({ path: "claimed.file", message: `${file}${e.line ? ` line ${e.line}` : ""}: ${e.message}` }));
}

export function defineFromForm(manifestJson: string, claimedCsv: string): DefinitionResult {
  const parsed = parseManifest(manifestJson);
  if (!parsed.ok) return parsed;
  const m = parsed.manifest;
  if (m.runtime.kind !== "builtin") {
    return { ok: false, errors: [{ path: "runtime.kind", message: "Node and Python experiments are uploaded as a bundle (.zip or .tar.gz) with their scripts" }] };
  }
  if (!claimedCsv.trim()) return { ok: false, errors: [{ path: "claimed.file", message: "Upload the CSV with the numbers behind the paper's figure" }] };
  const claimed = parseClaimedCsv(claimedCsv, m.claimed);
  if (!claimed.ok) return { ok: false, errors: claimedErrors("claimed CSV", claimed.errors) };
  return { ok: true, definition: { manifest: m, manifestHash: manifestHash(m), claimedPoints: claimed.points } };
}

export function defineFromBundle(bundle: ReadBundle): DefinitionResult {
  const byPath = new Map(bundle.files.map((f) => [f.path, f.data]));
  const raw = byPath.get(MANIFEST_FILE);
  if (!raw) {
    const nested = bundle.files.find((f) => f.path.endsWith(`/${MANIFEST_FILE}`));
    return {
      ok: false,
      errors: [{ path: "", message: `The bundle has no ${MANIFEST_FILE} at its root${nested ? ` (found ${nested.path}; put it at the top level)` : ""}` }],
    };
  }
  const parsed = parseManifest(raw.toString("utf8"));
  if (!parsed.ok) return parsed;
  const m = parsed.manifest;
  const errors: FieldError[] = [];
  if (m.runtime.kind !== "builtin" && !byPath.has(m.runtime.entry)) {
    errors.push({ path: "runtime.entry", message: `"${m.runtime.entry}" is not in the bundle` });
  }
  const claimedBytes = byPath.get(m.claimed.file);
  if (!claimedBytes) {
    errors.push({ path: "claimed.file", message: `"${m.claimed.file}" is not in the bundle` });
    return { ok: false, errors };
  }
  const claimed = parseClaimedCsv(claimedBytes.toString("utf8"), m.claimed);
  if (!claimed.ok) errors.push(...claimedErrors(m.claimed.file, claimed.errors));
  if (errors.length || !claimed.ok) return { ok: false, errors };
  return { ok: true, definition: { manifest: m, manifestHash: manifestHash(m), claimedPoints: claimed.points } };
}
