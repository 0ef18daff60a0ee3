import Link from "next/link";
import { signOutAction } from "@/lib/accounts/actions";
import { currentViewer } from "@/lib/auth/session";

export async function SiteHeader() {
  const viewer = await currentViewer();
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex w-full max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6">
        <Link href="/" className="text-lg font-semibold tracking-tight text-brand-900">
          Tangent
        </Link>
        {viewer ? (
          <nav aria-label="Account" className="flex items-center gap-3 text-sm">
            <span className="text-slate-700">
              Signed in as <span className="font-medium text-slate-900">{viewer.name}</span>
            </span>
            <form action={signOutAction}>
              <button type="submit" className="btn-secondary py-1.5">
                Sign out
              </button>
            </form>
          </nav>
        ) : (
          <Link href="/signin" className="btn-secondary py-1.5">
            Sign in
          </Link>
        )}
      </div>
    </header>
  );
}
