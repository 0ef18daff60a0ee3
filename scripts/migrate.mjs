// Bring a database to the current schema: Prisma's committed migrations, then the job queue's own schema
// (graphile-worker manages its tables itself). Shared by `npm start`, the test databases and `npm run db:migrate`.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export function migrateAll(databaseUrl, { quiet = false } = {}) {
  const env = { ...process.env, DATABASE_URL: databaseUrl, CHECKPOINT_DISABLE: "1" };
  for (const [label, command, args] of [
    ["prisma migrate deploy", "prisma", ["migrate", "deploy"]],
    ["job queue schema", "graphile-worker", ["--schema-only"]],
  ]) {
    const result = spawnSync(path.join(root, "node_modules/.bin", command), args, { cwd: root, env, encoding: "utf8", stdio: quiet ? "pipe" : "inherit" });
    if (result.status !== 0) throw new Error(`${label} failed:\n${result.stdout ?? ""}\n${result.stderr ?? ""}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  if (!process.env.DATABASE_URL) {
    console.error("DATABASE_URL is not set");
    process.exit(1);
  }
  migrateAll(process.env.DATABASE_URL);
}
