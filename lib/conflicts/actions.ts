"use server";
// The chair's conflicts by hand: zod → venue manager against the database → one transaction.
import { revalidatePath } from "next/cache";
import { parseForm, type FormState } from "@/lib/actions/form-state";
import { asVenueManager } from "@/lib/venues/guard";
import { addChairConflict, liftConflict } from "./mutations";
import { addConflictSchema, liftConflictSchema } from "./schema";

export interface AddConflictState extends FormState {
  /** What was typed, given back when refused: the browser clears a form after its action, and nothing typed is lost. */
  values?: { paper: string; reviewer: string; reason: string };
}

export async function addConflictAction(_prev: AddConflictState, formData: FormData): Promise<AddConflictState> {
  const values = { paper: String(formData.get("paper") ?? ""), reviewer: String(formData.get("reviewer") ?? ""), reason: String(formData.get("reason") ?? "") };
  const parsed = parseForm(addConflictSchema, formData);
  if (parsed.state) return { ...parsed.state, values };
  const ctx = await asVenueManager(parsed.data.venueId);
  if ("refused" in ctx) return { ...ctx.refused, values };
  const outcome = await addChairConflict(parsed.data.venueId, ctx.viewer.id, parsed.data);
  if (!outcome.ok) return { ok: false, message: outcome.message, values };
  revalidatePath(`/venues/${ctx.venue.slug}/chair`, "layout");
  const assigned = outcome.assigned ? ` ${outcome.reviewer} is assigned to paper #${outcome.paper}: the assignment stays until you change it (see "Assigned despite a conflict").` : "";
  return { ok: true, message: `Conflict recorded: paper #${outcome.paper} and ${outcome.reviewer}.${assigned}` };
}

export async function liftConflictAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(liftConflictSchema, formData);
  if (parsed.state) return parsed.state;
  const ctx = await asVenueManager(parsed.data.venueId);
  if ("refused" in ctx) return ctx.refused;
  const outcome = await liftConflict(parsed.data.venueId, ctx.viewer.id, parsed.data.conflictId);
  if (!outcome.ok) return { ok: false, message: outcome.message };
  revalidatePath(`/venues/${ctx.venue.slug}/chair`, "layout");
  return { ok: true, message: `Lifted the conflict of paper #${outcome.paper} with ${outcome.reviewer}.${outcome.clearedBid ? " Their conflict bid was cleared." : ""}` };
}
