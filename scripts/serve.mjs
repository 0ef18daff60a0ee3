// The production web server: the Next.js build served by WEB_CONCURRENCY processes sharing one port (Node's
// cluster module; the primary hands each new connection to the next process in turn). One Next.js process runs
// requests on one thread, so on a machine with more than one core a single process becomes the queue under load
// (docs/decisions/0014-web-server-processes.md). The processes share nothing that matters: sessions are
// cookies, state is in PostgreSQL.
//
//   node scripts/serve.mjs [--port 3000] [--hostname 0.0.0.0]    WEB_CONCURRENCY=2 (default: the machine's CPUs, at most 4)
import cluster from "node:cluster";
import { createServer } from "node:http";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } } });
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname ?? process.env.HOSTNAME ?? "0.0.0.0";
const root = path.resolve(import.meta.dirname, "..");

function processCount() {
  const raw = process.env.WEB_CONCURRENCY;
  if (raw === undefined || raw === "") return Math.max(1, Math.min(4, os.availableParallelism()));
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 64) {
    console.error(`WEB_CONCURRENCY must be a whole number from 1 to 64, not "${raw}"`);
    process.exit(2);
  }
  return n;
}

if (cluster.isPrimary) {
  const count = processCount();
  let stopping = false;
  let ready = 0;
  const fork = () => cluster.fork();
  const readyIds = new Set();
  cluster.on("message", (worker, message) => {
    if (message === "ready") readyIds.add(worker.id);
    if (message === "ready" && ++ready === count) {
      console.log(`Tangent web server on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port} (${count} process${count === 1 ? "" : "es"})`);
    }
  });
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(process.exitCode ?? 0);
      return;
    }
    // A process that dies before serving (no build, bad configuration) would die again: stop with its error
    // rather than fork forever. One that crashes later is replaced; the others kept serving meanwhile.
    if (!readyIds.has(worker.id)) {
      console.error(`web process ${worker.process.pid} exited (${signal ?? code}) before it was ready; stopping`);
      stopping = true;
      for (const w of Object.values(cluster.workers ?? {})) w?.process.kill("SIGTERM");
      process.exitCode = 1;
      setTimeout(() => process.exit(1), 5000).unref();
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(1);
      return;
    }
    readyIds.delete(worker.id);
    console.error(`web process ${worker.process.pid} exited (${signal ?? code}); starting another`);
    fork();
  });
  const stop = () => {
    if (stopping) return;
    stopping = true;
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill("SIGTERM");
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  for (let i = 0; i < count; i++) fork();
} else {
  process.env.NODE_ENV = "production";
  const { default: next } = await import("next");
  const app = next({ dev: false, dir: root, hostname, port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      console.error(error);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });
  server.listen(port, hostname, () => process.send?.("ready"));
  // Ctrl+C reaches every process of the terminal's group: the primary alone decides, so a process it is about
  // to stop is not mistaken for a crash and replaced.
  process.on("SIGINT", () => {});
  process.on("SIGTERM", () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5000).unref();
  });
}
