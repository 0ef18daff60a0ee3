// Reads the job runner needs: a run with its experiment (manifest, bundle, claimed numbers).
import "server-only";
import { db } from "@/lib/db/client";

export async function findRunForExecution(runId: string) {
  return db.experimentRun.findUnique({
    where: { id: runId },
    select: {
      id: true,
      status: true,
      params: true,
      isStressTest: true,
      attempts: true,
      log: true,
      requestedById: true,
      experiment: { select: { id: true, manifest: true, manifestHash: true, bundleHash: true, claimedPoints: true, submission: { select: { venueId: true, number: true } } } },
    },
  });
}
export type RunForExecution = NonNullable<Awaited<ReturnType<typeof findRunForExecution>>>;
