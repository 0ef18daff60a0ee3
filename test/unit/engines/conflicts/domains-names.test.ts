import { describe, expect, it } from "vitest";
import { emailDomain, namesMatch, normalizeInstitution, parseName, registrableDomain } from "@/lib/engines/conflicts";

describe("registrableDomain", () => {
  it.each([
    ["cs.mit.edu", "mit.edu"],
    ["CSAIL.MIT.EDU.", "mit.edu"],
    ["eng.ox.ac.uk", "ox.ac.uk"],
    ["cs.unimelb.edu.au", "unimelb.edu.au"],
    ["mails.tsinghua.edu.cn", "tsinghua.edu.cn"],
    ["www.epfl.ch", "epfl.ch"],
    ["google.com", "google.com"],
    ["localhost", ""],
  ])("%s → %s", (host, want) => expect(registrableDomain(host)).toBe(want));

  it("takes the domain of an email address", () => {
    expect(emailDomain("alice@cs.stanford.edu")).toBe("stanford.edu");
    expect(emailDomain("not-an-email")).toBe("");
  });
});

describe("name matching policy", () => {
  const m = (a: string, b: string) => namesMatch(parseName(a), parseName(b));

  it("ignores case, accents and punctuation", () => {
    expect(m("José Müller", "jose muller")).toBe(true);
    expect(m("Smith, Alice B.", "Alice B. Smith")).toBe(true);
  });

  it("accepts initials only where compatible", () => {
    expect(m("A. B. Smith", "Alice B. Smith")).toBe(true);
    expect(m("A. Smith", "Alice Bea Smith")).toBe(true);
    expect(m("AB Smith", "Alice Bea Smith")).toBe(true);
    expect(m("A. C. Smith", "Alice B. Smith")).toBe(false);
    expect(m("B. Smith", "Alice Smith")).toBe(false);
    expect(m("Alice Smith", "Alicia Smith")).toBe(false);
    expect(m("Alice Smith", "Alice Smyth")).toBe(false);
  });

  it("handles particles, hyphens and suffixes", () => {
    expect(m("Ludwig van Beethoven", "L. Beethoven")).toBe(true);
    expect(m("Jean-Pierre Garcia-Lopez", "J.-P. Garcia Lopez")).toBe(true);
    expect(m("Martin Luther King Jr.", "M. L. King")).toBe(true);
  });
});

describe("normalizeInstitution", () => {
  it("folds abbreviations, articles, accents and punctuation", () => {
    expect(normalizeInstitution("The Univ. of Toronto")).toBe(normalizeInstitution("University of Toronto"));
    expect(normalizeInstitution("Universität Zürich")).toBe("university zurich");
    expect(normalizeInstitution("Texas A&M")).toBe("texas a and m");
  });
});
