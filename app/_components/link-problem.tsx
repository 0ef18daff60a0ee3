import Link from "next/link";

export function LinkProblem({ title, message }: { title: string; message: string }) {
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-4 text-2xl font-semibold">{title}</h1>
      <div role="alert" className="card border-red-200 bg-red-50 text-red-900">
        <p>{message}</p>
        <p className="mt-3 text-sm">
          <Link className="underline" href="/forgot-password">Ask for a new link</Link> or <Link className="underline" href="/signin">sign in</Link>.
        </p>
      </div>
    </div>
  );
}
