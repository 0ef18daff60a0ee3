import type { Task } from "graphile-worker";
import { z } from "zod";
import { executeExperimentRun } from "@/lib/experiments/runner/execute";
import { sweepStaleRuns } from "@/lib/experiments/runner/mutations";

const payload = z.object({ runId: z.string().min(1) });

/** One experiment run; the ExperimentRun row carries status, progress, logs and outcome for the pages. */
export const runExperimentTask: Task = async (raw, helpers) => {
  const { runId } = payload.parse(raw);
  await executeExperimentRun(runId);
  helpers.logger.info(`run-experiment ${runId} done`);
};

/** Every minute (crontab in worker.ts) and at start-up: rescue runs whose worker died mid-run. */
export const sweepExperimentRunsTask: Task = async (_raw, helpers) => {
  const { requeued, failed } = await sweepStaleRuns();
  if (requeued || failed) helpers.logger.info(`sweep-experiment-runs: ${requeued} queued again, ${failed} failed`);
};
