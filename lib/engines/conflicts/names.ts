// Person-name normalisation and matching for co-authorship conflicts.
//
// Policy: two names match when their family names are equal (accents, case, hyphens and
// spaces ignored) and their given names are compatible position by position: a full name
// must equal a full name, an initial must equal the first letter of the other side's name
// or initial, and a given name present on only one side is not held against the match.
// So "A. B. Smith" ~ "Alice B. Smith" ~ "Alice Smith", but not "Alice C. Smith" or
// "Bob Smith". Family names compare on their last word ("Garcia-Lopez" ~ "Lopez"), which
// errs towards flagging: a chair dismisses a false conflict more easily than finding a
// missed one. Nicknames (Bob/Robert) and transliteration variants are not matched.
// A bare family name ("Smith") matches only another bare "Smith".

export interface ParsedName {
  /** Last word of the family name, normalised. */
  family: string;
  /** Given names in order; `initial` when only a letter was written. */
  given: { value: string; initial: boolean }[];
}

const PARTICLES = new Set(["van", "von", "de", "der", "den", "del", "della", "di", "da", "du", "le", "la", "dos", "das", "bin", "al"]);
const SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv", "phd", "prof", "dr"]);

export function foldAccents(s: string): string {
  return s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/ß/g, "ss").replace(/ø/g, "o").replace(/ł/g, "l");
}

function givenTokens(raw: string): { value: string; initial: boolean }[] {
  const out: { value: string; initial: boolean }[] = [];
  for (const part of raw.split(/[\s.\-‐]+/).filter(Boolean)) {
    // "AB" written in capitals is two initials; "Ab" is a (short) name.
    if (/^[A-Z]{2,3}$/.test(part)) {
      for (const ch of part) out.push({ value: ch.toLowerCase(), initial: true });
      continue;
    }
    const value = part.toLowerCase().replace(/[^a-z]/g, "");
    if (!value) continue;
    out.push({ value, initial: value.length === 1 });
  }
  return out;
}

export function parseName(name: string): ParsedName {
  const folded = foldAccents(name).replace(/[^A-Za-z\s.,'\-‐]/g, " ").replace(/'/g, "").trim();
  let familyRaw: string;
  let givenRaw: string;
  const comma = folded.indexOf(",");
  if (comma >= 0) {
    // "Smith, Alice B." (a trailing ", Jr." is a suffix, not a given name)
    familyRaw = folded.slice(0, comma);
    givenRaw = folded
      .slice(comma + 1)
      .split(",")
      .filter((g) => !SUFFIXES.has(g.trim().toLowerCase().replace(/\./g, "")))
      .join(" ");
  } else {
    const words = folded.split(/\s+/).filter((w) => w && !SUFFIXES.has(w.toLowerCase().replace(/\./g, "")));
    let i = words.length - 1;
    // Particles before the last word belong to the family name: "Ludwig van Beethoven".
    while (i > 0 && PARTICLES.has(words[i - 1]!.toLowerCase())) i--;
    familyRaw = words.slice(i).join(" ");
    givenRaw = words.slice(0, i).join(" ");
  }
  // Double family names are written "Garcia-Lopez", "Garcia Lopez" or just "Lopez"; keying on
  // the last one makes all three meet.
  const familyWords = familyRaw.toLowerCase().split(/[\s\-‐]+/).filter((w) => w && !PARTICLES.has(w));
  return { family: (familyWords.at(-1) ?? "").replace(/[^a-z]/g, ""), given: givenTokens(givenRaw) };
}

/** Index key: family name plus first initial (names with no given name key on family alone). */
export function nameKey(n: ParsedName): string {
  return `${n.family}|${n.given[0]?.value[0] ?? ""}`;
}

export function namesMatch(a: ParsedName, b: ParsedName): boolean {
  if (!a.family || a.family !== b.family) return false;
  if (a.given.length === 0 || b.given.length === 0) return a.given.length === b.given.length;
  const n = Math.min(a.given.length, b.given.length);
  for (let i = 0; i < n; i++) {
    const x = a.given[i]!;
    const y = b.given[i]!;
    if (x.initial || y.initial) {
      if (x.value[0] !== y.value[0]) return false;
    } else if (x.value !== y.value) return false;
  }
  return true;
}
