// Bundles live on disk once per content hash: <data dir>/bundles/<sha256>/{archive, files/…}. Writing is
// idempotent and atomic (a temporary folder renamed into place), so two uploads of the same archive are safe.

import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { cp, mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { dataDir } from "@/lib/config/env";
import type { ReadBundle } from "./bundle-archive";

const HASH = /^[0-9a-f]{64}$/;

export function bundlesRoot(): string {
  return path.join(dataDir(), "bundles");
}

export function bundleFilesDir(hash: string): string {
  if (!HASH.test(hash)) throw new Error(`Not a bundle hash: ${hash}`);
  return path.join(bundlesRoot(), hash, "files");
}

export async function storeBundle(bundle: ReadBundle, archive: Buffer): Promise<string> {
  const final = path.join(bundlesRoot(), bundle.hash);
  if (existsSync(path.join(final, "files"))) return final;
  const staging = path.join(bundlesRoot(), `.staging-${randomUUID()}`);
  await mkdir(path.join(staging, "files"), { recursive: true });
  try {
    await writeFile(path.join(staging, `archive.${bundle.format}`), archive);
    for (const f of bundle.files) {
      const target = path.join(staging, "files", f.path);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, f.data, { mode: 0o644 });
    }
    await rename(staging, final).catch(async (e: NodeJS.ErrnoException) => {
      // Another upload of the same bytes won the race: theirs is identical.
      if (e.code !== "ENOTEMPTY" && e.code !== "EEXIST") throw e;
    });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return final;
}

/** Copies a stored bundle's files into a run's working folder. */
export async function copyBundleInto(hash: string, dir: string): Promise<void> {
  const src = bundleFilesDir(hash);
  if (!existsSync(src)) throw new Error(`Bundle ${hash.slice(0, 12)} is missing from ${bundlesRoot()}; was the data folder moved?`);
  await cp(src, dir, { recursive: true });
}
