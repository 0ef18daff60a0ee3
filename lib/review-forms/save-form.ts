// Saving a venue's review form, for a viewer already resolved (actions.ts adds the session; tests call it
// directly): parse → venue within the viewer's memberships → manage permission → the form's own schema →
// optimistic write (in place before reviewing opens, a new version afterwards).
import "server-only";
import { whyNotManageVenue, type Viewer } from "@/lib/auth/permissions";
import { findVenueForViewer } from "@/lib/venues/data";
import { writeReviewForm } from "./mutations";
import { editableFormSchema, formErrors, formMessage, saveFormInputSchema, type SaveFormResult } from "./schema";

export async function saveReviewForm(viewer: Viewer, raw: unknown): Promise<SaveFormResult> {
  const parsed = saveFormInputSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "refused", message: "This save was malformed; reload the page and try again." };
  const venue = await findVenueForViewer(parsed.data.slug, viewer);
  const denied = venue ? whyNotManageVenue(viewer, venue.id) : "You have no role in this venue.";
  if (!venue || denied) return { ok: false, reason: "refused", message: denied ?? "You have no role in this venue." };

  const fields = editableFormSchema.safeParse(parsed.data.fields, { error: formMessage });
  if (!fields.success) {
    const fieldErrors = formErrors(fields.error);
    const n = Object.keys(fieldErrors).length;
    return { ok: false, reason: "invalid", message: `Not saved: ${n} problem${n === 1 ? "" : "s"} in the form, shown next to each field.`, fieldErrors };
  }
  const outcome = await writeReviewForm({ venueId: venue.id, actorId: viewer.id, baseToken: parsed.data.baseToken, fields: fields.data });
  if (!outcome.ok) {
    return { ok: false, reason: "stale", message: "Another chair saved the form since you opened it. Reload to see their version — your edits are kept below." };
  }
  return {
    ok: true,
    version: outcome.version,
    inPlace: outcome.inPlace,
    token: outcome.token,
    message: outcome.inPlace ? `Saved: version ${outcome.version} updated in place.` : `Saved as version ${outcome.version}; existing reviews keep their version.`,
  };
}
