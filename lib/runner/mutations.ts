import "server-only";
import type { Prisma } from "@/lib/db/client";
import type { TaskName, TaskPayloads } from "./task-names";

/**
 * Queue a job inside the caller's transaction: it becomes visible to workers only if the transaction commits,
 * so an invitation is never emailed without being saved, nor saved without its email queued.
 */
export async function enqueueJob<T extends TaskName>(
  tx: Prisma.TransactionClient,
  task: T,
  payload: TaskPayloads[T],
  { maxAttempts = 5 }: { maxAttempts?: number } = {},
): Promise<void> {
  await tx.$executeRaw`SELECT graphile_worker.add_job(${task}::text, ${JSON.stringify(payload)}::json, max_attempts => ${maxAttempts}::int)`;
}
