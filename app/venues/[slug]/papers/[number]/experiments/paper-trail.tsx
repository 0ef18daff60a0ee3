// The breadcrumb above every experiment page: back to the viewer's own view of the paper.
import Link from "next/link";

export function PaperTrail({ slug, venueName, number, title, isAuthor, isReviewer, extra }: { slug: string; venueName: string; number: number; title: string; isAuthor: boolean; isReviewer: boolean; extra?: { href: string; label: string }[] }) {
  const paperHref = isReviewer ? `/venues/${slug}/reviewer/papers/${number}` : isAuthor ? `/venues/${slug}/author` : `/venues/${slug}/chair/papers/${number}`;
  return (
    <nav aria-label="Breadcrumb" className="text-sm text-slate-600">
      <Link className="underline" href={`/venues/${slug}`}>{venueName}</Link> /{" "}
      <Link className="underline" href={paperHref}>Paper {number}: {title}</Link> /{" "}
      <Link className="underline" href={`/venues/${slug}/papers/${number}/experiments`}>Experiments</Link>
      {extra?.map((x) => (
        <span key={x.href}>
          {" "}/ <Link className="underline" href={x.href}>{x.label}</Link>
        </span>
      ))}
    </nav>
  );
}
