// Resolving the person behind a request. Loaders and actions start here; pages never read the cookie themselves.
import "server-only";
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import { loadViewer } from "@/lib/accounts/data";
import { auth } from "./config";

/** The signed-in viewer with memberships fresh from the database, or null. Cached per request. */
export const currentViewer = cache(async () => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  return loadViewer(id);
});

export type CurrentViewer = NonNullable<Awaited<ReturnType<typeof currentViewer>>>;

/** For pages: send a signed-out visitor to sign in, then back. */
export async function requireViewer(returnTo: string): Promise<CurrentViewer> {
  const viewer = await currentViewer();
  if (!viewer) redirect(`/signin?next=${encodeURIComponent(returnTo)}`);
  return viewer;
}

/**
 * Refuse with a 404 when a permission rule says no: a page one may not open looks exactly like one that does
 * not exist, so its existence (a venue, a paper title) never leaks.
 */
export function allowOr404(reason: string | null): void {
  if (reason !== null) notFound();
}
