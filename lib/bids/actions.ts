"use server";
// The bid control's server action: resolve the viewer from the session and hand over to saveBid, which parses the
// input and checks everything against the database.
import { currentViewer } from "@/lib/auth/session";
import { saveBid } from "./save-bid";
import type { BidResult } from "./schema";

export async function saveBidAction(input: unknown): Promise<BidResult> {
  const viewer = await currentViewer();
  if (!viewer) return { ok: false, message: "Your session ended. Sign in again, then bid." };
  return saveBid(viewer, input);
}
