// The text of every email Tangent sends. Plain text first: it is what most reviewers' clients show.
import type { OutgoingMail } from "./transport";

const ROLE_NAMES: Record<string, string> = {
  PROGRAM_CHAIR: "program chair",
  SENIOR_AREA_CHAIR: "senior area chair",
  AREA_CHAIR: "area chair",
  REVIEWER: "reviewer",
  AUTHOR: "author",
};

export function roleName(role: string): string {
  return ROLE_NAMES[role] ?? role.toLowerCase();
}

export function inviteMail(args: { to: string; name: string; venueName: string; role: string; link: string; inviter: string; expiresHours: number }): OutgoingMail {
  const role = roleName(args.role);
  return {
    to: args.to,
    subject: `Invitation: ${role} for ${args.venueName}`,
    text: [
      `Dear ${args.name},`,
      "",
      `${args.inviter} invites you to serve as ${role} for ${args.venueName} on Tangent.`,
      "",
      "Set your password and open your console here:",
      args.link,
      "",
      `The link works once and expires in ${args.expiresHours} hours.`,
    ].join("\n"),
  };
}

export function resetMail(args: { to: string; name: string; link: string; expiresMinutes: number }): OutgoingMail {
  return {
    to: args.to,
    subject: "Reset your Tangent password",
    text: [
      `Dear ${args.name},`,
      "",
      "Someone (hopefully you) asked to reset your Tangent password. Choose a new one here:",
      args.link,
      "",
      `The link works once and expires in ${args.expiresMinutes} minutes. If you did not ask for it, ignore this email.`,
    ].join("\n"),
  };
}
