import "server-only";
import { db } from "@/lib/db/client";

/** The authors' response to a paper: its version for the concurrency check, and whether it is submitted. */
export function findAuthorResponse(submissionId: string) {
  return db.authorResponse.findUnique({ where: { submissionId }, select: { body: true, version: true, submittedAt: true, updatedAt: true } });
}
