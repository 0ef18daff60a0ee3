// `npm run worker`: a job worker on the PostgreSQL queue (graphile-worker). Run as many as you like, on as many
// machines as you like: they share the queue through the database, and each job runs once.
// Started by `npm start` too. Runs under tsx with the react-server condition so server-only modules load.
import { run } from "graphile-worker";
import { taskList } from "./task-list";

async function main() {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set: the worker needs the database that holds the queue");
  const runner = await run({
    connectionString,
    concurrency: Number(process.env.WORKER_CONCURRENCY ?? 2),
    // Embedded PGlite serves few connections; LISTEN/NOTIFY wakes workers, polling is only the fallback.
    maxPoolSize: Number(process.env.WORKER_POOL_SIZE ?? 4),
    pollInterval: 2000,
    // The embedded database (pglite-server) runs every client connection on one PostgreSQL session, so two pool
    // connections preparing the same named statement collide ("prepared statement … already exists"); so does a
    // transaction-mode pooler such as PgBouncer. `npm start` sets this for the embedded database.
    noPreparedStatements: process.env.WORKER_NO_PREPARED_STATEMENTS === "1",
    // Scheduled jobs are declared here, not in a crontab file: the sweep that rescues runs of dead workers.
    crontab: "* * * * * sweep-experiment-runs ?max=1",
    taskList,
  });
  await runner.addJob("sweep-experiment-runs", {}, { jobKey: "sweep-experiment-runs-startup", maxAttempts: 1 });
  console.log(`[worker] ready (concurrency ${process.env.WORKER_CONCURRENCY ?? 2})`);
  await runner.promise;
}

main().catch((error) => {
  console.error("[worker] stopped:", error);
  process.exit(1);
});
