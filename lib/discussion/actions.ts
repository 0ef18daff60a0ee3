"use server";
import { revalidatePath } from "next/cache";
import type { FormState } from "@/lib/actions/form-state";
import { currentViewer } from "@/lib/auth/session";
import { postToDiscussion } from "./post";

export async function postToDiscussionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const viewer = await currentViewer();
  if (!viewer) return { ok: false, message: "Your session ended. Sign in again; your text is kept here." };
  const input = { slug: formData.get("slug"), number: formData.get("number"), body: formData.get("body") };
  const state = await postToDiscussion(viewer, input);
  if (state.ok) revalidatePath(`/venues/${String(input.slug)}`, "layout");
  return state;
}
