import type { Task } from "graphile-worker";
import { z } from "zod";
import { executeRun } from "@/lib/assignment/execute";

const payload = z.object({ runId: z.string().min(1) });

/** An assignment run; the AssignmentRun row carries status, progress and the outcome for chairs. */
export const runAssignmentTask: Task = async (raw, helpers) => {
  const { runId } = payload.parse(raw);
  await executeRun(runId);
  helpers.logger.info(`run-assignment ${runId} done`);
};
