// What the reviewer's and the chairs' paper pages call for a paper's discussion and the authors' response.
import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/session";
import { paperConversation } from "./conversation";

export const loadPaperConversation = cache(async (slug: string, rawNumber: string) => {
  const number = Number(rawNumber);
  if (!Number.isSafeInteger(number) || number < 1) notFound();
  const viewer = await requireViewer(`/venues/${slug}`);
  const c = await paperConversation(viewer, slug, number);
  if (!c) notFound();
  return c;
});
