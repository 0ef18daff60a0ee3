// Reference conflict rules for the demo data, used by validate.ts to check expectedConflicts both ways.
// They mirror what automatic detection is expected to find:
//   email-domain — the reviewer's email domain equals (or is a subdomain of) an author's email domain;
//   institution  — the reviewer and an author were at the same institution (same domain) in overlapping years,
//                  and the overlap reaches into the last CONFLICT_WINDOW_YEARS years (the reviewer has since moved);
//   co-author    — a reviewer's publication lists an author by exact name, or an author's publication lists the
//                  reviewer by exact name.
// One kind per (submission, reviewer) pair, by priority email-domain > institution > co-author.
import { authors } from "./authors";
import { reviewers } from "./reviewers";
import { submissions } from "./submissions";
import type { DemoConflictKind, DemoExpectedConflict, DemoInstitution, DemoPerson } from "./types";

/** The year the demo data describes; institution overlaps must end at or after this minus the window. */
export const CONFLICT_REFERENCE_YEAR = 2026;
export const CONFLICT_WINDOW_YEARS = 3;

export function emailDomain(email: string): string {
  return (email.split("@")[1] ?? "").toLowerCase();
}

/** Same domain, or one a subdomain of the other ("cs.example.edu" ~ "example.edu"). */
export function sameDomain(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x === y || x.endsWith(`.${y}`) || y.endsWith(`.${x}`);
}

/** The years two stints at the same domain overlap, or null. Open-ended stints run to the reference year. */
export function overlapYears(a: DemoInstitution, b: DemoInstitution, now = CONFLICT_REFERENCE_YEAR): [number, number] | null {
  if (!sameDomain(a.domain, b.domain)) return null;
  const start = Math.max(a.startYear, b.startYear);
  const end = Math.min(a.endYear ?? now, b.endYear ?? now);
  return start <= end ? [start, end] : null;
}

export function pairConflictKinds(reviewer: DemoPerson, author: DemoPerson): DemoConflictKind[] {
  const kinds: DemoConflictKind[] = [];
  if (sameDomain(emailDomain(reviewer.email), emailDomain(author.email))) kinds.push("email-domain");
  const recent = CONFLICT_REFERENCE_YEAR - CONFLICT_WINDOW_YEARS;
  if (reviewer.institutions.some((ri) => author.institutions.some((ai) => (overlapYears(ri, ai)?.[1] ?? -Infinity) >= recent))) {
    kinds.push("institution");
  }
  const coauthored =
    reviewer.publications.some((p) => p.coAuthors.includes(author.name)) ||
    author.publications.some((p) => p.coAuthors.includes(reviewer.name));
  if (coauthored) kinds.push("co-author");
  return kinds;
}

/** Every conflict the reference rules find between reviewers and submissions, one (primary) kind per pair. */
export function detectDemoConflicts(): DemoExpectedConflict[] {
  const authorByKey = new Map(authors.map((a) => [a.key, a]));
  const found: DemoExpectedConflict[] = [];
  for (const s of submissions) {
    for (const r of reviewers) {
      const kinds = new Set<DemoConflictKind>();
      for (const k of s.authorKeys) {
        const a = authorByKey.get(k);
        if (a) for (const kind of pairConflictKinds(r, a)) kinds.add(kind);
      }
      const primary = (["email-domain", "institution", "co-author"] as const).find((k) => kinds.has(k));
      if (primary) found.push({ submissionNumber: s.number, reviewerKey: r.key, kind: primary });
    }
  }
  return found;
}
