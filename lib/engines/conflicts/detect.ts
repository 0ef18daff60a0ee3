// Conflict detection by index lookups: reviewers are indexed by domain, institution and
// co-author name key, and each submission author is looked up in those indexes, so the cost
// grows with authors × matches rather than papers × reviewers.
import { emailDomain, makeIgnoredDomains, registrableDomain, WEBMAIL_DOMAINS } from "./domains";
import { isRecent, normalizeInstitution } from "./institutions";
import { nameKey, namesMatch, parseName, type ParsedName } from "./names";
import type { Affiliation, Conflict, ConflictKind, ConflictOptions, ConflictReason, ConflictReviewer, ConflictSubmission } from "./types";

export const DEFAULT_CONFLICT_OPTIONS: Omit<ConflictOptions, "currentYear"> = {
  institutionYears: 3,
  coauthorYears: 5,
  undatedPublications: "include",
  ignoreDomains: WEBMAIL_DOMAINS,
};

class MultiMap<V> {
  readonly map = new Map<string, V[]>();
  add(key: string, v: V): void {
    const list = this.map.get(key);
    if (list) list.push(v);
    else this.map.set(key, [v]);
  }
  get(key: string): readonly V[] {
    return this.map.get(key) ?? [];
  }
}

interface ReviewerIndexes {
  byEmail: MultiMap<number>;
  byDomain: MultiMap<number>;
  byInstitution: MultiMap<{ reviewer: number; name: string }>;
  byInstitutionDomain: MultiMap<{ reviewer: number; name: string }>;
  byCoauthor: MultiMap<{ reviewer: number; name: string; parsed: ParsedName }>;
}

function indexReviewers(reviewers: readonly ConflictReviewer[], o: ConflictOptions, ignored: Set<string>): ReviewerIndexes {
  const ix: ReviewerIndexes = {
    byEmail: new MultiMap(),
    byDomain: new MultiMap(),
    byInstitution: new MultiMap(),
    byInstitutionDomain: new MultiMap(),
    byCoauthor: new MultiMap(),
  };
  const minCoauthorYear = o.currentYear - o.coauthorYears;
  reviewers.forEach((r, ri) => {
    if (r.email.trim()) ix.byEmail.add(r.email.trim().toLowerCase(), ri);
    const domains = new Set([emailDomain(r.email), ...r.extraDomains.map(registrableDomain)]);
    for (const d of domains) if (d && !ignored.has(d)) ix.byDomain.add(d, ri);

    const seenInst = new Set<string>();
    for (const a of r.institutions) {
      if (!isRecent(a, o.currentYear, o.institutionYears)) continue;
      const key = normalizeInstitution(a.name);
      if (key && !seenInst.has(key)) {
        seenInst.add(key);
        ix.byInstitution.add(key, { reviewer: ri, name: a.name });
      }
      const d = a.domain ? registrableDomain(a.domain) : "";
      if (d && !ignored.has(d) && !seenInst.has(`@${d}`)) {
        seenInst.add(`@${d}`);
        ix.byInstitutionDomain.add(d, { reviewer: ri, name: a.name });
      }
    }

    const seenNames = new Set<string>();
    for (const pub of r.publications) {
      if (pub.year === undefined ? o.undatedPublications === "ignore" : pub.year < minCoauthorYear) continue;
      for (const name of pub.coAuthors) {
        const parsed = parseName(name);
        if (!parsed.family) continue;
        const full = `${parsed.family}|${parsed.given.map((g) => g.value).join(" ")}`;
        if (seenNames.has(full)) continue;
        seenNames.add(full);
        ix.byCoauthor.add(nameKey(parsed), { reviewer: ri, name, parsed });
      }
    }
  });
  return ix;
}

/** Collects reasons per reviewer for one paper, dropping exact duplicates. */
class PaperConflicts {
  readonly reasons = new Map<number, ConflictReason[]>();
  add(reviewer: number, kind: ConflictKind, detail: string): void {
    const list = this.reasons.get(reviewer) ?? [];
    if (!list.some((x) => x.kind === kind && x.detail === detail)) list.push({ kind, detail });
    this.reasons.set(reviewer, list);
  }
}

function recentAffiliations(list: readonly Affiliation[] | undefined, o: ConflictOptions): Affiliation[] {
  return (list ?? []).filter((a) => isRecent(a, o.currentYear, o.institutionYears));
}

export function detectConflicts(
  submissions: readonly ConflictSubmission[],
  reviewers: readonly ConflictReviewer[],
  options: Partial<ConflictOptions> & Pick<ConflictOptions, "currentYear">,
): Conflict[] {
  const o: ConflictOptions = { ...DEFAULT_CONFLICT_OPTIONS, ...options };
  const ignored = makeIgnoredDomains(o.ignoreDomains);
  const ix = indexReviewers(reviewers, o, ignored);
  const out: Conflict[] = [];

  for (const s of submissions) {
    const found = new PaperConflicts();
    for (const author of s.authors) {
      const email = author.email.trim().toLowerCase();
      for (const r of email ? ix.byEmail.get(email) : []) found.add(r, "email-domain", `is author ${author.name} (same email ${email})`);

      const d = emailDomain(author.email);
      if (d && !ignored.has(d)) for (const r of ix.byDomain.get(d)) found.add(r, "email-domain", `shares domain ${d} with author ${author.name}`);

      for (const a of recentAffiliations(author.institutions, o)) {
        for (const hit of ix.byInstitution.get(normalizeInstitution(a.name))) {
          found.add(hit.reviewer, "institution", `affiliated with ${hit.name} within the last ${o.institutionYears} years, as is author ${author.name}`);
        }
        const ad = a.domain ? registrableDomain(a.domain) : "";
        if (ad && !ignored.has(ad)) {
          for (const hit of ix.byInstitutionDomain.get(ad)) {
            found.add(hit.reviewer, "institution", `affiliated with ${hit.name} (${ad}) within the last ${o.institutionYears} years, as is author ${author.name} (${a.name})`);
          }
        }
      }

      const parsed = parseName(author.name);
      if (parsed.family) {
        for (const hit of ix.byCoauthor.get(nameKey(parsed))) {
          if (namesMatch(parsed, hit.parsed)) {
            found.add(hit.reviewer, "co-author", `co-authored with ${hit.name} (matches author ${author.name}) within the last ${o.coauthorYears} years`);
          }
        }
      }
    }
    for (const r of [...found.reasons.keys()].sort((a, b) => a - b)) {
      out.push({ paperId: s.id, reviewerId: reviewers[r]!.id, reasons: found.reasons.get(r)! });
    }
  }
  return out;
}
