// The one Prisma client of the process, over node-postgres (Prisma 7 driver adapters: no query engine binary).
import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";

function create(): PrismaClient {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    throw new Error("DATABASE_URL is not set: start Tangent with `npm start` (embedded database) or set it to a PostgreSQL URL");
  }
  const adapter = new PrismaPg({ connectionString, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  return new PrismaClient({ adapter });
}

// Reuse across hot reloads in development, where modules are evaluated again.
const globalForPrisma = globalThis as unknown as { tangentPrisma?: PrismaClient };

function instance(): PrismaClient {
  globalForPrisma.tangentPrisma ??= create();
  return globalForPrisma.tangentPrisma;
}

/**
 * Connected on first use, not at import: `next build` imports server modules to analyse them, and must not need
 * a database to do so.
 */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = instance();
    const value: unknown = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

export * from "./generated/client";
