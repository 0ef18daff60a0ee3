import { describe, expect, it } from "vitest";
import { decodeUpload } from "@/lib/imports/csv";
import { parseReviewersCsv } from "@/lib/imports/reviewers";
import { parseSubmissionsCsv } from "@/lib/imports/submissions";

describe("CSV reading", () => {
  it("reports lines as the file numbers them, across quoted line breaks, blank lines and CRLF", () => {
    const text = 'number,title,authors\r\n1,"Two\r\nlines",A <a@x.example>\r\n\r\n2,,B <b@x.example>\r\n';
    const r = parseSubmissionsCsv(text);
    expect(r.ok && r.errors).toEqual([{ line: 5, reason: "title is empty" }]);
    expect(r.ok && r.rows.map((x) => x.line)).toEqual([2]);
  });

  it("accepts a byte-order mark and header spellings in any case", () => {
    const r = parseReviewersCsv("\uFEFFName,E-mail,Max_Load\nAda,ADA@X.EXAMPLE,2\n");
    expect(r.ok && r.rows[0]?.row).toMatchObject({ email: "ada@x.example", maxLoad: 2, institutions: undefined });
  });

  it("names a non-numeric load with the value given", () => {
    const r = parseReviewersCsv("name,email,max load\nAda,ada@x.example,lots\n");
    expect(r.ok && r.errors).toEqual([{ line: 2, reason: 'max load must be a whole number, got "lots"' }]);
  });

  it("refuses empty, binary and header-only files as a whole", () => {
    expect(decodeUpload(new Uint8Array())).toEqual({ ok: false, fileError: "The file is empty." });
    expect(decodeUpload(new Uint8Array([0x50, 0x4b, 0, 1]))).toMatchObject({ ok: false });
    expect(parseReviewersCsv("name,email,max load\n")).toMatchObject({ ok: false, fileError: expect.stringMatching(/no reviewers/) });
  });
});
