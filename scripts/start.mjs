#!/usr/bin/env node
// `npm start`: one command from a fresh clone to a running Tangent.
//  - no DATABASE_URL → an embedded PostgreSQL (PGlite served on a local port), its data in TANGENT_DATA_DIR;
//  - applies the committed migrations, seeds the demo venue (once), builds what is missing,
//  - starts the web server and prints where to sign in and as whom.
// Plain Node (no TypeScript) so it runs before anything is built.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const children = [];

Object.assign(process.env, { NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" });
const env = process.env;
const dataDir = path.resolve(root, env.TANGENT_DATA_DIR ?? ".tangent");
const port = Number(env.PORT ?? 3000);
mkdirSync(dataDir, { recursive: true });
env.TANGENT_DATA_DIR = dataDir;
env.APP_URL ??= `http://localhost:${port}`;
// Auth.js builds its URLs from this; browse via localhost (see README).
env.AUTH_URL ??= env.APP_URL;
env.AUTH_SECRET ??= persistentSecret(path.join(dataDir, "auth-secret"));

function log(message) {
  console.log(`[tangent] ${message}`);
}

function fail(message) {
  console.error(`[tangent] ${message}`);
  shutdown(1);
}

function persistentSecret(file) {
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

function run(label, command, args, extraEnv = {}) {
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, env: { ...env, ...extraEnv }, stdio: "inherit" });
  if (result.status !== 0) fail(`${label} failed (exit ${result.status ?? result.signal}).`);
  log(`${label} done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port: p } = srv.address();
      srv.close(() => resolve(p));
    });
  });
}

async function waitFor(check, what, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  fail(`${what} did not come up within ${timeoutMs / 1000} s.`);
}

function portOpen(p) {
  return new Promise((resolve) => {
    const socket = net.connect(p, "127.0.0.1");
    socket.once("connect", () => (socket.end(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

function startChild(label, command, args, extraEnv = {}) {
  const child = spawn(command, args, { cwd: root, env: { ...env, ...extraEnv }, stdio: ["ignore", "inherit", "inherit"] });
  child.on("exit", (code, signal) => {
    if (!shuttingDown) fail(`${label} stopped unexpectedly (${signal ?? `exit ${code}`}).`);
  });
  children.push(child);
  return child;
}

function stopChild(child, timeoutMs = 10_000) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => (child.kill("SIGKILL"), resolve()), timeoutMs);
    child.once("exit", () => (clearTimeout(timer), resolve()));
    child.kill("SIGTERM");
  });
}

let shuttingDown = false;
async function shutdown(code = 0) {
  if (shuttingDown) return;
  shuttingDown = true;
  // One at a time, the web server first and the database last, so PGlite closes its files with no client
  // mid-write and a restart never finds two servers on one data folder.
  for (const child of [...children].reverse()) await stopChild(child);
  process.exit(code);
}
process.on("SIGINT", () => shutdown(0));
process.on("SIGTERM", () => shutdown(0));

function portFree(p) {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once("error", () => resolve(false));
    srv.listen(p, () => srv.close(() => resolve(true)));
  });
}

async function main() {
  const t0 = Date.now();
  if (!(await portFree(port))) {
    fail(`Port ${port} is already in use (another Tangent?). Stop it, or choose another port: PORT=${port + 1} npm start`);
    return;
  }
  if (!env.DATABASE_URL) {
    const dbPort = env.PGLITE_PORT ? Number(env.PGLITE_PORT) : await freePort();
    const pgdata = path.join(dataDir, "pgdata");
    log(`starting the embedded database (PGlite) with its data in ${path.relative(root, pgdata) || pgdata}`);
    startChild("The embedded database", bin("pglite-server"), [`--db=${pgdata}`, `--port=${dbPort}`, "--host=127.0.0.1", "--max-connections=10"]);
    await waitFor(() => portOpen(dbPort), "The embedded database", 60_000);
    env.DATABASE_URL = `postgresql://postgres:postgres@127.0.0.1:${dbPort}/postgres`;
    // PGlite runs one query at a time; a small pool avoids queueing connections it cannot serve in parallel.
    env.DATABASE_POOL_SIZE ??= "4";
    // …and more web processes would only wait on it (and exceed its connections): one is enough.
    env.WEB_CONCURRENCY ??= "1";
    // It also runs every connection on one session: named prepared statements of two connections would collide.
    env.WORKER_NO_PREPARED_STATEMENTS ??= "1";
  } else {
    log("using the database at DATABASE_URL");
  }

  if (!existsSync(path.join(root, "lib/db/generated/client.ts"))) run("Generating the Prisma client", bin("prisma"), ["generate"]);
  run("Applying migrations", process.execPath, ["scripts/migrate.mjs"]);
  run("Seeding the demo venue", bin("tsx"), ["--conditions=react-server", "prisma/seed.ts", "--if-empty"]);
  if (!existsSync(path.join(root, ".next", "BUILD_ID"))) run("Building the web app (first start only)", bin("next"), ["build"]);

  startChild("The job worker", bin("tsx"), ["--conditions=react-server", "lib/runner/worker.ts"], { WORKER_POOL_SIZE: env.DATABASE_POOL_SIZE ?? "4" });
  startChild("The web server", process.execPath, ["scripts/serve.mjs", "--port", String(port)]);
  await waitFor(async () => {
    try {
      return (await fetch(`http://127.0.0.1:${port}/api/health`)).ok;
    } catch {
      return false;
    }
  }, "The web server", 120_000);

  const logins = JSON.parse(readFileSync(path.join(dataDir, "demo-logins.json"), "utf8"));
  const roleName = (r) => r.toLowerCase().replace(/_/g, " ");
  const width = Math.max(...logins.accounts.map((a) => roleName(a.role).length));
  console.log(
    [
      "",
      `Tangent is running at ${env.APP_URL}  (ready in ${((Date.now() - t0) / 1000).toFixed(0)} s)`,
      "",
      `Demo venue: ${logins.venue}. Sign in as any of these (password: ${logins.password}):`,
      ...logins.accounts.map((a) => `  ${roleName(a.role).padEnd(width)}  ${a.email}`),
      "",
      `Emails (invitations, password resets) are written to ${path.join(dataDir, "outbox")} unless SMTP_URL is set.`,
      "Press Ctrl+C to stop.",
      "",
    ].join("\n"),
  );
}

main().catch((error) => fail(error?.stack ?? String(error)));
