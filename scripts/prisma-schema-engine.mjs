#!/usr/bin/env node
// Stand-in for Prisma's native "schema engine" binary, for machines that cannot download it.
//
// Why: the Prisma CLI (migrate, db push, and even `prisma generate`) insists on a native
// `schema-engine` executable that it fetches from Prisma's binary server at run time. Offline
// that download fails ("request to …/schema-engine.gz.sha256 failed … ENOTFOUND"). The very
// same engine ships on npm compiled to WebAssembly (@prisma/schema-engine-wasm); it reaches the
// database through a JavaScript driver adapter (@prisma/adapter-pg) instead of its own drivers.
//
// How: prisma.config.ts points PRISMA_SCHEMA_ENGINE_BINARY at this file when no native engine is
// installed. The CLI then spawns it exactly as it would spawn the binary:
//
//   prisma-schema-engine.mjs --version
//       → print "schema-engine-cli <commit>"  (`prisma -v`, version checks)
//   prisma-schema-engine.mjs --datasource '{"url":…}' cli <can-connect-to-database|create-database|drop-database>
//       → one-shot helpers used before `migrate dev/deploy` (e.g. create a missing database).
//         Errors go to stderr as JSON log lines; the CLI skips the first stderr line and reads
//         `fields.error_code` / `fields.message` of the line with level ERROR (P1003 = no such db).
//   prisma-schema-engine.mjs [--datamodels <schema file>]… [--datasource '{"url":…,"shadowDatabaseUrl":…}']
//       → JSON-RPC 2.0 server, one JSON object per line on stdin/stdout. Every method is
//         delegated to the WASM engine (same method names, same params: the CLI passes schema
//         and migration file *contents* inside the params, so the engine needs no file access).
//
// Only PostgreSQL is supported (that is all this project uses). The datasource URL comes from
// --datasource (what the CLI passes, built from prisma.config.ts) or else from DATABASE_URL.
//
// Work-arounds for bugs in the JS stack (all verified with adapter-pg / pg as pinned in package.json):
//  1. adapter-pg's connectToShadowDb() issues DROP DATABASE for the shadow database *before* it
//     ends that database's connection pool, so PostgreSQL refuses ("is being accessed by other
//     users"). We create/drop the shadow database ourselves and close the pool first.
//  2. adapter-pg passes `{ ...config, database }` to pg, but pg ignores `database` when the config
//     has a `connectionString`, so the "shadow" pool would silently point at the main database.
//     We parse the URL into a plain config object (pg-connection-string) and override the field.
//  3. adapter-pg has no column-type mapping for PostgreSQL's internal one-byte `"char"` type
//     (OID 18, used by catalog columns such as pg_class.relkind that the engine's introspection
//     reads), and fails with "… could not be deserialized". We re-label such result columns as
//     `text` (and `"char"[]` as `text[]`) inside pg before adapter-pg sees them; the value pg
//     hands over is already the one-character string.
//  4. adapter-pg's executeScript() splits scripts on every ";" — wrong for migration files with
//     semicolons in string literals, dollar-quoted function bodies or DO blocks. We send the
//     script as one simple-protocol query, which is what the native engine does.
//  5. The pg pools and the WASM runtime keep the event loop alive (~10 s) after the CLI is done,
//     so we call process.exit() once stdin closes and pending requests have been answered.

import { createRequire } from "node:module";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import readline from "node:readline";
import { fileURLToPath } from "node:url";

// ───────────── command line ─────────────

function parseArgs(argv) {
  const out = { datamodels: [], datasource: null, cli: null, version: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--version" || a === "-V") out.version = true;
    else if (a === "--datamodels") out.datamodels.push(argv[++i]);
    else if (a === "--datasource") out.datasource = JSON.parse(argv[++i]);
    else if (a === "--enabled-preview-features" || a === "--extension-types") i++; // not supported by the WASM engine's constructor
    else if (a === "cli") out.cli = argv[++i];
  }
  return out;
}

const args = parseArgs(process.argv.slice(2));

// `prisma -v` / `prisma version` run `<engine> --version` and show the text.
if (args.version) {
  const wasmPkg = JSON.parse(readFileSync(new URL("package.json", import.meta.resolve("@prisma/schema-engine-wasm/schema_engine_bg")), "utf8"));
  process.stdout.write(`schema-engine-cli ${wasmPkg.version.split(".").pop()} (wasm shim)\n`);
  process.exit(0);
}

const mainUrl = args.datasource?.url ?? process.env.DATABASE_URL ?? null;
const shadowUrl = args.datasource?.shadowDatabaseUrl ?? null;

