import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentViewer } from "@/lib/auth/session";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  const next = params.next?.startsWith("/") ? params.next : "/";
  if (await currentViewer()) redirect(next);
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-1 text-2xl font-semibold">Sign in to Tangent</h1>
      <p className="mb-6 text-sm text-slate-700">Chairs, reviewers and authors all sign in here.</p>
      {params.signedOut && <p role="status" className="mb-4 rounded-md bg-slate-100 px-3 py-2 text-sm">You are signed out.</p>}
      {params.passwordSet && <p role="status" className="mb-4 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800">Your password is set. Sign in with it.</p>}
      <div className="card">
        <SignInForm next={next} />
      </div>
    </div>
  );
}
