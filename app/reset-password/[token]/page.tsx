import type { Metadata } from "next";
import { resetPasswordAction } from "@/lib/accounts/actions";
import { loadLink } from "@/lib/accounts/loaders";
import { LINK_PROBLEMS } from "@/lib/accounts/messages";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { LinkProblem } from "../../_components/link-problem";
import { SetPasswordForm } from "../../_components/set-password-form";

export const metadata: Metadata = { title: "Choose a new password" };

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await loadLink(token, "PASSWORD_RESET");
  if (link.state !== "valid") return <LinkProblem title="This reset link cannot be used" message={LINK_PROBLEMS[link.state]} />;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-1 text-2xl font-semibold">Choose a new password</h1>
      <p className="mb-6 text-sm text-slate-700">For <span className="font-medium">{link.email}</span>.</p>
      <div className="card">
        <SetPasswordForm token={token} action={resetPasswordAction} minLength={MIN_PASSWORD_LENGTH} submitLabel="Save new password" />
      </div>
    </div>
  );
}
