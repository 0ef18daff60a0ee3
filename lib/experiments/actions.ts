"use server";
// The experiment pages' server actions. Each resolves the viewer and the paper from the database, checks the
// rule in lib/auth/permissions.ts, validates the input, and only then writes.
import { redirect } from "next/navigation";
import { z } from "zod";
import { whyNotCancelRun, whyNotEditExperiments, whyNotRerunExperiment, whyNotStressTest } from "@/lib/auth/permissions";
import { parseForm, type FormState } from "@/lib/actions/form-state";
import { attachBuiltin, attachBundle, type AttachResult } from "./attach";
import { findExperiment, findRun, stressTestsUsed, theoremsOf } from "./data";
import { experimentContextForAction } from "./loaders";
import { PARAMETER_ASSUMPTIONS, parseManifest, validateOverrides } from "./manifest";
import { deleteExperiment, requestCancel, requestRun, requestStressTest, setEvidence } from "./mutations";
import { readParameterInputs } from "./stress-form";

const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;
const where = z.object({ slug: z.string().min(1).max(100), number: z.coerce.number().int().positive() });
const SIGNED_OUT: FormState = { ok: false, message: "Your session ended, or this paper is not yours to change. Sign in again." };

const base = (slug: string, number: number) => `/venues/${slug}/papers/${number}/experiments`;

function attachFailed(result: Extract<AttachResult, { ok: false }>): FormState {
  return {
    ok: false,
    message: `The experiment was not attached: ${result.errors.length} problem${result.errors.length > 1 ? "s" : ""} to fix.`,
    fieldErrors: { problems: result.errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)) },
  };
}

export async function attachBundleAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = parseForm(where, form);
  if (parsed.state) return parsed.state;
  const { slug, number } = parsed.data;
  const ctx = await experimentContextForAction(slug, number);
  if (!ctx) return SIGNED_OUT;
  const blocked = whyNotEditExperiments(ctx.viewer, ctx.paper);
  if (blocked) return { ok: false, message: blocked };
  const file = form.get("bundle");
  if (!(file instanceof File) || file.size === 0) return { ok: false, message: "Choose a .zip or .tar.gz file.", fieldErrors: { bundle: ["Choose a .zip or .tar.gz file."] } };
  if (file.size > MAX_UPLOAD_BYTES) return { ok: false, message: "The archive is larger than 50 MB.", fieldErrors: { bundle: ["The archive is larger than 50 MB."] } };
  const result = await attachBundle({ venueId: ctx.venue.id, submissionId: ctx.submissionId, actorId: ctx.viewer.id }, Buffer.from(await file.arrayBuffer()));
  if (!result.ok) return attachFailed(result);
  redirect(`${base(slug, number)}/${result.experimentId}/runs/${result.runId}`);
}

export async function attachBuiltinAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = parseForm(where.extend({ manifest: z.string().max(100_000) }), form);
  if (parsed.state) return parsed.state;
  const { slug, number, manifest } = parsed.data;
  const ctx = await experimentContextForAction(slug, number);
  if (!ctx) return SIGNED_OUT;
  const blocked = whyNotEditExperiments(ctx.viewer, ctx.paper);
  if (blocked) return { ok: false, message: blocked };
  const claimed = form.get("claimed");
  const claimedText = claimed instanceof File ? (claimed.size > 5 * 1024 * 1024 ? "" : await claimed.text()) : "";
  const result = await attachBuiltin({ venueId: ctx.venue.id, submissionId: ctx.submissionId, actorId: ctx.viewer.id }, manifest, claimedText);
  if (!result.ok) return attachFailed(result);
  redirect(`${base(slug, number)}/${result.experimentId}/runs/${result.runId}`);
}

const experimentInput = where.extend({ experimentId: z.string().min(1).max(40) });

/** The manifest of an experiment of this paper, or null. */
async function manifestOf(submissionId: string, experimentId: string) {
  const e = await findExperiment(submissionId, experimentId);
  if (!e) return null;
  const m = parseManifest(e.manifest);
  return m.ok ? { experiment: e, manifest: m.manifest } : null;
}

export async function rerunAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = parseForm(experimentInput, form);
  if (parsed.state) return parsed.state;
  const { slug, number, experimentId } = parsed.data;
  const ctx = await experimentContextForAction(slug, number);
  if (!ctx) return SIGNED_OUT;
  const blocked = whyNotRerunExperiment(ctx.viewer, ctx.paper);
  if (blocked) return { ok: false, message: blocked };
  const found = await manifestOf(ctx.submissionId, experimentId);
  if (!found) return { ok: false, message: "This experiment no longer exists." };
  const values = validateOverrides(found.manifest, {}, { role: "author" });
  if (!values.ok) return { ok: false, message: values.errors.map((e) => e.message).join("; ") };
  const runId = await requestRun(experimentId, values.values, ctx.viewer.id);
  redirect(`${base(slug, number)}/${experimentId}/runs/${runId}`);
}

