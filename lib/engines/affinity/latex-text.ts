// Rough LaTeX-to-Unicode for bibliography fields: accents, a few special letters, and
// stripping of commands and grouping braces. Good enough for matching and display,
// not a TeX interpreter.

const ACCENTS: Record<string, string> = {
  '"': "\u0308", "'": "\u0301", "`": "\u0300", "^": "\u0302", "~": "\u0303", "=": "\u0304", ".": "\u0307",
  u: "\u0306", v: "\u030c", H: "\u030b", c: "\u0327", k: "\u0328", r: "\u030a", d: "\u0323", b: "\u0331",
};

const LETTERS: Record<string, string> = {
  ss: "ß", o: "ø", O: "Ø", aa: "å", AA: "Å", ae: "æ", AE: "Æ", oe: "œ", OE: "Œ", l: "ł", L: "Ł", i: "ı", j: "ȷ",
};

export function latexToText(input: string): string {
  let s = input;
  // Accent commands: \"o, \"{o}, {\"o}, \c{c}, \v s … (the letter may itself be \i).
  s = s.replace(/\\(["'`^~=.])\s*\{?\s*(\\[ij]|[A-Za-z])\s*\}?/g, (_, acc: string, letter: string) => base(letter) + ACCENTS[acc]);
  s = s.replace(/\\([uvHckrdb])(?:\s+|\s*\{\s*)(\\[ij]|[A-Za-z])\s*\}?/g, (_, acc: string, letter: string) => base(letter) + ACCENTS[acc]);
  s = s.replace(/\\(ss|aa|AA|ae|AE|oe|OE|o|O|l|L|i|j)(?![A-Za-z])\s?/g, (_, name: string) => LETTERS[name] ?? name);
  s = s.replace(/\\([&%$#_{}])/g, "$1");
  s = s.replace(/---?/g, "–");
  // Other commands keep their argument: \emph{deep} → deep; bare ones vanish.
  s = s.replace(/\\[A-Za-z]+\*?\s*/g, "");
  s = s.replace(/[{}$]/g, "").replace(/~/g, " ");
  return s.normalize("NFC").replace(/\s+/g, " ").trim();
}

function base(letter: string): string {
  return letter === "\\i" ? "i" : letter === "\\j" ? "j" : letter;
}
