import type { Task } from "graphile-worker";
import { z } from "zod";
import { runAffinityJob, runConflictsJob } from "@/lib/matching/jobs";

const payload = z.object({ jobId: z.string().min(1) });

/** Conflict detection over a venue; the job row (VenueJob) carries progress and outcome for chairs. */
export const computeConflictsTask: Task = async (raw, helpers) => {
  const { jobId } = payload.parse(raw);
  await runConflictsJob(jobId);
  helpers.logger.info(`compute-conflicts ${jobId} done`);
};

export const computeAffinityTask: Task = async (raw, helpers) => {
  const { jobId } = payload.parse(raw);
  await runAffinityJob(jobId);
  helpers.logger.info(`compute-affinity ${jobId} done`);
};
