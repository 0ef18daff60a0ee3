// Small builders that keep the demo data files terse. Pure functions, no I/O.
import type { DemoInstitution, DemoPerson, DemoPublication } from "./types";

const SPECIAL: Record<string, string> = { ı: "i", ł: "l", Ł: "l", ø: "o", Ø: "o", ß: "ss", đ: "d", æ: "ae", œ: "oe" };

/** "Élodie Marchand" → "elodie-marchand" (ASCII, lower case, hyphen-separated). */
export function slug(name: string): string {
  return name
    .replace(/['’]/g, "")
    .replace(/[ıłŁøØßđæœ]/g, (c) => SPECIAL[c] ?? c)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

export function inst(name: string, domain: string, startYear: number, endYear: number | null = null): DemoInstitution {
  return { name, domain, startYear, endYear };
}

export function pub(year: number, venue: string, title: string, coAuthors: string[], abstract: string): DemoPublication {
  return { title, abstract, year, venue, coAuthors };
}

/** The institution without an end year; every demo person has exactly one. */
export function currentInstitution(p: Pick<DemoPerson, "institutions" | "name">): DemoInstitution {
  const cur = p.institutions.find((i) => i.endYear === null);
  if (!cur) throw new Error(`${p.name} has no current institution`);
  return cur;
}

export function person(
  prefix: "pc" | "sac" | "ac" | "r" | "a",
  name: string,
  seniority: DemoPerson["seniority"],
  institutions: DemoInstitution[],
  publications: DemoPublication[] = [],
  maxLoad?: number,
): DemoPerson {
  const cur = institutions.find((i) => i.endYear === null);
  if (!cur) throw new Error(`${name} has no current institution`);
  const local = slug(name).replace(/-/g, ".");
  const p: DemoPerson = { key: `${prefix}-${slug(name)}`, name, email: `${local}@${cur.domain}`, institutions, seniority, publications };
  if (maxLoad !== undefined) p.maxLoad = maxLoad;
  return p;
}
