import "server-only";
import { db, type Role } from "@/lib/db/client";
import { hashToken, newToken } from "@/lib/auth/tokens";
import type { OutgoingMail } from "@/lib/mail/transport";
import { enqueueJob } from "@/lib/runner/mutations";

export function recordSignInAttempt(email: string, ip: string, succeeded: boolean) {
  return db.signInAttempt.create({ data: { email, ip, succeeded } });
}

/**
 * Invite someone to a venue role: the account is created if needed (without a password), the membership added,
 * a single-use link issued and its email queued — all or nothing. Only the link's hash is stored.
 * `mailFor` receives the link's token, or null for people who already have a password.
 */
export async function createInvitation(args: {
  venueId: string;
  email: string;
  name: string;
  role: Role;
  issuedById: string;
  expiresAt: Date;
  mailFor: (token: string | null) => OutgoingMail;
}): Promise<{ userId: string; alreadyMember: boolean }> {
  const { token, tokenHash } = newToken();
  return db.$transaction(async (tx) => {
    const user = await tx.user.upsert({
      where: { email: args.email },
      create: { email: args.email, name: args.name },
      update: {},
      select: { id: true, passwordHash: true },
    });
    const existing = await tx.membership.findUnique({
      where: { venueId_userId_role: { venueId: args.venueId, userId: user.id, role: args.role } },
      select: { id: true },
    });
    if (!existing) await tx.membership.create({ data: { venueId: args.venueId, userId: user.id, role: args.role } });
    // People who already have a password are told of their new role; only new accounts get a set-password link.
    const needsPassword = user.passwordHash === null;
    if (needsPassword) {
      await tx.authToken.create({
        data: { tokenHash, kind: "INVITE", userId: user.id, venueId: args.venueId, role: args.role, issuedById: args.issuedById, expiresAt: args.expiresAt },
      });
    }
    await tx.auditLog.create({
      data: { venueId: args.venueId, actorId: args.issuedById, action: "invite", entityType: "User", entityId: user.id, details: { role: args.role, email: args.email } },
    });
    await enqueueJob(tx, "send-mail", args.mailFor(needsPassword ? token : null));
    return { userId: user.id, alreadyMember: existing !== null };
  });
}

/** Issue a password-reset link and queue its email together. */
export async function createResetToken(userId: string, expiresAt: Date, mailFor: (token: string) => OutgoingMail): Promise<void> {
  const { token, tokenHash } = newToken();
  await db.$transaction(async (tx) => {
    await tx.authToken.create({ data: { tokenHash, kind: "PASSWORD_RESET", userId, expiresAt } });
    await enqueueJob(tx, "send-mail", mailFor(token));
  });
}

/**
 * Spend a link and set the password in one transaction. The conditional update makes the link single-use even
 * when two tabs submit at once: only one of them sees count === 1.
 */
export async function consumeTokenAndSetPassword(
  token: string,
  kind: "INVITE" | "PASSWORD_RESET",
  passwordHash: string,
  now = new Date(),
): Promise<{ ok: true; email: string } | { ok: false; reason: "expired" | "used" | "unknown" }> {
  const tokenHash = hashToken(token);
  return db.$transaction(async (tx) => {
    const row = await tx.authToken.findUnique({ where: { tokenHash }, select: { id: true, kind: true, userId: true, usedAt: true, expiresAt: true } });
    if (!row || row.kind !== kind) return { ok: false, reason: "unknown" } as const;
    if (row.usedAt) return { ok: false, reason: "used" } as const;
    if (row.expiresAt <= now) return { ok: false, reason: "expired" } as const;
    const spent = await tx.authToken.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: now } });
    if (spent.count !== 1) return { ok: false, reason: "used" } as const;
    const user = await tx.user.update({ where: { id: row.userId }, data: { passwordHash }, select: { email: true } });
    // A password change ends every other outstanding reset link of the account.
    await tx.authToken.updateMany({ where: { userId: row.userId, kind: "PASSWORD_RESET", usedAt: null }, data: { usedAt: now } });
    await tx.auditLog.create({ data: { actorId: row.userId, action: kind === "INVITE" ? "accept-invite" : "reset-password", entityType: "User", entityId: row.userId } });
    return { ok: true, email: user.email } as const;
  });
}
