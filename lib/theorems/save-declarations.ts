// Saving an author's theorem declarations, for a viewer already resolved: actions.ts adds the session, tests
// call it directly. Order: parse the input → venue within the viewer's memberships → the paper and the
// permission against the database (author link, status, AoE submission deadline) → each theorem against the
// taxonomy's schema → optimistic write.
import "server-only";
import { whyNotDeclareTheorems, type Viewer } from "@/lib/auth/permissions";
import { clockTime } from "@/lib/reviews/schema";
import { findVenueForViewer } from "@/lib/venues/data";
import { findDeclarationTarget } from "./data";
import { writeDeclarations } from "./mutations";
import { parseTheorem, saveDeclarationsInputSchema, staleDeclarationsMessage, type DeclarationsResult } from "./schema";
import type { TheoremInput } from "./taxonomy";

const refused = (message: string): DeclarationsResult => ({ ok: false, reason: "refused", message });
const NOT_YOURS = "Only the paper's authors can declare its theorems.";

export async function saveDeclarations(viewer: Viewer, raw: unknown, now: Date = new Date()): Promise<DeclarationsResult> {
  const parsed = saveDeclarationsInputSchema.safeParse(raw);
  if (!parsed.success) {
    const tooMany = parsed.error.issues.find((i) => i.code === "too_big" && i.path[0] === "theorems");
    return refused(tooMany ? tooMany.message : "This save was malformed; reload the page and try again.");
  }
  const input = parsed.data;

  const venue = await findVenueForViewer(input.slug, viewer);
  if (!venue) return refused("You have no role in this venue.");
  const paper = await findDeclarationTarget(venue.id, input.number);
  // A paper that does not exist and one that is not yours answer the same, so numbers reveal nothing.
  if (!paper) return refused(NOT_YOURS);
  const denied = whyNotDeclareTheorems(
    viewer,
    { venueId: venue.id, status: paper.status, authorUserIds: paper.authors.flatMap((a) => (a.userId ? [a.userId] : [])), submissionDeadline: paper.venue.submissionDeadline },
    now,
  );
  if (denied) return refused(denied);

  const theorems: (TheoremInput & { id?: string })[] = [];
  const fieldErrors: Record<string, string[]> = {};
  input.theorems.forEach((t, i) => {
    const one = parseTheorem({ label: t.label, statement: t.statement, assumptions: t.assumptions }, i);
    if (one.data) theorems.push({ ...one.data, id: t.id });
    else Object.assign(fieldErrors, one.fieldErrors);
  });
  const bad = new Set(Object.keys(fieldErrors).map((k) => k.split(".")[1])).size;
  if (bad > 0) {
    return { ok: false, reason: "invalid", message: `Not saved: ${bad} theorem${bad === 1 ? " has" : "s have"} fields that need attention.`, fieldErrors };
  }

  const outcome = await writeDeclarations({ venueId: venue.id, submissionId: paper.id, actorId: viewer.id, baseToken: input.baseToken, theorems });
  if (!outcome.ok) {
    return outcome.reason === "stale"
      ? { ok: false, reason: "stale", message: staleDeclarationsMessage(`${clockTime(outcome.changedAt, "UTC")} UTC`), changedAt: outcome.changedAt.toISOString() }
      : refused(outcome.message);
  }
  const n = outcome.ids.length;
  return { ok: true, token: outcome.token, ids: outcome.ids, savedAt: outcome.savedAt.toISOString(), message: `Saved ${n} theorem${n === 1 ? "" : "s"}.` };
}
