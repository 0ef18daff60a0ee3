import { describe, expect, it } from "vitest";
import { combineScores, parseScoreCsv } from "@/lib/engines/affinity";

describe("combineScores", () => {
  const lexical = [
    { paperId: "p1", reviewerId: "r1", score: 0.8 },
    { paperId: "p1", reviewerId: "r2", score: 0.2 },
  ];
  const imported = [
    { paperId: "p1", reviewerId: "r1", score: 0.5 },
    { paperId: "p2", reviewerId: "r2", score: 1 },
  ];

  it("sums weighted sources, with missing pairs at the source's missing value", () => {
    const out = combineScores({
      sources: [
        { name: "tangent-lexical", weight: 0.7, scores: lexical },
        { name: "specter.csv", weight: 0.3, scores: imported, missing: 0.1 },
      ],
    });
    expect(out).toEqual([
      { paperId: "p1", reviewerId: "r1", score: 0.7 * 0.8 + 0.3 * 0.5, parts: { "tangent-lexical": 0.8, "specter.csv": 0.5 } },
      { paperId: "p1", reviewerId: "r2", score: 0.7 * 0.2 + 0.3 * 0.1, parts: { "tangent-lexical": 0.2, "specter.csv": 0.1 } },
      { paperId: "p2", reviewerId: "r2", score: 0.3 * 1, parts: { "tangent-lexical": 0, "specter.csv": 1 } },
    ]);
  });

  it("adds bids with the chair's values; pairs with only a bid appear too", () => {
    const out = combineScores({
      sources: [{ name: "tangent-lexical", weight: 1, scores: lexical }],
      bids: [
        { paperId: "p1", reviewerId: "r2", bid: "very_high" },
        { paperId: "p3", reviewerId: "r1", bid: "very_low" },
      ],
      bidValues: { very_high: 2, very_low: -5 },
      bidWeight: 0.5,
      noBidValue: 0,
    });
    const by = (p: string, r: string) => out.find((x) => x.paperId === p && x.reviewerId === r)!;
    expect(by("p1", "r1").score).toBeCloseTo(0.8);
    expect(by("p1", "r2").score).toBeCloseTo(0.2 + 0.5 * 2);
    expect(by("p3", "r1")).toEqual({ paperId: "p3", reviewerId: "r1", score: -2.5, parts: { "tangent-lexical": 0, bid: -5 } });
    expect(out[0]!.reviewerId).toBe("r2"); // p1 sorted by aggregate
  });

  it("rejects duplicate pairs and duplicate source names", () => {
    expect(() => combineScores({ sources: [{ name: "a", weight: 1, scores: [...lexical, lexical[0]!] }] })).toThrow(/twice/);
    expect(() => combineScores({ sources: [{ name: "a", weight: 1, scores: [] }, { name: "a", weight: 1, scores: [] }] })).toThrow(/given twice/);
  });
});

describe("parseScoreCsv", () => {
  it("reads rows with or without a header and reports bad lines", () => {
    const { scores, errors } = parseScoreCsv("paper_id,reviewer_id,score\np1,~Ada1,0.5\n\np2,~Ben1,abc\np3,~Cy1\n\"p,4\",~Dee1,1e-3\n");
    expect(scores).toEqual([
      { paperId: "p1", reviewerId: "~Ada1", score: 0.5 },
      { paperId: "p,4", reviewerId: "~Dee1", score: 0.001 },
    ]);
    expect(errors).toEqual([
      { line: 4, message: 'score "abc" is not a number' },
      { line: 5, message: expect.stringMatching(/expected 3 columns/) },
    ]);
  });
});
