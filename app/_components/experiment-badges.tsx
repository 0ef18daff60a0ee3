// A paper's experiments as verdict badges linking to each, for consoles and paper pages.
import Link from "next/link";
import type { VerdictBadge as Badge } from "@/lib/experiments/data";
import { VerdictBadge } from "./verdict-badge";

export function ExperimentBadges({ slug, number, badges, empty = "—" }: { slug: string; number: number; badges: Badge[]; empty?: string }) {
  if (badges.length === 0) return <span className="text-slate-500">{empty}</span>;
  return (
    <ul className="flex flex-wrap gap-1">
      {badges.map((b) => (
        <li key={b.experimentId}>
          <Link href={`/venues/${slug}/papers/${number}/experiments/${b.experimentId}`}>
            <VerdictBadge verdict={b.verdict} status={b.status} prefix={b.figureLabel} />
          </Link>
        </li>
      ))}
    </ul>
  );
}
