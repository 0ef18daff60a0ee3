// Test databases on a local PostgreSQL: created fresh from the committed migrations, dropped afterwards.
// Refuses any server that is not on this machine, so a stray DATABASE_URL can never point tests at real data.
import pg from "pg";
import { migrateAll } from "./migrate.mjs";

const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "::1", "[::1]"]);

/** The maintenance connection used to create and drop test databases. */
export function adminUrl() {
  return process.env.TEST_DATABASE_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
}

export function assertLocal(url) {
  const host = new URL(url).hostname;
  if (!LOCAL_HOSTS.has(host)) throw new Error(`Refusing to run tests against ${host}: test databases must be on this machine (127.0.0.1, localhost or ::1).`);
}

function urlFor(database) {
  const u = new URL(adminUrl());
  u.pathname = `/${database}`;
  return u.toString();
}

async function admin(sql) {
  assertLocal(adminUrl());
  const client = new pg.Client({ connectionString: adminUrl() });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(`Cannot reach PostgreSQL at ${adminUrl()} (${error.message}). Start it (e.g. pg_ctlcluster 15 main start) or set TEST_DATABASE_ADMIN_URL.`);
  }
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Drop-and-create `database`, apply every migration, and return its URL. */
export async function createTestDatabase(database) {
  if (!/^[a-z0-9_]+$/.test(database)) throw new Error(`Bad test database name ${database}`);
  await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${database}`);
  const url = urlFor(database);
  migrateAll(url, { quiet: true });
  return url;
}

export async function dropTestDatabase(database) {
  await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
}
