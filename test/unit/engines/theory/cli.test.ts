import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);

describe("experiment CLI", () => {
  it("prints the result JSON as the last stdout line", { timeout: 30_000 }, async () => {
    const { stdout } = await run("npx", ["tsx", "lib/engines/theory/cli.ts", "min-norm-ls", "--params", '{"n":40,"gammas":[0.5,1,2],"reps":2}', "--json"]);
    const last = stdout.trim().split("\n").pop()!;
    const result = JSON.parse(last) as { points: { gamma: number; theory: number | null }[] };
    expect(result.points.map((p) => p.gamma)).toEqual([0.5, 1, 2]);
    expect(result.points[1]!.theory).toBeNull();
  });

  it("exits non-zero with the specific param error", { timeout: 30_000 }, async () => {
    await expect(run("npx", ["tsx", "lib/engines/theory/cli.ts", "ntk", "--params", '{"widths":[8]}'])).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining("widths: Too small: expected array to have >=2 items"),
    });
  });
});
