import "server-only";
import { db } from "@/lib/db/client";
import type { SubmissionScope } from "@/lib/auth/permissions";
import { scopeWhere } from "@/lib/submissions/data";

const theoremSelect = { id: true, label: true, statement: true, position: true, assumptions: true, updatedAt: true } as const;

/** The author's page: the paper within the author's scope, its author links and theorems, and the deadline. */
export function findPaperForAuthor(scope: SubmissionScope & { kind: "authoredBy" }, number: number) {
  return db.submission.findFirst({
    where: { ...scopeWhere(scope), number },
    select: {
      id: true,
      number: true,
      title: true,
      status: true,
      authors: { select: { userId: true } },
      theorems: { orderBy: { position: "asc" }, select: theoremSelect },
    },
  });
}

/**
 * Everything a declarations save is decided on. Unscoped (the action says precisely why it refuses) and it
 * selects only author account ids, the status and the deadline: nothing that could leak.
 */
export function findDeclarationTarget(venueId: string, number: number) {
  return db.submission.findUnique({
    where: { venueId_number: { venueId, number } },
    select: { id: true, status: true, venue: { select: { submissionDeadline: true } }, authors: { select: { userId: true } } },
  });
}
