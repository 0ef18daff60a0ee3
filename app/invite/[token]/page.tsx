import type { Metadata } from "next";
import { acceptInviteAction } from "@/lib/accounts/actions";
import { loadLink } from "@/lib/accounts/loaders";
import { LINK_PROBLEMS } from "@/lib/accounts/messages";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { roleName } from "@/lib/mail/templates";
import { LinkProblem } from "../../_components/link-problem";
import { SetPasswordForm } from "../../_components/set-password-form";

export const metadata: Metadata = { title: "Accept your invitation" };

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await loadLink(token, "INVITE");
  if (link.state !== "valid") return <LinkProblem title="This invitation cannot be used" message={LINK_PROBLEMS[link.state]} />;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-1 text-2xl font-semibold">Welcome, {link.name}</h1>
      <p className="mb-6 text-sm text-slate-700">
        You are invited as {link.role ? roleName(link.role) : "a member"}
        {link.venueName ? ` of ${link.venueName}` : ""}. Choose a password for <span className="font-medium">{link.email}</span>.
      </p>
      <div className="card">
        <SetPasswordForm token={token} action={acceptInviteAction} minLength={MIN_PASSWORD_LENGTH} submitLabel="Set password and continue" />
      </div>
    </div>
  );
}
