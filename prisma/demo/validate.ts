// Consistency checks for the demo data. validateDemo() throws with the list of problems, or returns counts.
// Run: npx tsx -e 'import("./prisma/demo/validate.ts").then(m => m.validateDemo())'
import { assumptionsSchema } from "@/lib/theorems/taxonomy";
import { authors } from "./authors";
import { areaChairs, programChair, seniorAreaChair } from "./chairs";
import { expectedConflicts, expectedNonConflicts } from "./conflicts";
import {
  CONFLICT_REFERENCE_YEAR,
  CONFLICT_WINDOW_YEARS,
  detectDemoConflicts,
  emailDomain,
  overlapYears,
  pairConflictKinds,
  sameDomain,
} from "./detect";
import { slug } from "./helpers";
import { demoLogins } from "./logins";
import { reviewers } from "./reviewers";
import { submissions } from "./submissions";
import type { DemoPerson } from "./types";

export interface DemoCounts {
  reviewers: number;
  authors: number;
  chairs: number;
  submissions: number;
  theorems: number;
  publications: number;
  conflicts: Record<string, number>;
}

/** JSON with sorted keys and undefined fields dropped, so key order does not matter. */
const canonical = (o: object) =>
  JSON.stringify(Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined).sort(([x], [y]) => x.localeCompare(y))));

const words = (s: string) => s.trim().split(/\s+/).filter(Boolean).length;

function checkPerson(p: DemoPerson, role: string, problems: string[]): void {
  const where = `${role} ${p.key}`;
  if (!/^(pc|sac|ac|r|a)-[a-z0-9]+(-[a-z0-9]+)*$/.test(p.key)) problems.push(`${where}: key is not a slug`);
  if (!p.key.endsWith(slug(p.name))) problems.push(`${where}: key does not match name ${p.name}`);
  if (p.institutions.length < 1 || p.institutions.length > 3) problems.push(`${where}: ${p.institutions.length} institutions (want 1–3)`);
  const current = p.institutions.filter((i) => i.endYear === null);
  if (current.length !== 1) problems.push(`${where}: ${current.length} current institutions (want exactly 1)`);
  for (const i of p.institutions) {
    if (i.endYear !== null && i.endYear < i.startYear) problems.push(`${where}: ${i.name} ends before it starts`);
    if (i.startYear > CONFLICT_REFERENCE_YEAR || (i.endYear ?? 0) > CONFLICT_REFERENCE_YEAR) problems.push(`${where}: ${i.name} is in the future`);
    if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(i.domain)) problems.push(`${where}: bad domain ${i.domain}`);
  }
  const cur = current[0];
  if (cur && emailDomain(p.email) !== cur.domain) problems.push(`${where}: email ${p.email} is not at current domain ${cur.domain}`);
  if (!/^[a-z]+(\.[a-z]+)+@[a-z0-9.-]+$/.test(p.email)) problems.push(`${where}: email ${p.email} is not firstname.lastname@domain`);
  for (const pub of p.publications) {
    if (pub.year < 2015 || pub.year > 2026) problems.push(`${where}: publication "${pub.title}" year ${pub.year} outside 2015–2026`);
    if (!pub.title.trim() || !pub.abstract.trim() || !pub.venue.trim()) problems.push(`${where}: publication "${pub.title}" is missing a field`);
    if (pub.coAuthors.includes(p.name)) problems.push(`${where}: lists themself as co-author on "${pub.title}"`);
  }
}

