import "server-only";
import { db } from "@/lib/db/client";

/** One post, audited in the same transaction (a discussion is part of the record behind a decision). */
export async function createPost(venueId: string, submissionId: string, authorId: string, body: string) {
  return db.$transaction(async (tx) => {
    const post = await tx.discussionPost.create({ data: { submissionId, authorId, body }, select: { id: true, createdAt: true } });
    await tx.auditLog.create({ data: { venueId, actorId: authorId, action: "discussion.post", entityType: "DiscussionPost", entityId: post.id, details: { submissionId, length: body.length } } });
    return post;
  });
}
