import { describe, expect, it } from "vitest";
import { BibtexError, parseBibtex } from "@/lib/engines/affinity";
import { parseBibtexLenient } from "@/lib/engines/affinity/bibtex";

const GOOD = String.raw`
% my publications
@string{icml = "ICML"}
@inproceedings{jacot2018,
  title = {Neural Tangent Kernel: Convergence and Generalization in {N}eural {N}etworks},
  author = {Jacot, Arthur and Gabriel, Franck and Hongler, Cl{\'e}ment},
  booktitle = icml,
  year = 2018,
  abstract = "At initialization, {wide} networks are Gaussian processes -- see \emph{below}."
}

@article{erdos,
  title = "On random graphs {I}",
  author = {Paul Erd{\H o}s and Alfr\'{e}d R{\'e}nyi and others},
  year = {1959}
}
@ARTICLE(koenig, title={Sch{\"o}ne {\"U}bung mit \ss{} und \o}, author={M{\"u}ller, J.}, year = "2021")
`;

describe("parseBibtex", () => {
  it("reads braces, quotes, numbers, parentheses and LaTeX accents", () => {
    const entries = parseBibtex(GOOD);
    expect(entries).toEqual([
      {
        title: "Neural Tangent Kernel: Convergence and Generalization in Neural Networks",
        abstract: "At initialization, wide networks are Gaussian processes – see below.",
        year: 2018,
        authors: ["Arthur Jacot", "Franck Gabriel", "Clément Hongler"],
      },
      { title: "On random graphs I", year: 1959, authors: ["Paul Erdős", "Alfréd Rényi"] },
      { title: "Schöne Übung mit ß und ø", year: 2021, authors: ["J. Müller"] },
    ]);
  });

  it("reports malformed entries with their line numbers and keeps the rest", () => {
    const text = [
      "@article{ok1, title={Fine}, year=2020}", // line 1
      "@article{broken, title={Unclosed, year=2020}", // line 2
      "", //
      "@article{ok2, title={Also fine}}", // line 4
      "@misc{notitle, author={A. B.}}", // line 5
      "@article{noeq, title {X}}", // line 6
    ].join("\n");
    const { entries, problems } = parseBibtexLenient(text);
    expect(entries.map((e) => e.key)).toEqual(["ok1", "ok2"]);
    expect(problems).toEqual([
      { line: 2, message: expect.stringMatching(/not closed before the next entry/) },
      { line: 5, message: "entry notitle has no title" },
      { line: 6, message: expect.stringMatching(/field "title" has no "="/) },
    ]);
    expect(() => parseBibtex(text)).toThrow(BibtexError);
    expect(() => parseBibtex(text)).toThrow(/line 2: entry broken is not closed/);
  });

  it("reports an unterminated last entry", () => {
    expect(() => parseBibtex("@article{x,\n  title = {T},\n  year = 2020\n")).toThrow(/line 1: entry x is not closed/);
  });
});
