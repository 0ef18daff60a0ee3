"use server";
// Assignment runs: start, cancel, deploy. Each action: zod → permission against the database → mutation.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { env } from "@/lib/config/env";
import { fieldErrorsOf, parseForm, type FormState } from "@/lib/actions/form-state";
import { newAssignmentsMail } from "@/lib/mail/assignment";
import { asVenueManager } from "@/lib/venues/guard";
import { previewProposalEdit } from "./data";
import type { EditCheck, EditPreview } from "./edit-check";
import { applyProposalEdit, cancelRun, createRun, deployRun } from "./mutations";
import { proposalEditSchema, runParamsSchema, runRefSchema, startRunFormSchema, WEIGHT_FIELD } from "./schema";

export async function startRunAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const form = parseForm(startRunFormSchema, formData);
  if (form.state) return form.state;
  // One weight per score source, sent as "weight:<source>" fields, and one for the bids.
  const weights = [...formData.entries()].filter(([k]) => k.startsWith(WEIGHT_FIELD)).map(([k, v]) => [k.slice(WEIGHT_FIELD.length), String(v)] as const);
  const perSource = form.data.bidWeight !== undefined ? { sourceWeights: Object.fromEntries(weights), bidWeight: form.data.bidWeight, affinityWeight: form.data.affinityWeight ?? "1" } : {};
  const params = runParamsSchema.safeParse({ ...form.data, ...perSource, keepDeployed: form.data.keepDeployed === "on" });
  if (!params.success) {
    const fieldErrors = fieldErrorsOf(params.error.issues, (path) => (path[0] === "sourceWeights" ? `${WEIGHT_FIELD}${String(path[1])}` : String(path[0] ?? "_form")));
    return { ok: false, message: "Please correct the highlighted fields.", fieldErrors };
  }
  const { sourceWeights, bidWeight } = params.data;
  if (sourceWeights && Object.values(sourceWeights).every((w) => w === 0) && !bidWeight) {
    return { ok: false, message: "Give at least one score source or the bids a weight above 0.", fieldErrors: { bidWeight: ["Every weight is 0."] } };
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

/** The live check of a hand edit, as the chair picks reviewers: the same checks the edit itself runs, no write. */
export async function previewProposalEditAction(input: { venueId: string; runId: string; paperId: string; add?: string; remove?: string }): Promise<EditPreview> {
  const parsed = proposalEditSchema.safeParse(input);
  if (!parsed.success) return { errors: ["This edit is malformed: reload the page."], warnings: [], effects: [], score: null };
  const { venueId, runId, ...req } = parsed.data;
  const ctx = await asVenueManager(venueId);
  if ("refused" in ctx) return { errors: [ctx.refused.message ?? "Not allowed."], warnings: [], effects: [], score: null };
  return previewProposalEdit(venueId, runId, req);
}

export interface EditState extends FormState {
  check?: EditCheck;
}

export async function applyProposalEditAction(_prev: EditState, formData: FormData): Promise<EditState> {
  const parsed = parseForm(proposalEditSchema, formData);
  if (parsed.state) return parsed.state;
  const { venueId, runId, ...req } = parsed.data;
  const ctx = await asVenueManager(venueId);
  if ("refused" in ctx) return ctx.refused;
  const outcome = await applyProposalEdit(venueId, runId, ctx.viewer.id, req);
  if (!outcome.ok) return { ok: false, message: `Not changed. ${outcome.check.errors.join(" ")}`, check: outcome.check };
  revalidatePath(`/venues/${ctx.venue.slug}/chair/assignment`, "layout");
  const notes = outcome.check.warnings.length ? ` Note: ${outcome.check.warnings.join(" ")}` : "";
  return { ok: true, message: `Changed. ${outcome.check.effects.join(" ")}${notes}`, check: outcome.check };
}
