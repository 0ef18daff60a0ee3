import "server-only";
import { db } from "@/lib/db/client";

/**
 * A paper's discussion, oldest first, with each poster's id and their roles in the venue — enough to label them
 * (anonymous reviewer label, "Area chair", …). Names are selected for the venue setting that lets reviewers
 * see each other; the loader decides what to show.
 */
export function listDiscussion(submissionId: string, venueId: string) {
  return db.discussionPost.findMany({
    where: { submissionId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      body: true,
      createdAt: true,
      authorId: true,
      author: { select: { name: true, memberships: { where: { venueId }, select: { role: true } } } },
    },
  });
}
