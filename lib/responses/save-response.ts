// Saving or submitting the authors' one response, for a viewer already resolved (actions.ts adds the session;
// tests call it directly). Order: parse → venue within the viewer's memberships → the paper's authors, phase
// and AoE deadline → length under the same count as reviews → optimistic write.
import "server-only";
import { overLimit, refusedText, staleText, versionedTextInputSchema, type TextSaveResult } from "@/lib/actions/versioned-text";
import { whyNotRespondAsAuthor, type Viewer } from "@/lib/auth/permissions";
import { normalizeText } from "@/lib/reviews/form-schema";
import { findPaperRoles } from "@/lib/submissions/data";
import { findVenueForViewer } from "@/lib/venues/data";
import { venueSettings } from "@/lib/venues/schema";
import { findAuthorResponse } from "./data";
import { writeAuthorResponse } from "./mutations";

const NOT_AUTHOR = "Only the paper's authors can write its response.";

export async function saveAuthorResponse(viewer: Viewer, raw: unknown, mode: "draft" | "submit", now: Date = new Date()): Promise<TextSaveResult> {
  const parsed = versionedTextInputSchema.safeParse(raw);
  if (!parsed.success) return refusedText("This save was malformed; reload the page and try again.");
  const input = parsed.data;
  const venue = await findVenueForViewer(input.slug, viewer);
  if (!venue) return refusedText("You have no role in this venue.");
  const paper = await findPaperRoles(venue.id, input.number);
  // A paper one does not author is refused exactly like one that does not exist.
  if (!paper || !paper.roles.authorUserIds.includes(viewer.id)) return refusedText(NOT_AUTHOR);
  const denied = whyNotRespondAsAuthor(viewer, paper.roles, now);
  if (denied) return refusedText(denied);

  const body = normalizeText(input.body);
  const max = venueSettings(paper.settings).authorResponseMaxLength;
  if (body.length > max) return refusedText(`Not saved: ${overLimit("the response", body.length, max)}`);
  if (mode === "submit" && body.trim() === "") return refusedText("Write the response before submitting it.");

  const current = await findAuthorResponse(paper.id);
  if (current && current.version !== input.baseVersion) return staleText("response", current.updatedAt);
  if (!current && input.baseVersion !== 0) return refusedText("This response no longer exists. Reload the page.");
  if (current?.submittedAt && mode === "draft") return refusedText("This response is submitted: use “Update response” to revise it.");

  const outcome = await writeAuthorResponse({ venueId: venue.id, submissionId: paper.id, actorId: viewer.id, baseVersion: input.baseVersion, body, submit: mode === "submit" });
  if (!outcome.ok) return staleText("response", outcome.changedAt);
  return {
    ok: true,
    version: outcome.version,
    savedAt: outcome.updatedAt.toISOString(),
    submitted: mode === "submit" || Boolean(current?.submittedAt),
    message: mode === "submit" ? "Response submitted: the paper's reviewers and area chair can read it." : "Draft saved.",
  };
}
