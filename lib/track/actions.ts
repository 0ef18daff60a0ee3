"use server";
import { revalidatePath } from "next/cache";
import { type FormState, SESSION_ENDED } from "@/lib/actions/form-state";
import { currentViewer } from "@/lib/auth/session";
import { findVenueBasics } from "@/lib/venues/data";
import { remindReviewers } from "./remind";

export async function remindReviewersAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const viewer = await currentViewer();
  if (!viewer) return { ok: false, message: SESSION_ENDED };
  const input = { venueId: formData.get("venueId"), mode: formData.get("mode"), assignmentIds: formData.getAll("assignmentId") };
  const state = await remindReviewers(viewer, input);
  const venue = typeof input.venueId === "string" ? await findVenueBasics(input.venueId) : null;
  if (venue) revalidatePath(`/venues/${venue.slug}/chair/track`);
  return state;
}
