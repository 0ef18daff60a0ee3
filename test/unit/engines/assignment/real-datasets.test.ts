// The exact solver against HiGHS's LP optimum on every real instance of the shared data set.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadHighs, solveAssignment } from "@/lib/engines/assignment";
import { readMatcherInput } from "@/lib/engines/assignment/matcher-files";
import { datasetRoot, maxSumLp, violations } from "./helpers";

const root = datasetRoot();
const cases = [
  ...["preflib1", "preflib2", "preflib3", "sigir-query", "aamas2015", "aamas2016", "midl"].map((name) => ({ name, dir: name, minPapers: false })),
  { name: "midl with min_papers.csv", dir: "midl", minPapers: true },
];

describe("max-sum on the real instances equals the LP optimum", () => {
  for (const c of cases) {
    it(c.name, async () => {
      const dir = path.join(root, c.dir);
      const params = JSON.parse(readFileSync(path.join(dir, "params.json"), "utf8")) as {
        num_reviewers: number;
        max_papers_default: number;
        min_papers_default: number;
      };
      const constraints = path.join(dir, "constraints.csv");
      const { problem } = await readMatcherInput({
        scores: [path.join(dir, "scores.csv")],
        weights: [1],
        constraints: existsSync(constraints) ? constraints : undefined,
        minPapers: c.minPapers ? path.join(dir, "min_papers.csv") : undefined,
        numReviewers: params.num_reviewers,
        minPapersDefault: params.min_papers_default,
        maxPapersDefault: params.max_papers_default,
      });
      const result = await solveAssignment(problem);
      expect(result.status).toBe("optimal");
      expect(violations(problem, result)).toEqual([]);
      expect(result.certificate!.gapBound).toBeLessThan(1e-9);
      if (c.minPapers) expect(Object.keys(problem.minLoad ?? {}).length).toBeGreaterThan(0);

      const highs = await loadHighs();
      const lp = highs.solve(maxSumLp(problem), { output_flag: false });
      expect(lp.Status).toBe("Optimal");
      expect(Math.abs(result.totalScore - lp.ObjectiveValue)).toBeLessThan(1e-7 * Math.max(1, Math.abs(lp.ObjectiveValue)));
    }, 60_000);
  }
});
