import { existsSync, readdirSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "prisma/config";

const root = path.dirname(fileURLToPath(import.meta.url));

/**
 * Is a native Prisma schema engine available, so that the CLI will not try to download one?
 * Prisma looks in node_modules/@prisma/engines (where `npm install` puts it when online), next to
 * the CLI, and copies it from its download cache (~/.cache/prisma/master/<engines version>/…).
 */
function hasNativeSchemaEngine(): boolean {
  const isEngine = (name: string) => name.startsWith("schema-engine-") && !/\.(gz|sha256|sig|tmp)$/.test(name);
  for (const dir of ["node_modules/@prisma/engines", "node_modules/prisma"].map((d) => path.join(root, d))) {
    if (existsSync(dir) && readdirSync(dir).some(isEngine)) return true;
  }
  try {
    const pkg = JSON.parse(readFileSync(path.join(root, "node_modules/@prisma/engines-version/package.json"), "utf8"));
    const version: string | undefined = pkg.prisma?.enginesVersion;
    const cache = path.join(process.env.XDG_CACHE_HOME ?? path.join(homedir(), ".cache"), "prisma/master", version ?? "");
    if (version && existsSync(cache)) {
      return readdirSync(cache).some((target) => existsSync(path.join(cache, target, "schema-engine")));
    }
  } catch {
    // no readable cache: treat as absent
  }
  return false;
}

// Offline, the Prisma CLI (even `prisma generate`) fails trying to download its native schema
// engine. When none is installed and the user has not chosen one, use our shim, which runs the
// same engine compiled to WebAssembly (see scripts/prisma-schema-engine.mjs). Machines where the
// native engine was installed keep using it unchanged. PRISMA_SCHEMA_ENGINE_SHIM=1 forces the
// shim, PRISMA_SCHEMA_ENGINE_SHIM=0 turns it off.
const shim = process.env.PRISMA_SCHEMA_ENGINE_SHIM;
const userChoseEngine = Boolean(process.env.PRISMA_SCHEMA_ENGINE_BINARY || process.env.PRISMA_MIGRATION_ENGINE_BINARY);
if (shim === "1" || (shim !== "0" && !userChoseEngine && !hasNativeSchemaEngine())) {
  process.env.PRISMA_SCHEMA_ENGINE_BINARY = path.join(root, "scripts/prisma-schema-engine.mjs");
}

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx --conditions=react-server prisma/seed.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/tangent_dev" },
});
