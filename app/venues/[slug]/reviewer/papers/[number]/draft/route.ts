// Review autosave: the editor POSTs its JSON here after every pause in typing (use-review-saver.ts). A plain route
// handler rather than a server action because autosave is the hottest write in Tangent and the action machinery
// (action lookup, the page's module tree, a streamed RSC answer that then gets gzipped) cost more CPU than the save
// itself (docs/decisions/0010-review-autosave-path.md). It decides exactly as the submit action does: saveReview
// checks the user's roles, assignment, paper status, deadline, form version and review version against the
// database, and the write is conditional on the version. Submitting stays a server action (lib/reviews/actions.ts).
import { sessionUserId } from "@/lib/auth/session-token";
import { saveReview } from "@/lib/reviews/save-review";
import { SIGNED_OUT, type SaveResult } from "@/lib/reviews/schema";

// Far above any review the form allows (text fields are capped at 100 000 characters each), far below a flood.
const MAX_BODY_BYTES = 2_000_000;

// `no-transform` keeps Next's gzip off these ~100-byte answers: compressing each cost more CPU than the save.
const answer = (result: SaveResult, status = 200) => Response.json(result, { status, headers: { "cache-control": "no-store, no-transform" } });
const refuse = (status: number, message: string) => answer({ ok: false, reason: "refused", message }, status);

/**
 * Cross-site requests are refused as Next refuses them for server actions: a JSON body needs a CORS preflight this
 * route never grants, and an Origin from another host is turned away (the session cookie is SameSite=Lax too).
 */
function crossSite(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

export async function POST(request: Request, { params }: { params: Promise<{ slug: string; number: string }> }) {
  if (!request.headers.get("content-type")?.startsWith("application/json")) return refuse(415, "Autosave sends JSON.");
  if (crossSite(request)) return refuse(403, "This save came from another site.");
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) return refuse(413, "This review is too long to save.");

  const userId = await sessionUserId();
  if (!userId) return answer(SIGNED_OUT, 401);

  const { slug, number } = await params;
  let body: unknown;
  try {
    const text = await request.text();
    if (text.length > MAX_BODY_BYTES) return refuse(413, "This review is too long to save.");
    body = JSON.parse(text);
  } catch {
    return refuse(400, "This save was malformed; reload the page and try again.");
  }
  // The paper comes from the URL; the body says which versions the editor edited and what it holds.
  const input = body && typeof body === "object" && !Array.isArray(body) ? { ...body, slug, number: Number(number) } : null;
  return answer(await saveReview({ id: userId }, input, "draft"));
}
