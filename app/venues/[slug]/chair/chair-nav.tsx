// The chair console's sections, shown under the heading of each chair page.
import Link from "next/link";

const ITEMS = [
  { key: "console", label: "Console", path: "" },
  { key: "imports", label: "Imports", path: "/imports" },
  { key: "assignment", label: "Assignment", path: "/assignment" },
  { key: "track", label: "Track", path: "/track" },
  { key: "conflicts", label: "Conflicts", path: "/conflicts" },
  { key: "review-form", label: "Review form", path: "/review-form" },
] as const;

export function ChairNav({ slug, current, manages = true }: { slug: string; current: (typeof ITEMS)[number]["key"]; manages?: boolean }) {
  const items = manages ? ITEMS : ITEMS.filter((i) => i.key === "console");
  if (items.length < 2) return null;
  return (
    <nav aria-label="Chair console sections" className="-mt-4">
      <ul className="flex flex-wrap gap-4 text-sm">
        {items.map((i) => (
          <li key={i.key}>
            <Link href={`/venues/${slug}/chair${i.path}`} aria-current={current === i.key ? "page" : undefined} className={current === i.key ? "font-semibold text-brand-900" : "text-brand-700 underline"}>
              {i.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