export async function stressTestAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = parseForm(experimentInput, form);
  if (parsed.state) return parsed.state;
  const { slug, number, experimentId } = parsed.data;
  const ctx = await experimentContextForAction(slug, number);
  if (!ctx) return SIGNED_OUT;
  const used = await stressTestsUsed(ctx.viewer.id, ctx.submissionId);
  const blocked = whyNotStressTest(ctx.viewer, ctx.paper, used, ctx.quota);
  if (blocked) return { ok: false, message: blocked };
  const found = await manifestOf(ctx.submissionId, experimentId);
  if (!found) return { ok: false, message: "This experiment no longer exists." };
  const inputs = readParameterInputs(found.manifest, form, "changeable");
  if (Object.keys(inputs.errors).length) return { ok: false, message: "Please correct the highlighted parameters.", fieldErrors: inputs.errors };
  const values = validateOverrides(found.manifest, inputs.values, { role: "reviewer" });
  if (!values.ok) {
    const fieldErrors: Record<string, string[]> = {};
    for (const e of values.errors) (fieldErrors[`param.${e.path}`] ??= []).push(e.message);
    return { ok: false, message: "Please correct the highlighted parameters.", fieldErrors };
  }
  const queued = await requestStressTest({ experimentId, submissionId: ctx.submissionId, params: values.values, actorId: ctx.viewer.id, quota: ctx.quota });
  if (!queued.ok) return { ok: false, message: `You have used all ${ctx.quota} stress-test runs for this paper.` };
  redirect(`${base(slug, number)}/${experimentId}/runs/${queued.runId}`);
}

const runInput = experimentInput.extend({ runId: z.string().min(1).max(40) });

export async function cancelRunAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = parseForm(runInput, form);
  if (parsed.state) return parsed.state;
  const { slug, number, experimentId, runId } = parsed.data;
  const ctx = await experimentContextForAction(slug, number);
  if (!ctx) return SIGNED_OUT;
  const run = await findRun(runId);
  if (!run || run.experiment.id !== experimentId || run.experiment.submissionId !== ctx.submissionId) return { ok: false, message: "This run no longer exists." };
  const blocked = whyNotCancelRun(ctx.viewer, ctx.paper, run.requestedById);
  if (blocked) return { ok: false, message: blocked };
  const outcome = await requestCancel(runId);
  return outcome === "finished"
    ? { ok: false, message: "The run had already finished." }
    : { ok: true, message: outcome === "cancelled" ? "Cancelled before it started." : "Stopping the run…" };
}

const evidenceInput = runInput.extend({
  theoremId: z.string().max(40).default(""),
  assumption: z.enum(PARAMETER_ASSUMPTIONS).or(z.literal("")).default(""),
  note: z.string().trim().max(1000, "Keep the note under 1,000 characters").default(""),
});

/** A reviewer attaches their own stress test to one assumption of one theorem (or detaches it: empty theorem). */
export async function evidenceAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = parseForm(evidenceInput, form);
  if (parsed.state) return parsed.state;
  const { slug, number, experimentId, runId, theoremId, assumption, note } = parsed.data;
  const ctx = await experimentContextForAction(slug, number);
  if (!ctx || !ctx.isReviewer) return SIGNED_OUT;
  const run = await findRun(runId);
  if (!run || run.experiment.id !== experimentId || run.experiment.submissionId !== ctx.submissionId || run.requestedById !== ctx.viewer.id || !run.isStressTest) {
    return { ok: false, message: "Only your own stress tests of this paper can be attached to your review." };
  }
  if (!theoremId) {
    await setEvidence(runId, ctx.viewer.id, null);
    return { ok: true, message: "Detached from your review." };
  }
  if (!(await theoremsOf(ctx.submissionId)).some((t) => t.id === theoremId)) return { ok: false, fieldErrors: { theoremId: ["Choose one of this paper's theorems."] }, message: "Choose a theorem." };
  if (!assumption) return { ok: false, fieldErrors: { assumption: ["Choose the assumption this run tests."] }, message: "Choose an assumption." };
  await setEvidence(runId, ctx.viewer.id, { theoremId, assumption, note });
  return { ok: true, message: "Attached to your review as evidence." };
}

export async function deleteExperimentAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = parseForm(experimentInput, form);
  if (parsed.state) return parsed.state;
  const { slug, number, experimentId } = parsed.data;
  const ctx = await experimentContextForAction(slug, number);
  if (!ctx) return SIGNED_OUT;
  const blocked = whyNotEditExperiments(ctx.viewer, ctx.paper);
  if (blocked) return { ok: false, message: blocked };
  if (!(await findExperiment(ctx.submissionId, experimentId))) return { ok: false, message: "This experiment no longer exists." };
  await deleteExperiment(ctx.venue.id, experimentId, ctx.viewer.id);
  redirect(base(slug, number));
}