export function validateDemo(): DemoCounts {
  const problems: string[] = [];
  const chairs = [programChair, seniorAreaChair, ...areaChairs];
  const everyone: [DemoPerson, string][] = [
    ...chairs.map((p): [DemoPerson, string] => [p, "chair"]),
    ...reviewers.map((p): [DemoPerson, string] => [p, "reviewer"]),
    ...authors.map((p): [DemoPerson, string] => [p, "author"]),
  ];

  // people
  const keys = new Map<string, number>();
  const emails = new Map<string, number>();
  const names = new Map<string, number>();
  for (const [p, role] of everyone) {
    keys.set(p.key, (keys.get(p.key) ?? 0) + 1);
    emails.set(p.email.toLowerCase(), (emails.get(p.email.toLowerCase()) ?? 0) + 1);
    names.set(p.name, (names.get(p.name) ?? 0) + 1);
    checkPerson(p, role, problems);
  }
  for (const [k, n] of keys) if (n > 1) problems.push(`key ${k} used ${n} times`);
  for (const [e, n] of emails) if (n > 1) problems.push(`email ${e} used ${n} times`);
  for (const [nm, n] of names) if (n > 1) problems.push(`name ${nm} used ${n} times`);
  for (const r of reviewers) {
    if (!r.key.startsWith("r-")) problems.push(`reviewer ${r.key}: key should start with r-`);
    if (r.publications.length < 4 || r.publications.length > 8) problems.push(`reviewer ${r.key}: ${r.publications.length} publications (want 4–8)`);
  }
  for (const a of authors) if (!a.key.startsWith("a-")) problems.push(`author ${a.key}: key should start with a-`);
  for (const c of [seniorAreaChair, ...areaChairs]) if (c.publications.length === 0) problems.push(`chair ${c.key}: no publications`);
  if (areaChairs.length !== 3) problems.push(`${areaChairs.length} area chairs (want 3)`);

  // submissions
  const authorByKey = new Map(authors.map((a) => [a.key, a]));
  const acKeys = new Set(areaChairs.map((a) => a.key));
  const numbers = submissions.map((s) => s.number);
  const expectedNumbers = Array.from({ length: submissions.length }, (_, i) => i + 1);
  if (JSON.stringify(numbers) !== JSON.stringify(expectedNumbers)) problems.push(`submission numbers are not 1..${submissions.length} in order`);
  const usedAuthors = new Set<string>();
  const titles = new Set<string>();
  let theorems = 0;
  for (const s of submissions) {
    const where = `submission ${s.number}`;
    if (titles.has(s.title)) problems.push(`${where}: duplicate title`);
    titles.add(s.title);
    const w = words(s.abstract);
    if (w < 150 || w > 250) problems.push(`${where}: abstract has ${w} words (want 150–250)`);
    if (s.keywords.length < 3 || s.keywords.length > 6) problems.push(`${where}: ${s.keywords.length} keywords (want 3–6)`);
    if (s.authorKeys.length < 1 || s.authorKeys.length > 4) problems.push(`${where}: ${s.authorKeys.length} authors (want 1–4)`);
    if (new Set(s.authorKeys).size !== s.authorKeys.length) problems.push(`${where}: repeated author`);
    for (const k of s.authorKeys) {
      if (!authorByKey.has(k)) problems.push(`${where}: unknown author ${k}`);
      usedAuthors.add(k);
    }
    if (!acKeys.has(s.areaChairKey)) problems.push(`${where}: unknown area chair ${s.areaChairKey}`);
    if (s.theorems.length < 1 || s.theorems.length > 3) problems.push(`${where}: ${s.theorems.length} theorems (want 1–3)`);
    const labels = new Set<string>();
    for (const t of s.theorems) {
      theorems++;
      if (labels.has(t.label)) problems.push(`${where}: duplicate theorem label ${t.label}`);
      labels.add(t.label);
      if (!t.statement.includes("$")) problems.push(`${where} ${t.label}: statement has no math`);
      if (/\$\{/.test(t.statement)) problems.push(`${where} ${t.label}: statement contains "\${"`);
      if ((t.statement.match(/\$/g) ?? []).length % 2 !== 0) problems.push(`${where} ${t.label}: unbalanced $ delimiters`);
      const parsed = assumptionsSchema.safeParse(t.assumptions);
      if (!parsed.success) {
        problems.push(`${where} ${t.label}: assumptions invalid: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
      } else if (canonical(parsed.data) !== canonical(t.assumptions)) {
        problems.push(`${where} ${t.label}: assumptions change when parsed (undefined fields?)`);
      }
      if (Object.values(t.assumptions).some((v) => v === undefined)) problems.push(`${where} ${t.label}: assumptions hold an undefined field`);
      if (t.assumptions.width !== "overparameterized" && t.assumptions.widthRequirement !== undefined) {
        problems.push(`${where} ${t.label}: widthRequirement without an over-parameterized width`);
      }
      if (t.assumptions.optimizer !== "sgd" && t.assumptions.batchSize !== undefined) problems.push(`${where} ${t.label}: batchSize without SGD`);
      if (t.assumptions.initScale !== "alpha_scaled" && t.assumptions.initAlpha !== undefined) problems.push(`${where} ${t.label}: initAlpha without α-scaling`);
    }
  }
  for (const a of authors) if (!usedAuthors.has(a.key)) problems.push(`author ${a.key} is on no submission`);
  for (const ac of areaChairs) if (!submissions.some((s) => s.areaChairKey === ac.key)) problems.push(`area chair ${ac.key} handles no submission`);

  // conflicts: every expected one holds under the reference rules, and nothing else is detected
  const reviewerByKey = new Map(reviewers.map((r) => [r.key, r]));
  const subByNumber = new Map(submissions.map((s) => [s.number, s]));
  const seenPairs = new Set<string>();
  for (const c of expectedConflicts) {
    const where = `expected conflict ${c.submissionNumber}/${c.reviewerKey}/${c.kind}`;
    const r = reviewerByKey.get(c.reviewerKey);
    const s = subByNumber.get(c.submissionNumber);
    if (!r || !s) {
      problems.push(`${where}: unknown reviewer or submission`);
      continue;
    }
    const pair = `${c.submissionNumber}/${c.reviewerKey}`;
    if (seenPairs.has(pair)) problems.push(`${where}: pair listed twice`);
    seenPairs.add(pair);
    const subAuthors = s.authorKeys.map((k) => authorByKey.get(k)).filter((a): a is DemoPerson => !!a);
    const holds = subAuthors.some((a) => {
      if (c.kind === "email-domain") return sameDomain(emailDomain(r.email), emailDomain(a.email));
      if (c.kind === "co-author") {
        return r.publications.some((p) => p.coAuthors.includes(a.name)) || a.publications.some((p) => p.coAuthors.includes(r.name));
      }
      // institution: overlapping years at the same domain, recent, and the reviewer has since moved
      const recent = CONFLICT_REFERENCE_YEAR - CONFLICT_WINDOW_YEARS;
      const overlapping = r.institutions.some(
        (ri) => ri.endYear !== null && a.institutions.some((ai) => (overlapYears(ri, ai)?.[1] ?? -Infinity) >= recent),
      );
      return overlapping && !sameDomain(emailDomain(r.email), emailDomain(a.email));
    });
    if (!holds) problems.push(`${where}: not supported by the data`);
  }
  const detected = detectDemoConflicts();
  const expectedSet = new Set(expectedConflicts.map((c) => `${c.submissionNumber}/${c.reviewerKey}/${c.kind}`));
  for (const d of detected) {
    const id = `${d.submissionNumber}/${d.reviewerKey}/${d.kind}`;
    if (!expectedSet.has(id)) problems.push(`unlisted conflict found by the reference rules: ${id}`);
  }
  const detectedSet = new Set(detected.map((d) => `${d.submissionNumber}/${d.reviewerKey}/${d.kind}`));
  for (const id of expectedSet) if (!detectedSet.has(id)) problems.push(`expected conflict not found by the reference rules: ${id}`);

  // near misses share a domain but fall outside the window; no other reviewer shares any domain with an author
  const nearMiss = new Set(expectedNonConflicts.map((n) => `${n.submissionNumber}/${n.reviewerKey}`));
  for (const n of expectedNonConflicts) if (detectedSet.has(`${n.submissionNumber}/${n.reviewerKey}/institution`)) problems.push(`near miss ${n.submissionNumber}/${n.reviewerKey} is detected`);
  for (const s of submissions) {
    for (const r of reviewers) {
      const pair = `${s.number}/${r.key}`;
      if (seenPairs.has(pair) || nearMiss.has(pair)) continue;
      for (const k of s.authorKeys) {
        const a = authorByKey.get(k);
        if (!a) continue;
        const shared = r.institutions.find((ri) => a.institutions.some((ai) => sameDomain(ri.domain, ai.domain)));
        if (shared) problems.push(`submission ${s.number}: reviewer ${r.key} shares domain ${shared.domain} with ${a.key} (not listed)`);
      }
    }
  }

  // chairs must not be conflicted with the submissions they handle (or, for the SAC and PC, with any)
  for (const s of submissions) {
    const subAuthors = s.authorKeys.map((k) => authorByKey.get(k)).filter((a): a is DemoPerson => !!a);
    for (const c of chairs) {
      if (c !== programChair && c !== seniorAreaChair && c.key !== s.areaChairKey) continue;
      for (const a of subAuthors) {
        const kinds = pairConflictKinds(c, a);
        const sharesAnyDomain = c.institutions.some((ci) => a.institutions.some((ai) => sameDomain(ci.domain, ai.domain)));
        if (kinds.length > 0 || sharesAnyDomain) problems.push(`submission ${s.number}: chair ${c.key} conflicts with ${a.key}`);
      }
    }
  }

  // demo logins
  const allEmails = new Set(everyone.map(([p]) => p.email));
  for (const l of demoLogins) if (!allEmails.has(l.email)) problems.push(`demo login ${l.role} ${l.email} is nobody's email`);

  if (problems.length > 0) {
    throw new Error(`Demo data has ${problems.length} problem(s):\n  - ${problems.join("\n  - ")}`);
  }
  const conflicts: Record<string, number> = {};
  for (const c of expectedConflicts) conflicts[c.kind] = (conflicts[c.kind] ?? 0) + 1;
  const counts: DemoCounts = {
    reviewers: reviewers.length,
    authors: authors.length,
    chairs: chairs.length,
    submissions: submissions.length,
    theorems,
    publications: [...reviewers, ...authors, ...chairs].reduce((n, p) => n + p.publications.length, 0),
    conflicts,
  };
  console.log(`Demo data OK: ${JSON.stringify(counts)}`);
  return counts;
}
