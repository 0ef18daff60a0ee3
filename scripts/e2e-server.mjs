// The server Playwright tests run against: a production build on a fresh local database with the demo venue,
// its outbox in .tangent/e2e so tests can open emailed links.
import { spawn, spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createTestDatabase } from "./test-db.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const port = process.env.E2E_PORT ?? "3100";
// Separate names let two checkouts on one machine run their browser tests at the same time.
const database = process.env.E2E_DB ?? "tangent_e2e";
const dataDir = path.join(root, ".tangent", database);
rmSync(dataDir, { recursive: true, force: true });

const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  CHECKPOINT_DISABLE: "1",
  DATABASE_URL: await createTestDatabase(database),
  TANGENT_DATA_DIR: dataDir,
  APP_URL: `http://localhost:${port}`,
  AUTH_URL: `http://localhost:${port}`,
  AUTH_SECRET: "e2e-only-secret-not-for-production-000000000",
  // Short enough that a test can wait one out.
  INVITE_TTL_HOURS: process.env.INVITE_TTL_HOURS ?? "168",
};
const seeded = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", "prisma/seed.ts"], { cwd: root, env, stdio: "inherit" });
if (seeded.status !== 0) process.exit(seeded.status ?? 1);
const worker = spawn(path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", "lib/runner/worker.ts"], { cwd: root, env, stdio: "inherit" });
// The production server as `npm start` and the container run it (scripts/serve.mjs; WEB_CONCURRENCY processes).
const server = spawn(process.execPath, ["scripts/serve.mjs", "--port", port], { cwd: root, env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    worker.kill(signal);
    server.kill(signal);
  });
}
server.on("exit", (code) => {
  worker.kill("SIGTERM");
  process.exit(code ?? 0);
});
