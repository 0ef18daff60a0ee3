// Attaching an experiment to a paper, from a bundle or from the built-in form: check everything, store the
// bundle by hash, save the experiment and queue its first run at the declared settings. Used by the authors'
// page and by the demo seed, so both go through the same checks.
import "server-only";
import { BundleError, readBundle } from "./bundle-archive";
import { storeBundle } from "./bundle-store";
import { defineFromBundle, defineFromForm, type DefinitionResult } from "./definition";
import type { FieldError } from "./manifest";
import { validateOverrides } from "./manifest";
import { createExperiment } from "./mutations";

/** The demo seed's own database connection; the app's when absent. */
type PrismaClient = NonNullable<Parameters<typeof createExperiment>[1]>;

export type AttachResult = { ok: true; experimentId: string; runId: string } | { ok: false; errors: FieldError[] };

interface Target {
  venueId: string;
  submissionId: string;
  actorId: string;
}

async function save(target: Target, defined: DefinitionResult, bundle: Parameters<typeof createExperiment>[0]["bundle"], client?: PrismaClient): Promise<AttachResult> {
  if (!defined.ok) return defined;
  const defaults = validateOverrides(defined.definition.manifest, {}, { role: "author" });
  if (!defaults.ok) return defaults;
  const created = await createExperiment({ ...target, definition: defined.definition, bundle, defaults: defaults.values }, client);
  return { ok: true, ...created };
}

export async function attachBundle(target: Target, archive: Buffer, client?: PrismaClient): Promise<AttachResult> {
  let bundle;
  try {
    bundle = await readBundle(archive);
  } catch (e) {
    if (e instanceof BundleError) return { ok: false, errors: [{ path: "bundle", message: e.message }] };
    throw e;
  }
  const defined = defineFromBundle(bundle);
  if (!defined.ok) return defined;
  await storeBundle(bundle, archive);
  const info = {
    hash: bundle.hash,
    format: bundle.format,
    archiveBytes: bundle.archiveBytes,
    unpackedBytes: bundle.unpackedBytes,
    files: bundle.files.map((f) => ({ path: f.path, size: f.data.length })),
  };
  return save(target, defined, info, client);
}

export function attachBuiltin(target: Target, manifestJson: string, claimedCsv: string, client?: PrismaClient): Promise<AttachResult> {
  return save(target, defineFromForm(manifestJson, claimedCsv), null, client);
}