// Resolve `pg` the way @prisma/adapter-pg does, so the patch below hits the instance it uses.
const requireFromAdapter = createRequire(fileURLToPath(import.meta.resolve("@prisma/adapter-pg")));
const pg = requireFromAdapter("pg");
const { parse: parseConnectionString } = createRequire(requireFromAdapter.resolve("pg"))("pg-connection-string");

/** A pg config object for `url` (bug 2: never hand pg a connectionString we want to override). */
function pgConfig(url, overrides = {}) {
  const cfg = { ...parseConnectionString(url) };
  delete cfg.schema; // Prisma's ?schema= is not a pg option; it is passed to adapter-pg separately.
  if (cfg.port) cfg.port = Number(cfg.port);
  return { ...cfg, ...overrides };
}

function schemaOf(url) {
  try {
    return new URL(url).searchParams.get("schema") ?? undefined;
  } catch {
    return undefined;
  }
}

const quoteIdent = (name) => `"${String(name).replaceAll('"', '""')}"`;

async function withClient(cfg, fn) {
  const client = new pg.Client(cfg);
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

// ───────────── `cli` one-shot subcommands ─────────────

/** Map a pg connection error to the Prisma error code the CLI expects. */
function prismaConnectionError(error, cfg) {
  const where = `${cfg.host ?? "localhost"}:${cfg.port ?? 5432}`;
  if (error.code === "3D000") return { code: "P1003", message: `Database \`${cfg.database}\` does not exist on the database server at \`${where}\`.` };
  if (error.code === "28P01" || error.code === "28000") return { code: "P1000", message: `Authentication failed against database server at \`${where}\`, the provided database credentials for \`${cfg.user}\` are not valid.` };
  if (["ECONNREFUSED", "ENOTFOUND", "EHOSTUNREACH", "ETIMEDOUT", "EAI_AGAIN"].includes(error.code)) return { code: "P1001", message: `Can't reach database server at \`${where}\`` };
  if (error.code === "42P04") return { code: "P1009", message: `Database \`${cfg.database}\` already exists on the database server at \`${where}\`` };
  return { code: undefined, message: error.message };
}

function failCli({ code, message }) {
  // The CLI ignores the first stderr line and parses every later one as JSON.
  process.stderr.write(JSON.stringify({ level: "INFO", target: "schema_engine::logger", fields: { message: "wasm schema engine shim" } }) + "\n");
  process.stderr.write(JSON.stringify({ level: "ERROR", target: "schema_engine::logger", fields: { message, ...(code ? { error_code: code } : {}) } }) + "\n");
  process.exit(1);
}

async function runCliCommand(command) {
  if (!mainUrl) failCli({ code: "P1012", message: "No datasource URL: pass --datasource or set DATABASE_URL." });
  const cfg = pgConfig(mainUrl);
  // CREATE/DROP DATABASE must run from another database on the same server.
  const maintenance = async (sql) => {
    let lastError;
    for (const database of ["postgres", "template1"]) {
      try {
        return await withClient({ ...cfg, database }, (c) => c.query(sql));
      } catch (error) {
        if (error.code !== "3D000") throw error;
        lastError = error;
      }
    }
    throw lastError;
  };
  try {
    if (command === "can-connect-to-database") await withClient(cfg, (c) => c.query("SELECT 1"));
    else if (command === "create-database") await maintenance(`CREATE DATABASE ${quoteIdent(cfg.database)}`);
    else if (command === "drop-database") await maintenance(`DROP DATABASE ${quoteIdent(cfg.database)}`);
    else failCli({ message: `Unknown schema engine cli command: ${command}` });
  } catch (error) {
    failCli(prismaConnectionError(error, cfg));
  }
  process.exit(0);
}

if (args.cli) await runCliCommand(args.cli);

// ───────────── pg / adapter-pg patches ─────────────

// Bug 3: relabel `"char"` (18) as text (25) and `"char"[]` (1002) as text[] (1009). addFields()
// runs for every result set before rows are parsed, so both the parser and adapter-pg's
// column-type lookup see `text`.
const Result = requireFromAdapter("pg/lib/result.js");
const originalAddFields = Result.prototype.addFields;
Result.prototype.addFields = function addFields(fieldDescriptions) {
  for (const field of fieldDescriptions) {
    if (field.dataTypeID === 18) field.dataTypeID = 25;
    else if (field.dataTypeID === 1002) field.dataTypeID = 1009;
  }
  return originalAddFields.call(this, fieldDescriptions);
};

const { PrismaPg } = await import("@prisma/adapter-pg");
const { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } = await import("@prisma/driver-adapter-utils");

/** Connect an adapter-pg adapter for `cfg`, with executeScript fixed (bug 4). */
async function connectAdapter(cfg, schema) {
  const adapter = await new PrismaPg(cfg, schema ? { schema } : undefined).connect();
  adapter.executeScript = async function executeScript(script) {
    try {
      await this.underlyingDriver().query(script); // no parameters → simple protocol, multi-statement OK
    } catch (error) {
      this.onError(error); // rethrows as DriverAdapterError so the engine reports the SQL error
    }
  };
  return adapter;
}

/** Migration-aware adapter factory: adapter-pg for the main database, our own shadow-db handling. */
class ShimPgAdapterFactory {
  provider = "postgres";
  adapterName = "@prisma/adapter-pg";

  constructor(url, shadowDatabaseUrl) {
    // Without any URL, fall back to a local default; if that is unreachable, see
    // UnreachableDatabaseFactory below.
    this.url = url ?? "postgresql://localhost:5432/postgres";
    this.shadowDatabaseUrl = shadowDatabaseUrl;
  }

  connect() {
    return connectAdapter(pgConfig(this.url), schemaOf(this.url));
  }

  async connectToShadowDb() {
    if (this.shadowDatabaseUrl) {
      // A user-provided shadow database is reused, so empty it first (the native engine resets it too).
      const adapter = await connectAdapter(pgConfig(this.shadowDatabaseUrl), schemaOf(this.shadowDatabaseUrl));
      const { rows } = await adapter.underlyingDriver().query(
        "SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema'",
      );
      const drops = rows.map((r) => `DROP SCHEMA ${quoteIdent(r.nspname)} CASCADE;`).join("\n");
      await adapter.underlyingDriver().query(`${drops}\nCREATE SCHEMA IF NOT EXISTS public;`);
      return adapter;
    }
    // Otherwise create a throw-away database next to the main one, as the native engine does.
    const mainCfg = pgConfig(this.url);
    const name = `prisma_migrate_shadow_db_${randomUUID()}`;
    await withClient(mainCfg, (c) => c.query(`CREATE DATABASE ${quoteIdent(name)}`));
    const adapter = await connectAdapter({ ...mainCfg, database: name }, schemaOf(this.url)); // bug 2
    const endPool = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await endPool(); // bug 1: close the shadow pool *before* dropping its database
      await withClient(mainCfg, (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)}`));
    };
    return adapter;
  }
}

// ───────────── the WASM engine ─────────────

// The package's entry point does `import * as wasm from "./schema_engine_bg.wasm"`, which needs
// --experimental-wasm-modules; instantiate the module ourselves against its JS glue instead.
const bgUrl = import.meta.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
const bg = await import(bgUrl);
const wasmBytes = readFileSync(new URL("schema_engine_bg.wasm", bgUrl));
const { instance } = await WebAssembly.instantiate(wasmBytes, { "./schema_engine_bg.js": bg });
bg.__wbg_set_wasm(instance.exports);
instance.exports.__wbindgen_start();

// The engine reports Rust panic messages through this global.
globalThis.PRISMA_WASM_PANIC_REGISTRY = {
  message: "",
  set_message(message) {
    this.message = `RuntimeError: ${message}`;
  },
};

function log(level, message) {
  process.stderr.write(JSON.stringify({ level, target: "schema_engine::logger", fields: { message: String(message) } }) + "\n");
}

/**
 * Stand-in used when the database cannot be reached at start-up. Unlike the native engine, the
 * WASM engine queries the server as soon as it is constructed (schema exists? server version?),
 * so a missing database would break even commands that never touch it, such as
 * `migrate diff --from-empty --to-schema …`. This adapter answers that start-up probe with a
 * generic PostgreSQL and fails every other query with the original connection error, so commands
 * that do need the database still report P1001/P1003 etc. as usual.
 */
class UnreachableDatabaseFactory {
  provider = "postgres";
  adapterName = "@prisma/adapter-pg";

  constructor(cause) {
    this.cause = cause;
  }

  async connect() {
    const fail = async () => {
      throw this.cause;
    };
    return {
      provider: this.provider,
      adapterName: this.adapterName,
      queryRaw: async (query) => {
        if (!query.sql.includes("server_version_num")) throw this.cause;
        return {
          columnNames: ["exists", "version", "numeric_version"],
          columnTypes: [ColumnTypeEnum.Boolean, ColumnTypeEnum.Text, ColumnTypeEnum.Int32],
          rows: [[true, "PostgreSQL (database not reachable)", 150000]],
        };
      },
      executeRaw: fail,
      executeScript: fail,
      startTransaction: fail,
      getConnectionInfo: () => ({ supportsRelationJoins: true }),
      dispose: async () => {},
    };
  }

  async connectToShadowDb() {
    throw this.cause;
  }
}

/** The adapter factory for this run: the real database, or the stand-in when it is unreachable. */
async function chooseAdapterFactory() {
  const factory = new ShimPgAdapterFactory(mainUrl, shadowUrl);
  let probe;
  try {
    probe = await factory.connect();
    await probe.queryRaw({ sql: "SELECT 1", args: [], argTypes: [] });
    return factory;
  } catch (error) {
    if (error?.name !== "DriverAdapterError") throw error;
    log("WARN", `Database not reachable at start-up (${error.cause?.kind ?? error.message}); continuing without it.`);
    return new UnreachableDatabaseFactory(error);
  } finally {
    await probe?.dispose().catch(() => {});
  }
}

const datamodels = args.datamodels.length ? args.datamodels.map((file) => [file, readFileSync(file, "utf8")]) : undefined;
let engine;
try {
  const adapterFactory = bindMigrationAwareSqlAdapterFactory(await chooseAdapterFactory());
  engine = await bg.SchemaEngine.new({ datamodels }, (line) => process.stderr.write(`${String(line).replace(/\n/g, " ")}\n`), adapterFactory);
} catch (error) {
  log("ERROR", `Could not start the WASM schema engine: ${error?.message ?? error}`);
  process.exit(1);
}

// ───────────── JSON-RPC over stdin/stdout ─────────────

const send = (message) => process.stdout.write(JSON.stringify(message) + "\n");

let printId = 1_000_000_000; // ids for our own requests to the CLI; far from the CLI's ids

async function call(method, params) {
  switch (method) {
    case "getDatabaseVersion":
      return engine.version(params ?? undefined);
    case "diff": {
      // The native engine prints the diff by sending the CLI a "print" request (so `--output`
      // capture works) and returns stdout: null; the WASM engine returns the text instead.
      const result = await engine.diff(params);
      if (result.stdout) send({ jsonrpc: "2.0", id: printId++, method: "print", params: { content: result.stdout.replace(/\n$/, "") } });
      return { ...result, stdout: null };
    }
    case "createDatabase": {
      const cfg = pgConfig(mainUrl);
      await withClient({ ...cfg, database: "postgres" }, (c) => c.query(`CREATE DATABASE ${quoteIdent(cfg.database)}`));
      return { databaseName: cfg.database };
    }
    case "applyMigrations":
    case "createMigration":
    case "dbExecute":
    case "devDiagnostic":
    case "diagnoseMigrationHistory":
    case "ensureConnectionValidity":
    case "evaluateDataLoss":
    case "introspect":
    case "introspectSql":
    case "markMigrationApplied":
    case "markMigrationRolledBack":
    case "reset":
    case "schemaPush":
      // Call as a method: detaching it from `engine` loses the WASM pointer binding.
      return (await engine[method](params ?? {})) ?? {};
    case "debugPanic":
      return engine.debugPanic();
    default: {
      const error = new Error(`Method not found: ${method}`);
      error.rpcCode = -32601;
      throw error;
    }
  }
}

function rpcError(error) {
  const isPanic = error instanceof WebAssembly.RuntimeError || error?.name === "RuntimeError";
  if (isPanic) {
    const message = globalThis.PRISMA_WASM_PANIC_REGISTRY.message || String(error?.message ?? error);
    return { code: 4466, message, data: { is_panic: true, message, backtrace: error?.stack ?? null } };
  }
  if (error?.rpcCode) return { code: error.rpcCode, message: error.message };
  const message = String(error?.message ?? error);
  const data = { is_panic: false, message };
  if (error?.code) {
    data.error_code = error.code;
    data.meta = error.meta ?? null;
  }
  return { code: 4466, message: "An error happened. Check the data field for details.", data };
}

let queue = Promise.resolve(); // answer requests one at a time, in order
const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
lines.on("line", (line) => {
  if (!line.trim()) return;
  let message;
  try {
    message = JSON.parse(line);
  } catch {
    send({ jsonrpc: "2.0", id: null, error: { code: -32700, message: "Parse error" } });
    return;
  }
  if (!message.method) return; // the CLI's answer to one of our "print" requests
  queue = queue.then(async () => {
    try {
      const result = await call(message.method, message.params);
      if (message.id !== undefined) send({ jsonrpc: "2.0", id: message.id, result: result ?? null });
    } catch (error) {
      if (message.id !== undefined) send({ jsonrpc: "2.0", id: message.id, error: rpcError(error) });
    }
  });
});
// Bug 5: exit as soon as the CLI is done with us instead of waiting for idle pools to time out.
lines.on("close", () => {
  queue.finally(() => process.stdout.write("", () => process.exit(0)));
});
