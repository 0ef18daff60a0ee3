import "server-only";
import { db } from "@/lib/db/client";
import type { Viewer } from "@/lib/auth/permissions";
import { hashToken } from "@/lib/auth/tokens";

export function findUserByEmail(email: string) {
  return db.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, passwordHash: true } });
}

/** The viewer as the database knows it now: a removed membership takes effect on the next request. */
export async function loadViewer(userId: string): Promise<(Viewer & { name: string; email: string }) | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      isSiteAdmin: true,
      memberships: { select: { id: true, venueId: true, role: true } },
    },
  });
  return user;
}

export async function countRecentFailures(email: string, ip: string, since: Date) {
  const [byEmail, byIp] = await Promise.all([
    db.signInAttempt.count({ where: { email, succeeded: false, createdAt: { gte: since } } }),
    db.signInAttempt.count({ where: { ip, succeeded: false, createdAt: { gte: since } } }),
  ]);
  return { byEmail, byIp };
}

export type TokenState =
  | { state: "valid"; userId: string; email: string; name: string; venueName: string | null; role: string | null; hasPassword: boolean }
  | { state: "expired" | "used" | "unknown" };

/** What a link in an email points at, and whether it can still be used. */
export async function inspectToken(token: string, kind: "INVITE" | "PASSWORD_RESET", now = new Date()): Promise<TokenState> {
  const row = await db.authToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      kind: true,
      usedAt: true,
      expiresAt: true,
      role: true,
      user: { select: { id: true, email: true, name: true, passwordHash: true } },
      venue: { select: { name: true } },
    },
  });
  if (!row || row.kind !== kind) return { state: "unknown" };
  if (row.usedAt) return { state: "used" };
  if (row.expiresAt <= now) return { state: "expired" };
  return {
    state: "valid",
    userId: row.user.id,
    email: row.user.email,
    name: row.user.name,
    venueName: row.venue?.name ?? null,
    role: row.role,
    hasPassword: row.user.passwordHash !== null,
  };
}

/** How many reset links an account was sent recently: caps the mail a stranger can make us send to someone. */
export function countRecentResets(userId: string, since: Date) {
  return db.authToken.count({ where: { userId, kind: "PASSWORD_RESET", createdAt: { gte: since } } });
}
