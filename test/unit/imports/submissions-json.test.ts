import { describe, expect, it } from "vitest";
import { looksLikeJson, parseSubmissionsJson, recordStartLines } from "@/lib/imports/submissions-json";

describe("submissions as JSON", () => {
  it("reads Tangent's own records, with the line each record starts on", () => {
    const text = `[
  {"number": 1, "title": "Lazy training", "abstract": "A.", "keywords": ["ntk", "width"],
   "authors": [{"name": "Ada L", "email": "Ada@Example.org"}]},
  {"id": "OR-7", "title": "Edge of stability", "authors": "Bo K <bo@example.org>; Cy D <cy@example.org>"}
]`;
    const r = parseSubmissionsJson(text);
    if (!r.ok) throw new Error(r.fileError);
    expect(r.errors).toEqual([]);
    expect(r.rows.map((x) => x.line)).toEqual([2, 4]);
    expect(r.rows[0]!.row).toMatchObject({ number: 1, keywords: ["ntk", "width"], authors: [{ name: "Ada L", email: "ada@example.org" }] });
    expect(r.rows[1]!.row).toMatchObject({ id: "OR-7", abstract: "", authors: [{ email: "bo@example.org" }, { email: "cy@example.org" }] });
  });

  it("reads OpenReview notes (API 2 values, authors with authorids) and the expertise submissions.json map", () => {
    const notes = JSON.stringify([{ id: "abc123", number: 12, content: { title: { value: "T" }, abstract: { value: "A" }, keywords: { value: ["k"] }, authors: { value: ["Ann Z"] }, authorids: { value: ["ann@z.org"] } } }]);
    const a = parseSubmissionsJson(notes);
    expect(a.ok && a.rows[0]!.row).toMatchObject({ id: "abc123", number: 12, title: "T", authors: [{ name: "Ann Z", email: "ann@z.org" }] });
    const map = JSON.stringify({ p1: { id: "p1", content: { title: "T1", abstract: "A1", authors: ["X Y"], authorids: ["x@y.org"] } } });
    const b = parseSubmissionsJson(map);
    expect(b.ok && b.rows[0]!.row).toMatchObject({ id: "p1", title: "T1" });
  });

  it("reports each bad record by its line and reason, and file-level problems plainly", () => {
    const text = `[
  {"number": 1, "title": "", "authors": [{"name": "A", "email": "a@x.org"}]},
  {"number": 1, "title": "Dup", "authors": [{"name": "A", "email": "a@x.org"}]},
  {"number": 1, "title": "Dup again", "authors": [{"name": "A", "email": "a@x.org"}]},
  {"id": "q", "content": {"title": "T", "authors": ["A", "B"], "authorids": ["a@x.org"]}},
  {"id": "r", "content": {"title": "T", "authors": ["A"], "authorids": ["~Ann_Z1"]}},
  7
]`;
    const r = parseSubmissionsJson(text);
    if (!r.ok) throw new Error(r.fileError);
    expect(r.errors).toEqual([
      { line: 2, reason: "title is empty" },
      { line: 4, reason: "duplicate of line 3 (same number 1)" },
      { line: 5, reason: "authors lists 2 names but authorids 1 emails" },
      { line: 6, reason: 'authorids entry "~Ann_Z1" is a profile id, not an email: export the notes with author emails' },
      { line: 0, reason: "record 6 is not an object" },
    ].sort((a, b) => a.line - b.line));
    expect(r.rows).toHaveLength(1);
    expect(parseSubmissionsJson("[1,")).toEqual({ ok: false, fileError: expect.stringMatching(/not valid JSON/) });
    expect(parseSubmissionsJson("[]")).toEqual({ ok: false, fileError: "The file lists no submissions" });
  });

  it("tells JSON from CSV and finds record starts despite braces inside strings", () => {
    expect(looksLikeJson("subs.json", "number,title")).toBe(true);
    expect(looksLikeJson("subs.csv", "\uFEFF [ {}]")).toBe(true);
    expect(looksLikeJson("subs.csv", "number,title\n1,x")).toBe(false);
    expect(recordStartLines('[\n{"t": "a { b"},\n{"t": "}"}\n]')).toEqual([2, 3]);
  });
});
