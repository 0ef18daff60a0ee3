// Institution names are compared after normalisation, so "Univ. of Toronto",
// "University of Toronto" and "the University of Toronto" are one institution. Different
// names for one place ("MIT" vs "Massachusetts Institute of Technology") are only caught
// through the affiliation's domain, when given.
import { foldAccents } from "./names";
import type { Affiliation } from "./types";

const ABBREVIATIONS: ReadonlyArray<[RegExp, string]> = [
  [/\buniv\b/g, "university"],
  [/\buniversitat\b|\buniversite\b|\buniversidad\b|\buniversita\b|\buniversiteit\b/g, "university"],
  [/\binst\b/g, "institute"],
  [/\btech\b/g, "technology"],
  [/\bdept\b/g, "department"],
  [/\bnatl\b/g, "national"],
  [/&/g, " and "],
];

export function normalizeInstitution(name: string): string {
  let s = foldAccents(name).toLowerCase();
  for (const [re, to] of ABBREVIATIONS) s = s.replace(re, to);
  return s
    .replace(/[^a-z0-9 ]+/g, " ")
    .split(/\s+/)
    .filter((w) => w && w !== "the")
    .join(" ");
}

/** Affiliation held at some point in [currentYear - years, currentYear]. */
export function isRecent(a: Affiliation, currentYear: number, years: number): boolean {
  const end = a.endYear ?? currentYear;
  return a.startYear <= currentYear && end >= currentYear - years;
}
