// Experiments end to end against the real database and real processes: attach (built-in and bundles), run
// through the same function the job worker calls, verdicts against the claimed numbers, provenance, quota,
// cancellation and the sweep that rescues runs of dead workers.
import { beforeAll, describe, expect, it } from "vitest";
import { attachBuiltin, attachBundle } from "@/lib/experiments/attach";
import { requestCancel, requestStressTest } from "@/lib/experiments/mutations";
import type { Provenance } from "@/lib/experiments/provenance";
import { executeExperimentRun } from "@/lib/experiments/runner/execute";
import { sweepStaleRuns } from "@/lib/experiments/runner/mutations";
import { demoExperimentDir, packFolder, readDemoFile } from "@/prisma/demo/experiments";
import { addMember, db, makeSubmission, makeUser, makeVenue } from "./factories";

let target: { venueId: string; submissionId: string; actorId: string };

beforeAll(async () => {
  const venue = await makeVenue();
  const author = await makeUser();
  await addMember(venue.id, author.id, "AUTHOR");
  const paper = await makeSubmission(venue.id, { authorUserId: author.id });
  target = { venueId: venue.id, submissionId: paper.id, actorId: author.id };
});

async function jobsFor(runId: string): Promise<number> {
  const rows = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id
    WHERE t.identifier = 'run-experiment' AND j.payload->>'runId' = ${runId}`;
  return Number(rows[0]!.n);
}

async function runOf(runId: string) {
  return db.experimentRun.findUniqueOrThrow({ where: { id: runId } });
}

describe("attaching and running experiments", () => {
  it("runs a built-in kernel in a worker thread and reproduces the paper's closed form", async () => {
    const attached = await attachBuiltin(target, readDemoFile("double-descent-builtin", "tangent.experiment.json"), readDemoFile("double-descent-builtin", "claimed.csv"));
    if (!attached.ok) throw new Error(JSON.stringify(attached.errors));
    expect(await jobsFor(attached.runId)).toBe(1);
    await executeExperimentRun(attached.runId, { heartbeatMs: 100 });
    const run = await runOf(attached.runId);
    expect(run.status).toBe("SUCCEEDED");
    expect(run.verdict).toBe("REPRODUCED");
    const comparison = run.comparison as { passed: number; total: number };
    expect(comparison).toMatchObject({ passed: 7, total: 7 });
    const provenance = run.provenance as unknown as Provenance;
    expect(provenance.schema).toBe("tangent.provenance/1");
    expect(provenance.experiment.manifestSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(provenance.runtime).toMatchObject({ kind: "builtin", kernel: "min-norm-ls" });
    expect(provenance.parameters).toMatchObject({ n: 200, sigma2: 0.25 });
    expect(provenance.hardware.cpus).toBeGreaterThan(0);
    expect(provenance.exit.reason).toBe("ok");
    const result = run.result as { series: { name: string; points: unknown[] }[]; theory: unknown[] };
    expect(result.series[0]!.points).toHaveLength(7);
    expect(result.theory).toHaveLength(7);
  });

  it("runs a Node script bundle in the sandbox: partially reproduced", async () => {
    const attached = await attachBundle(target, await packFolder(demoExperimentDir("lazy-training-node")));
    if (!attached.ok) throw new Error(JSON.stringify(attached.errors));
    await executeExperimentRun(attached.runId, { heartbeatMs: 100 });
    const run = await runOf(attached.runId);
    expect(run.status).toBe("SUCCEEDED");
    expect(run.verdict).toBe("PARTIALLY_REPRODUCED");
    expect(run.log).toMatch(/width 2048: relative change/);
    const provenance = run.provenance as unknown as Provenance;
    expect(provenance.experiment.bundleSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(provenance.executor.isolation.network).toBeTruthy();
    expect(provenance.peakMemoryMb).toBeGreaterThan(0);
  });

  it("runs a Python script bundle with numpy: not reproduced", async () => {
    const attached = await attachBundle(target, await packFolder(demoExperimentDir("ridgeless-python")));
    if (!attached.ok) throw new Error(JSON.stringify(attached.errors));
    await executeExperimentRun(attached.runId, { heartbeatMs: 100 });
    const run = await runOf(attached.runId);
    // A worker without python3 + numpy says so; the demo needs them (the README and CI install python3-numpy).
    expect(run.error ?? "").not.toMatch(/not installed|No module named/);
    expect(run.status).toBe("SUCCEEDED");
    expect(run.verdict).toBe("NOT_REPRODUCED");
    expect((run.provenance as unknown as Provenance).runtime.versions.numpy).toMatch(/^\d+\./);
  });

  it("reports a bundle's problems by field and stores nothing", async () => {
    const before = await db.experiment.count({ where: { submissionId: target.submissionId } });
    const noClaimed = await attachBundle(target, await packFolder(demoExperimentDir("ridgeless-python")).then(async () => {
      const { create } = await import("tar");
      const chunks: Buffer[] = [];
      const dir = demoExperimentDir("ridgeless-python");
      for await (const c of create({ gzip: true, cwd: dir, portable: true }, ["tangent.experiment.json", "ridgeless.py"])) chunks.push(c as Buffer);
      return Buffer.concat(chunks);
    }));
    expect(noClaimed.ok).toBe(false);
    if (!noClaimed.ok) expect(noClaimed.errors).toContainEqual({ path: "claimed.file", message: '"claimed.csv" is not in the bundle' });
    const badCsv = await attachBuiltin(target, readDemoFile("double-descent-builtin", "tangent.experiment.json"), "gamma,loss\n1,2\n");
    expect(badCsv.ok).toBe(false);
    if (!badCsv.ok) expect(badCsv.errors[0]!.message).toMatch(/line 1: Wrong columns: expected "gamma", "risk"; missing "risk"/);
    const notArchive = await attachBundle(target, Buffer.from("hello"));
    expect(notArchive.ok).toBe(false);
    expect(await db.experiment.count({ where: { submissionId: target.submissionId } })).toBe(before);
  });
});

describe("stress tests, cancellation and dead workers", () => {
  let experimentId: string;
  beforeAll(async () => {
    const attached = await attachBuiltin(target, readDemoFile("double-descent-builtin", "tangent.experiment.json"), readDemoFile("double-descent-builtin", "claimed.csv"));
    if (!attached.ok) throw new Error("attach failed");
    experimentId = attached.experimentId;
  });

  it("never lets simultaneous requests exceed a reviewer's quota", async () => {
    const reviewer = await makeUser();
    const results = await Promise.all(
      Array.from({ length: 6 }, () => requestStressTest({ experimentId, submissionId: target.submissionId, params: { n: 100 }, actorId: reviewer.id, quota: 3 })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(3);
    expect(await db.experimentRun.count({ where: { requestedById: reviewer.id, isStressTest: true } })).toBe(3);
  });

  it("cancels a queued run at once and a running one within a heartbeat", async () => {
    const reviewer = await makeUser();
    const queued = await requestStressTest({ experimentId, submissionId: target.submissionId, params: {}, actorId: reviewer.id, quota: 5 });
    if (!queued.ok) throw new Error("quota");
    expect(await requestCancel(queued.runId)).toBe("cancelled");
    await executeExperimentRun(queued.runId); // the job still fires; it must not run the cancelled run
    expect((await runOf(queued.runId)).status).toBe("CANCELLED");

    const long = await requestStressTest({ experimentId, submissionId: target.submissionId, params: { n: 800, reps: 50 }, actorId: reviewer.id, quota: 5 });
    if (!long.ok) throw new Error("quota");
    const running = executeExperimentRun(long.runId, { heartbeatMs: 100 });
    for (let i = 0; i < 100 && (await runOf(long.runId)).status !== "RUNNING"; i++) await new Promise((r) => setTimeout(r, 50));
    const started = Date.now();
    expect(await requestCancel(long.runId)).toBe("stopping");
    await running;
    expect(Date.now() - started).toBeLessThan(5000);
    const run = await runOf(long.runId);
    expect(run.status).toBe("CANCELLED");
    expect(run.log).toMatch(/Cancelled by request/);
  });

  it("queues again a run whose worker stopped heartbeating, and fails it after the last attempt", async () => {
    const stale = new Date(Date.now() - 10 * 60_000);
    const a = await db.experimentRun.create({ data: { experimentId, params: { n: 100, reps: 2, gammas: [0.5, 2] }, status: "RUNNING", attempts: 1, heartbeatAt: stale, startedAt: stale } });
    const b = await db.experimentRun.create({ data: { experimentId, params: {}, status: "RUNNING", attempts: 3, heartbeatAt: stale, startedAt: stale } });
    const fresh = await db.experimentRun.create({ data: { experimentId, params: {}, status: "RUNNING", attempts: 1, heartbeatAt: new Date(), startedAt: new Date() } });
    const swept = await sweepStaleRuns();
    expect(swept.requeued).toBeGreaterThanOrEqual(1);
    expect((await runOf(a.id)).status).toBe("QUEUED");
    expect(await jobsFor(a.id)).toBe(1);
    const failed = await runOf(b.id);
    expect(failed).toMatchObject({ status: "FAILED", verdict: "FAILED_TO_RUN" });
    expect(failed.error).toMatch(/stopped responding 3 time/);
    expect((await runOf(fresh.id)).status).toBe("RUNNING");
    // The requeued run then runs normally.
    await executeExperimentRun(a.id, { heartbeatMs: 100 });
    expect((await runOf(a.id)).status).toBe("SUCCEEDED");
  });
});
