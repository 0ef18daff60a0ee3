import "server-only";
import { db, type PrismaClient } from "@/lib/db/client";

/** Whether the database answers a trivial query within the time a load balancer waits. */
export async function pingDatabase(timeoutMs = 3000, client: PrismaClient = db): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([client.$queryRaw`SELECT 1`.then(() => true), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
