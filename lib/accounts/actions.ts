"use server";
// Sign-in, sign-out, invitations and password links. Every action: zod parse → permission check against the
// database → mutation. Messages never say whether an email has an account (no user enumeration).
import { AuthError, CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import { signIn, signOut } from "@/lib/auth/config";
import { hashPassword } from "@/lib/auth/password";
import { whyNotInvite } from "@/lib/auth/permissions";
import { currentViewer } from "@/lib/auth/session";
import { env } from "@/lib/config/env";
import { inviteMail, resetMail } from "@/lib/mail/templates";
import { type FormState, parseForm, SESSION_ENDED } from "@/lib/actions/form-state";
import { findVenueBasics } from "@/lib/venues/data";
import { countRecentResets, findUserByEmail } from "./data";
import { consumeTokenAndSetPassword, createInvitation, createResetToken } from "./mutations";
import { LINK_PROBLEMS, RESET_SENT, THROTTLED, WRONG_CREDENTIALS } from "./messages";
import { forgotPasswordSchema, inviteSchema, newPasswordSchema, signInSchema } from "./schema";

const MAX_RESETS_PER_HOUR = 3;

/** Only same-site paths, so a crafted ?next= cannot bounce people to another site after sign-in. */
function safeNext(value: FormDataEntryValue | null): string {
  const s = typeof value === "string" ? value : "";
  return s.startsWith("/") && !s.startsWith("//") && !s.startsWith("/\\") ? s : "/";
}

async function signInOrExplain(email: string, password: string, redirectTo: string): Promise<FormState> {
  try {
    await signIn("credentials", { email, password, redirectTo });
    return { ok: true };
  } catch (error) {
    if (error instanceof CredentialsSignin) {
      return { ok: false, message: error.code === "throttled" ? THROTTLED : WRONG_CREDENTIALS };
    }
    if (error instanceof AuthError) return { ok: false, message: "Sign-in failed. Please try again." };
    throw error; // Next.js redirects travel as errors: let them through.
  }
}

export async function signInAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(signInSchema, formData);
  if (parsed.state) return parsed.state;
  return signInOrExplain(parsed.data.email, parsed.data.password, safeNext(formData.get("next")));
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/signin?signedOut=1" });
}

export async function inviteAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const viewer = await currentViewer();
  if (!viewer) return { ok: false, message: SESSION_ENDED };
  const parsed = parseForm(inviteSchema, formData);
  if (parsed.state) return parsed.state;
  const input = parsed.data;
  const denied = whyNotInvite(viewer, input.venueId, input.role);
  if (denied) return { ok: false, message: denied };
  const venue = await findVenueBasics(input.venueId);
  if (!venue) return { ok: false, message: "This venue no longer exists." };
  const venueName = venue.name;

  const ttlHours = env().INVITE_TTL_HOURS;
  const invitation = await createInvitation({
    ...input,
    issuedById: viewer.id,
    expiresAt: new Date(Date.now() + ttlHours * 3600_000),
    mailFor: (token) =>
      inviteMail({
        to: input.email,
        name: input.name,
        venueName,
        role: input.role,
        link: token ? `${env().APP_URL}/invite/${token}` : `${env().APP_URL}/signin`,
        inviter: viewer.name,
        expiresHours: ttlHours,
      }),
  });
  return {
    ok: true,
    message: invitation.alreadyMember ? `${input.email} already had this role; we sent them a reminder.` : `Invitation sent to ${input.email}.`,
  };
}

export async function requestResetAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(forgotPasswordSchema, formData);
  if (parsed.state) return parsed.state;
  const user = await findUserByEmail(parsed.data.email);
  if (user && (await countRecentResets(user.id, new Date(Date.now() - 3600_000))) < MAX_RESETS_PER_HOUR) {
    const minutes = env().RESET_TTL_MINUTES;
    await createResetToken(user.id, new Date(Date.now() + minutes * 60_000), (token) =>
      resetMail({ to: user.email, name: user.name, link: `${env().APP_URL}/reset-password/${token}`, expiresMinutes: minutes }),
    );
  }
  return { ok: true, message: RESET_SENT };
}

async function setPassword(kind: "INVITE" | "PASSWORD_RESET", formData: FormData): Promise<FormState> {
  const parsed = parseForm(newPasswordSchema, formData);
  if (parsed.state) return parsed.state;
  const outcome = await consumeTokenAndSetPassword(parsed.data.token, kind, await hashPassword(parsed.data.password));
  if (!outcome.ok) return { ok: false, message: LINK_PROBLEMS[outcome.reason] };
  // Sign the person straight in: they just proved they own the address.
  const state = await signInOrExplain(outcome.email, parsed.data.password, "/");
  if (!state.ok) redirect("/signin?passwordSet=1");
  return state;
}

export async function acceptInviteAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return setPassword("INVITE", formData);
}

export async function resetPasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return setPassword("PASSWORD_RESET", formData);
}
