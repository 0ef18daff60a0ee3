import "server-only";
import { inspectToken } from "./data";

/** The set-password pages: what the emailed link is for, or why it cannot be used. */
export function loadLink(token: string, kind: "INVITE" | "PASSWORD_RESET") {
  return inspectToken(token, kind);
}
