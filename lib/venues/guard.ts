// The start of every action that manages a track (imports, conflict and affinity jobs, assignment runs):
// signed in → manages this venue according to the database now → the venue still exists. One chain, so no
// action can skip a step.
import "server-only";
import { type FormState, SESSION_ENDED } from "@/lib/actions/form-state";
import { whyNotManageVenue } from "@/lib/auth/permissions";
import { currentViewer, type CurrentViewer } from "@/lib/auth/session";
import { findVenueBasics } from "./data";

export type ManagerContext = { viewer: CurrentViewer; venue: { slug: string; name: string } };

export async function asVenueManager(venueId: string): Promise<ManagerContext | { refused: FormState }> {
  const viewer = await currentViewer();
  if (!viewer) return { refused: { ok: false, message: SESSION_ENDED } };
  const denied = whyNotManageVenue(viewer, venueId);
  if (denied) return { refused: { ok: false, message: denied } };
  const venue = await findVenueBasics(venueId);
  if (!venue) return { refused: { ok: false, message: "This venue no longer exists." } };
  return { viewer, venue };
}
