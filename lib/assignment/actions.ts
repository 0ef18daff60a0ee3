"use server";
// Assignment runs: start, cancel, deploy. Each action: zod → permission against the database → mutation.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { env } from "@/lib/config/env";
import { parseForm, type FormState } from "@/lib/actions/form-state";
import { newAssignmentsMail } from "@/lib/mail/assignment";
import { asVenueManager } from "@/lib/venues/guard";
import { cancelRun, createRun, deployRun } from "./mutations";
import { runParamsSchema, runRefSchema, startRunFormSchema } from "./schema";

export async function startRunAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const form = parseForm(startRunFormSchema, formData);
  if (form.state) return form.state;
  const params = runParamsSchema.safeParse({ ...form.data, keepDeployed: form.data.keepDeployed === "on" });
  if (!params.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const i of params.error.issues) (fieldErrors[String(i.path[0] ?? "_form")] ??= []).push(i.message);
    return { ok: false, message: "Please correct the highlighted fields.", fieldErrors };
  }
  const ctx = await asVenueManager(form.data.venueId);
  if ("refused" in ctx) return ctx.refused;
  await createRun(form.data.venueId, ctx.viewer.id, params.data);
  revalidatePath(`/venues/${ctx.venue.slug}/chair/assignment`);
  return { ok: true, message: "Run queued. Its progress shows below." };
}

export async function cancelRunAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(runRefSchema, formData);
  if (parsed.state) return parsed.state;
  const ctx = await asVenueManager(parsed.data.venueId);
  if ("refused" in ctx) return ctx.refused;
  const done = await cancelRun(parsed.data.venueId, parsed.data.runId, ctx.viewer.id);
  revalidatePath(`/venues/${ctx.venue.slug}/chair/assignment`);
  return done ? { ok: true, message: "Cancelling the run…" } : { ok: false, message: "This run has already finished." };
}

export async function deployRunAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(runRefSchema, formData);
  if (parsed.state) return parsed.state;
  const { venueId, runId } = parsed.data;
  const ctx = await asVenueManager(venueId);
  if ("refused" in ctx) return ctx.refused;
  const { slug, name } = ctx.venue;
  const outcome = await deployRun(venueId, runId, ctx.viewer.id, (reviewer, papers) =>
    newAssignmentsMail({ to: reviewer.email, name: reviewer.name, venueName: name, papers, link: `${env().APP_URL}/venues/${slug}/reviewer` }),
  );
  if (!outcome.ok) return { ok: false, message: `Not deployed. ${outcome.reason}` };
  revalidatePath(`/venues/${slug}`, "layout");
  redirect(`/venues/${slug}/chair/assignment/${runId}?deployed=${outcome.added}-${outcome.removed}`);
}
