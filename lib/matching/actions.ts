"use server";
// Chairs start conflict detection and affinity scoring as jobs: zod → permission against the database → queue.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { parseForm, type FormState } from "@/lib/actions/form-state";
import { asVenueManager } from "@/lib/venues/guard";
import { latestVenueJobs } from "./data";
import { createVenueJob } from "./mutations";

const STUCK_MS = 30 * 60_000;

const startSchema = z.object({ venueId: z.string().min(1), kind: z.enum(["CONFLICTS", "AFFINITY"]) });

export async function startMatchingJobAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(startSchema, formData);
  if (parsed.state) return parsed.state;
  const { venueId, kind } = parsed.data;
  const ctx = await asVenueManager(venueId);
  if ("refused" in ctx) return ctx.refused;
  const latest = (await latestVenueJobs(venueId))[kind === "CONFLICTS" ? "conflicts" : "affinity"];
  const what = kind === "CONFLICTS" ? "Conflict detection" : "Affinity scoring";
  // One at a time per kind: a second click while one runs would only repeat the same work. A job whose worker
  // died never finishes, so after STUCK_MS a new one may start anyway.
  const live = latest && (latest.status === "QUEUED" || latest.status === "RUNNING") && Date.now() - latest.createdAt.getTime() < STUCK_MS;
  if (live) return { ok: false, message: `${what} is already running.` };
  await createVenueJob(venueId, kind, ctx.viewer.id);
  revalidatePath("/venues/[slug]/chair/assignment", "page");
  return { ok: true, message: `${what} started.` };
}
