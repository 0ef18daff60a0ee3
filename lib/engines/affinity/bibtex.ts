// BibTeX reader for reviewer publication lists. Handles brace- and quote-delimited values,
// nested braces, '#' concatenation, numbers, @comment/@preamble/@string blocks (skipped;
// macros are kept as their name), and LaTeX accents. Malformed entries are reported with the
// line they start on and do not stop the rest of the file from being read.
import { latexToText } from "./latex-text";

export interface BibtexEntry {
  type: string;
  key: string;
  title: string;
  abstract?: string;
  year?: number;
  authors: string[];
  /** Line of the entry's '@'. */
  line: number;
}

export interface BibtexProblem {
  line: number;
  message: string;
}

export class BibtexError extends Error {
  constructor(readonly problems: BibtexProblem[]) {
    super(problems.map((p) => `line ${p.line}: ${p.message}`).join("\n"));
    this.name = "BibtexError";
  }
}

const SKIPPED = new Set(["comment", "preamble", "string"]);

class Cursor {
  pos = 0;
  private readonly lineStarts: number[] = [0];
  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
  }
  lineAt(pos: number): number {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.lineStarts[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
  skipSpace(): void {
    while (this.pos < this.text.length) {
      const c = this.text[this.pos]!;
      if (c === "%") {
        while (this.pos < this.text.length && this.text[this.pos] !== "\n") this.pos++;
      } else if (/\s/.test(c)) this.pos++;
      else break;
    }
  }
  peek(): string | undefined {
    return this.text[this.pos];
  }
}

class EntryError extends Error {
  constructor(message: string, readonly pos: number) {
    super(message);
  }
}

/** Reads a {…} group starting at an opening brace; returns the inner text. */
function readBraced(c: Cursor): string {
  const start = c.pos;
  let depth = 0;
  for (; c.pos < c.text.length; c.pos++) {
    const ch = c.text[c.pos];
    if (ch === "\\") {
      c.pos++;
      continue;
    }
    if (ch === "{") depth++;
    else if (ch === "}" && --depth === 0) {
      c.pos++;
      return c.text.slice(start + 1, c.pos - 1);
    }
    // A new entry at the start of a line inside an open value means a brace was never closed.
    if (ch === "\n" && depth > 0 && /^\s*@[A-Za-z]+\s*[{(]/.test(c.text.slice(c.pos + 1, c.pos + 40)) && depth <= 2) {
      throw new EntryError("unbalanced braces: value is not closed before the next entry", start);
    }
  }
  throw new EntryError("unbalanced braces: value is not closed", start);
}

function readQuoted(c: Cursor): string {
  const start = c.pos;
  c.pos++;
  let depth = 0;
  for (; c.pos < c.text.length; c.pos++) {
    const ch = c.text[c.pos];
    if (ch === "\\") {
      c.pos++;
      continue;
    }
    if (ch === "{") depth++;
    else if (ch === "}") depth--;
    else if (ch === '"' && depth === 0) {
      c.pos++;
      return c.text.slice(start + 1, c.pos - 1);
    }
  }
  throw new EntryError('unterminated quoted value', start);
}

function readValue(c: Cursor): string {
  const parts: string[] = [];
  for (;;) {
    c.skipSpace();
    const ch = c.peek();
    if (ch === "{") parts.push(readBraced(c));
    else if (ch === '"') parts.push(readQuoted(c));
    else {
      const m = /^[A-Za-z0-9_:.\-+/]+/.exec(c.text.slice(c.pos, c.pos + 200));
      if (!m) throw new EntryError(ch === undefined ? "unexpected end of file in a value" : `unexpected "${ch}" where a value was expected`, c.pos);
      parts.push(m[0]);
      c.pos += m[0].length;
    }
    c.skipSpace();
    if (c.peek() !== "#") return parts.join("");
    c.pos++;
  }
}

function splitAuthors(raw: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let last = 0;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (ch === "{") depth++;
    else if (ch === "}") depth--;
    else if (depth === 0 && /\s/.test(ch!) && /^\s+and\s+/i.test(raw.slice(i))) {
      names.push(raw.slice(last, i));
      const m = /^\s+and\s+/i.exec(raw.slice(i))!;
      i += m[0].length - 1;
      last = i + 1;
    }
  }
  names.push(raw.slice(last));
  return names
    .map((n) => latexToText(n))
    .filter((n) => n && n.toLowerCase() !== "others")
    .map((n) => {
      // "Last, First" and "Last, Jr., First" → "First Last"
      const parts = n.split(",").map((x) => x.trim());
      if (parts.length === 2) return `${parts[1]} ${parts[0]}`.trim();
      if (parts.length === 3) return `${parts[2]} ${parts[0]} ${parts[1]}`.trim();
      return n;
    });
}

function parseEntry(c: Cursor, at: number): BibtexEntry | null {
  c.pos = at + 1;
  const typeMatch = /^[A-Za-z]+/.exec(c.text.slice(c.pos, c.pos + 40));
  if (!typeMatch) throw new EntryError("missing entry type after @", at);
  const type = typeMatch[0].toLowerCase();
  c.pos += typeMatch[0].length;
  c.skipSpace();
  const open = c.peek();
  if (open !== "{" && open !== "(") throw new EntryError(`expected "{" after @${type}`, c.pos);
  if (SKIPPED.has(type)) {
    if (open === "{") readBraced(c);
    else {
      const close = c.text.indexOf(")", c.pos);
      c.pos = close < 0 ? c.text.length : close + 1;
    }
    return null;
  }
  const close = open === "{" ? "}" : ")";
  c.pos++;
  c.skipSpace();
  const keyMatch = /^[^,\s}]+/.exec(c.text.slice(c.pos, c.pos + 200));
  if (!keyMatch) throw new EntryError(`@${type} entry has no citation key`, at);
  const key = keyMatch[0];
  c.pos += key.length;
  c.skipSpace();
  const fields = new Map<string, string>();
  for (;;) {
    c.skipSpace();
    if (c.peek() === ",") {
      c.pos++;
      c.skipSpace();
    }
    const ch = c.peek();
    if (ch === close) {
      c.pos++;
      break;
    }
    if (ch === undefined) throw new EntryError(`entry ${key} is not closed`, at);
    if (ch === "@") throw new EntryError(`entry ${key} is not closed before the next entry (unbalanced braces?)`, at);
    const nameMatch = /^[A-Za-z][A-Za-z0-9_\-:]*/.exec(c.text.slice(c.pos, c.pos + 100));
    if (!nameMatch) throw new EntryError(`entry ${key}: unexpected "${ch}" where a field name was expected`, c.pos);
    const name = nameMatch[0].toLowerCase();
    c.pos += nameMatch[0].length;
    c.skipSpace();
    if (c.peek() !== "=") throw new EntryError(`entry ${key}: field "${name}" has no "="`, c.pos);
    c.pos++;
    fields.set(name, readValue(c));
  }

  const title = latexToText(fields.get("title") ?? "");
  if (!title) throw new EntryError(`entry ${key} has no title`, at);
  const entry: BibtexEntry = { type, key, title, authors: splitAuthors(fields.get("author") ?? ""), line: c.lineAt(at) };
  const abstract = latexToText(fields.get("abstract") ?? "");
  if (abstract) entry.abstract = abstract;
  const year = /\d{4}/.exec(fields.get("year") ?? fields.get("date") ?? "");
  if (year) entry.year = Number(year[0]);
  return entry;
}

/** Parses every well-formed entry and lists the malformed ones by line. */
export function parseBibtexLenient(text: string): { entries: BibtexEntry[]; problems: BibtexProblem[] } {
  const c = new Cursor(text);
  const entries: BibtexEntry[] = [];
  const problems: BibtexProblem[] = [];
  let search = 0;
  for (;;) {
    const at = text.indexOf("@", search);
    if (at < 0) break;
    try {
      const e = parseEntry(c, at);
      if (e) entries.push(e);
      search = Math.max(c.pos, at + 1);
    } catch (err) {
      if (!(err instanceof EntryError)) throw err;
      problems.push({ line: c.lineAt(err.pos), message: err.message });
      // Resume at the next '@' that starts a line, so one broken entry does not swallow the rest.
      const next = /\n\s*@/.exec(text.slice(at + 1));
      search = next ? at + 1 + next.index + 1 : text.length;
    }
  }
  return { entries, problems };
}

/** Parses a BibTeX file; throws BibtexError listing every malformed entry by line. */
export function parseBibtex(text: string): Omit<BibtexEntry, "type" | "key" | "line">[] {
  const { entries, problems } = parseBibtexLenient(text);
  if (problems.length > 0) throw new BibtexError(problems);
  return entries.map(({ title, abstract, year, authors }) => ({ title, authors, ...(abstract ? { abstract } : {}), ...(year !== undefined ? { year } : {}) }));
}
