"use server";
// Submitting a review. It takes the editor's JSON, resolves the viewer from the session and hands over to
// saveReview, which checks everything against the database. Autosaved drafts go to a route handler instead
// (app/venues/[slug]/reviewer/papers/[number]/draft/route.ts), which calls the same saveReview.
import { currentViewer } from "@/lib/auth/session";
import { saveReview } from "./save-review";
import { SIGNED_OUT, type SaveResult } from "./schema";

export async function submitReviewAction(input: unknown): Promise<SaveResult> {
  const viewer = await currentViewer();
  return viewer ? saveReview(viewer, input, "submit") : SIGNED_OUT;
}
