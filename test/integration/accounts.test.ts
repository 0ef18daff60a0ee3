import { describe, expect, it } from "vitest";
import { countRecentFailures, inspectToken, loadViewer } from "@/lib/accounts/data";
import { consumeTokenAndSetPassword, createInvitation, createResetToken, recordSignInAttempt } from "@/lib/accounts/mutations";
import { db, makeUser, makeVenue } from "./factories";

const inAWeek = () => new Date(Date.now() + 7 * 86_400_000);

/** Invite through the real mutation, capturing the link's token as the email builder sees it. */
async function invite(args: Omit<Parameters<typeof createInvitation>[0], "mailFor">) {
  let token: string | null | undefined;
  const result = await createInvitation({ ...args, mailFor: (t) => ((token = t), { to: args.email, subject: "Invitation", text: `token:${t}` }) });
  return { ...result, token: token ?? null };
}

async function queuedMailTo(to: string): Promise<number> {
  // graphile-worker keeps payloads in its private table; this reads it only to observe the queue from outside.
  const rows = await db.$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS n FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id
    WHERE t.identifier = 'send-mail' AND j.payload->>'to' = ${to}`;
  return Number(rows[0]?.n ?? 0);
}

describe("invitations", () => {
  it("creates the account, the membership and a link in one go, and the link sets the password once", async () => {
    const venue = await makeVenue();
    const chair = await makeUser();
    const email = `invitee-${Date.now()}@example.test`;
    const inv = await invite({ venueId: venue.id, email, name: "Invitee", role: "REVIEWER", issuedById: chair.id, expiresAt: inAWeek() });
    expect(inv.token).toBeTruthy();
    expect(inv.alreadyMember).toBe(false);
    // The email is queued in the same transaction as the invitation.
    expect(await queuedMailTo(email)).toBe(1);

    const viewer = await loadViewer(inv.userId);
    expect(viewer?.memberships.map((m) => m.role)).toEqual(["REVIEWER"]);
    expect(await inspectToken(inv.token!, "INVITE")).toMatchObject({ state: "valid", email, venueName: venue.name, role: "REVIEWER" });
    // The token of one kind does not open the other kind's page.
    expect(await inspectToken(inv.token!, "PASSWORD_RESET")).toEqual({ state: "unknown" });

    expect(await consumeTokenAndSetPassword(inv.token!, "INVITE", "hash-1")).toEqual({ ok: true, email });
    expect(await consumeTokenAndSetPassword(inv.token!, "INVITE", "hash-2")).toEqual({ ok: false, reason: "used" });
    const user = await db.user.findUniqueOrThrow({ where: { id: inv.userId } });
    expect(user.passwordHash).toBe("hash-1");
    expect(await db.auditLog.count({ where: { entityId: inv.userId, action: { in: ["invite", "accept-invite"] } } })).toBe(2);
  });

  it("is single-use even when two requests race for the same link", async () => {
    const venue = await makeVenue();
    const chair = await makeUser();
    const inv = await invite({ venueId: venue.id, email: `race-${Date.now()}@example.test`, name: "Racer", role: "REVIEWER", issuedById: chair.id, expiresAt: inAWeek() });
    const outcomes = await Promise.all([1, 2, 3].map((i) => consumeTokenAndSetPassword(inv.token!, "INVITE", `hash-${i}`)));
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
  });

  it("does not duplicate the membership on a second invitation, and sends no link to an account with a password", async () => {
    const venue = await makeVenue();
    const chair = await makeUser();
    const existing = await makeUser({ passwordHash: "already" });
    const first = await invite({ venueId: venue.id, email: existing.email, name: "X", role: "AREA_CHAIR", issuedById: chair.id, expiresAt: inAWeek() });
    const second = await invite({ venueId: venue.id, email: existing.email, name: "X", role: "AREA_CHAIR", issuedById: chair.id, expiresAt: inAWeek() });
    expect(first.token).toBeNull();
    expect(second.alreadyMember).toBe(true);
    expect(await db.membership.count({ where: { venueId: venue.id, userId: existing.id } })).toBe(1);
  });

  it("refuses an expired link and leaves the password unchanged", async () => {
    const venue = await makeVenue();
    const chair = await makeUser();
    const inv = await invite({ venueId: venue.id, email: `late-${Date.now()}@example.test`, name: "Late", role: "REVIEWER", issuedById: chair.id, expiresAt: new Date(Date.now() - 1000) });
    expect(await inspectToken(inv.token!, "INVITE")).toEqual({ state: "expired" });
    expect(await consumeTokenAndSetPassword(inv.token!, "INVITE", "hash")).toEqual({ ok: false, reason: "expired" });
    expect((await db.user.findUniqueOrThrow({ where: { id: inv.userId } })).passwordHash).toBeNull();
  });
});

describe("password reset", () => {
  it("ends every other outstanding reset link once one is used", async () => {
    const user = await makeUser({ passwordHash: "old" });
    const tokens: string[] = [];
    const mailFor = (t: string) => (tokens.push(t), { to: user.email, subject: "Reset", text: t });
    await createResetToken(user.id, inAWeek(), mailFor);
    await createResetToken(user.id, inAWeek(), mailFor);
    const [a, b] = tokens as [string, string];
    expect(await queuedMailTo(user.email)).toBe(2);
    expect(await consumeTokenAndSetPassword(a, "PASSWORD_RESET", "new")).toMatchObject({ ok: true });
    expect(await inspectToken(b, "PASSWORD_RESET")).toEqual({ state: "used" });
  });
});

describe("sign-in attempts", () => {
  it("counts recent failures per email and per address", async () => {
    const email = `throttle-${Date.now()}@example.test`;
    for (let i = 0; i < 3; i++) await recordSignInAttempt(email, "10.0.0.1", false);
    await recordSignInAttempt(email, "10.0.0.2", true);
    const counts = await countRecentFailures(email, "10.0.0.1", new Date(Date.now() - 60_000));
    expect(counts).toEqual({ byEmail: 3, byIp: 3 });
    expect(await countRecentFailures(email, "10.0.0.1", new Date(Date.now() + 60_000))).toEqual({ byEmail: 0, byIp: 0 });
  });
});
