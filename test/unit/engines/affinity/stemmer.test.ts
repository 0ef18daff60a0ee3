import { describe, expect, it } from "vitest";
import { porterStem } from "@/lib/engines/affinity/stemmer";

// Pairs from Porter's 1980 paper and the reference vocabulary.
const CASES: Array<[string, string]> = [
  ["caresses", "caress"], ["ponies", "poni"], ["ties", "ti"], ["caress", "caress"], ["cats", "cat"],
  ["feed", "feed"], ["agreed", "agre"], ["plastered", "plaster"], ["bled", "bled"], ["motoring", "motor"],
  ["sing", "sing"], ["conflated", "conflat"], ["troubled", "troubl"], ["sized", "size"], ["hopping", "hop"],
  ["tanned", "tan"], ["falling", "fall"], ["hissing", "hiss"], ["fizzed", "fizz"], ["failing", "fail"],
  ["filing", "file"], ["happy", "happi"], ["sky", "sky"], ["relational", "relat"], ["conditional", "condit"],
  ["rational", "ration"], ["digitizer", "digit"], ["vietnamization", "vietnam"], ["predication", "predic"],
  ["operator", "oper"], ["feudalism", "feudal"], ["decisiveness", "decis"], ["hopefulness", "hope"],
  ["callousness", "callous"], ["triplicate", "triplic"], ["formative", "form"], ["formalize", "formal"],
  ["electrical", "electr"], ["hopeful", "hope"], ["goodness", "good"], ["revival", "reviv"],
  ["allowance", "allow"], ["inference", "infer"], ["airliner", "airlin"], ["gyroscopic", "gyroscop"],
  ["adjustable", "adjust"], ["defensible", "defens"], ["irritant", "irrit"], ["replacement", "replac"],
  ["adjustment", "adjust"], ["dependent", "depend"], ["adoption", "adopt"], ["communism", "commun"],
  ["activate", "activ"], ["homologous", "homolog"], ["effective", "effect"], ["bowdlerize", "bowdler"],
  ["probate", "probat"], ["rate", "rate"], ["cease", "ceas"], ["controlling", "control"], ["roll", "roll"],
];

describe("porterStem", () => {
  it.each(CASES)("%s → %s", (word, stem) => {
    expect(porterStem(word)).toBe(stem);
  });

  it("conflates the inflections that matter for matching papers", () => {
    expect(porterStem("networks")).toBe(porterStem("network"));
    expect(porterStem("convergence")).toBe(porterStem("convergent"));
    expect(porterStem("kernels")).toBe("kernel");
    expect(porterStem("generalization")).toBe(porterStem("generalize"));
  });

  it("leaves short, non-ASCII and numeric tokens alone", () => {
    expect(porterStem("is")).toBe("is");
    expect(porterStem("ελβ")).toBe("ελβ");
    expect(porterStem("l2")).toBe("l2");
  });
});
