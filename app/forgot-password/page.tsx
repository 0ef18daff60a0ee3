import type { Metadata } from "next";
import { ForgotForm } from "./forgot-form";

export const metadata: Metadata = { title: "Reset your password" };

export default function ForgotPasswordPage() {
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-1 text-2xl font-semibold">Reset your password</h1>
      <p className="mb-6 text-sm text-slate-700">We will email you a link to choose a new password. It works once, within an hour.</p>
      <div className="card">
        <ForgotForm />
      </div>
    </div>
  );
}
