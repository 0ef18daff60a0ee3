import { PrismaPg } from "@prisma/adapter-pg";
import { describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/db/client";
import { pingDatabase } from "@/lib/health/data";

describe("database health", () => {
  it("answers true against the live test database", async () => {
    expect(await pingDatabase()).toBe(true);
  });

  it("answers false, quickly, when nothing listens at the database address", async () => {
    const dead = new PrismaClient({ adapter: new PrismaPg({ connectionString: "postgresql://postgres@127.0.0.1:1/none", connectionTimeoutMillis: 1000 }) });
    const started = Date.now();
    expect(await pingDatabase(3000, dead)).toBe(false);
    expect(Date.now() - started).toBeLessThan(3500);
    await dead.$disconnect().catch(() => undefined);
  });
});
