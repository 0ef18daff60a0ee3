// Posting to a paper's discussion, for a viewer already resolved (actions.ts adds the session). The server
// decides: the poster takes part in this paper's discussion, the venue is reviewing or discussing, and the body
// is within the venue's limit under the same count as reviews (textLength, decision 0007).
import "server-only";
import type { FormState } from "@/lib/actions/form-state";
import { overLimit } from "@/lib/actions/versioned-text";
import { whyNotPostToDiscussion, type Viewer } from "@/lib/auth/permissions";
import { normalizeText } from "@/lib/reviews/form-schema";
import { findPaperRoles } from "@/lib/submissions/data";
import { findVenueForViewer } from "@/lib/venues/data";
import { venueSettings } from "@/lib/venues/schema";
import { createPost } from "./mutations";
import { postInputSchema } from "./schema";

const NOT_PART = "Only the paper's reviewers and chairs take part in its discussion.";

export async function postToDiscussion(viewer: Viewer, raw: unknown): Promise<FormState> {
  const parsed = postInputSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, message: "This post was malformed; reload the page and try again." };
  const { slug, number } = parsed.data;
  const venue = await findVenueForViewer(slug, viewer);
  if (!venue) return { ok: false, message: NOT_PART };
  const paper = await findPaperRoles(venue.id, number);
  if (!paper) return { ok: false, message: NOT_PART };
  const denied = whyNotPostToDiscussion(viewer, paper.roles);
  if (denied) return { ok: false, message: denied };
  const body = normalizeText(parsed.data.body);
  const max = venueSettings(paper.settings).discussionPostMaxLength;
  if (body.trim() === "") return { ok: false, message: "Write something to post.", fieldErrors: { body: ["Write something to post."] } };
  if (body.length > max) {
    const msg = overLimit("The post", body.length, max);
    return { ok: false, message: `Not posted: ${msg}`, fieldErrors: { body: [msg] } };
  }
  await createPost(venue.id, paper.id, viewer.id, body);
  return { ok: true, message: "Posted." };
}
