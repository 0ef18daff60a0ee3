// The optimistic-concurrency token of a paper's theorem list. Theorem rows have no version column, so the token
// is a fingerprint of what changes on every write: each theorem's id, position and updatedAt (Prisma sets it on
// every update). Adding, deleting, reordering or editing any theorem changes it.
import "server-only";
import { createHash } from "node:crypto";

export function declarationsToken(rows: readonly { id: string; position: number; updatedAt: Date }[]): string {
  const canonical = [...rows].sort((a, b) => a.position - b.position).map((r) => `${r.id}:${r.position}:${r.updatedAt.getTime()}`).join("|");
  return createHash("sha256").update(canonical).digest("base64url");
}
