// The sandboxed process executor against real misbehaving scripts: each is stopped or refused with a clear
// status, and the next run still works. Uses the machine's python3/node and whatever isolation it allows.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runProcess, resolveInterpreter } from "@/lib/runner/executors/process-executor";
import { probeSandbox } from "@/lib/runner/executors/sandbox-probe";
import type { RunLimits } from "@/lib/runner/executors/types";

const limits: RunLimits = { cpuSeconds: 5, wallSeconds: 10, memoryMb: 256, outputMb: 4, processes: 1 };
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function run(runtime: "python" | "node", source: string, over: Partial<RunLimits> = {}, signal?: AbortSignal) {
  const workDir = await mkdtemp(path.join(os.tmpdir(), "tangent-sandbox-test-"));
  dirs.push(workDir);
  const entry = runtime === "python" ? "main.py" : "main.mjs";
  await writeFile(path.join(workDir, entry), source);
  const logs: string[] = [];
  const progress: number[] = [];
  const outcome = await runProcess(
    { runtime, entry, workDir, limits: { ...limits, ...over }, env: { TANGENT_RUN_ID: "test" }, caps: probeSandbox() },
    { onLog: (l) => logs.push(l), onProgress: (p) => progress.push(p), signal },
  );
  return { outcome, logs, progress, workDir };
}

const hasPython = resolveInterpreter("python") !== null;

describe("process executor", () => {
  it("streams progress lines and logs, runs in its own folder with a cleaned environment", async () => {
    const { outcome, logs, progress, workDir } = await run(
      "node",
      `import { writeFileSync } from "node:fs";
       console.log("progress 0.5"); console.log("hello from the script");
       console.log("progress 1");
       writeFileSync("out.json", JSON.stringify({ cwd: process.cwd(), env: Object.keys(process.env).sort() }));`,
    );
    expect(outcome.reason).toBe("ok");
    expect(progress).toEqual([0.5, 1]);
    expect(logs).toContain("hello from the script");
    const out = JSON.parse(await readFile(path.join(workDir, "out.json"), "utf8")) as { cwd: string; env: string[] };
    expect(out.cwd).toBe(workDir);
    expect(out.env).not.toContain("DATABASE_URL");
    expect(out.env).not.toContain("AUTH_SECRET");
    expect(out.env).toContain("TANGENT_RUN_ID");
    expect(outcome.versions.node).toMatch(/^v\d+/);
  });

  it("stops a script that loops forever at the CPU-time limit", async () => {
    const { outcome } = await run("node", "for (;;) {}", { cpuSeconds: 1, wallSeconds: 20 });
    expect(outcome.reason).toBe("cpu-limit");
    expect(outcome.message).toMatch(/CPU-time limit of 1 s/);
  });

  it("stops a script that sleeps forever at the wall-time limit", async () => {
    const { outcome } = await run("node", "setInterval(() => {}, 1000);", { wallSeconds: 1 });
    expect(outcome.reason).toBe("wall-limit");
    expect(outcome.wallSeconds).toBeLessThan(5);
  });

  it("cancels on request", async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 300);
    const { outcome } = await run("node", "setInterval(() => {}, 1000);", { wallSeconds: 30 }, controller.signal);
    expect(outcome.reason).toBe("cancelled");
  });

  it.runIf(hasPython)("refuses a 10 GB allocation under the memory limit", async () => {
    const { outcome } = await run("python", "x = bytearray(10 * 1024**3)\nprint('allocated')");
    expect(outcome.reason).toBe("memory-limit");
    expect(outcome.message).toMatch(/memory/);
  });

  it("stops a script that prints 1 GB at the output limit", async () => {
    const { outcome } = await run("node", `import { writeSync } from "node:fs"; const line = Buffer.from("x".repeat(1023) + "\\n"); for (let i = 0; i < 1 << 20; i++) writeSync(1, line);`);
    expect(outcome.reason).toBe("output-limit");
  });

  it("stops a script that writes a 1 GB file at the output limit", async () => {
    const { outcome, workDir } = await run("node", `import { openSync, writeSync } from "node:fs"; const fd = openSync("big.bin", "w"); const b = Buffer.alloc(1 << 20); for (let i = 0; i < 1024; i++) writeSync(fd, b);`);
    expect(outcome.reason).toBe("output-limit");
    const size = (await import("node:fs")).statSync(path.join(workDir, "big.bin")).size;
    expect(size).toBeLessThanOrEqual(limits.outputMb * 1024 * 1024);
  });

  it.runIf(hasPython)("contains a fork bomb, then runs the next script normally", async () => {
    const bomb = await run("python", "import os\nwhile True:\n    os.fork()", { wallSeconds: 5 });
    expect(["process-limit", "wall-limit", "cpu-limit"]).toContain(bomb.outcome.reason);
    const after = await run("node", "console.log('still fine')");
    expect(after.outcome.reason).toBe("ok");
  });

  it("has no network when the machine allows a network namespace", async () => {
    const { outcome, logs } = await run(
      "node",
      `import net from "node:net";
       const s = net.connect(5432, "127.0.0.1");
       s.on("connect", () => { console.log("CONNECTED"); process.exit(0); });
       s.on("error", (e) => { console.error("network error: " + e.code); process.exit(3); });`,
    );
    if (probeSandbox().netNamespace) {
      expect(logs.join("\n")).not.toContain("CONNECTED");
      expect(outcome.exitCode).toBe(3);
      expect(outcome.isolation.network).toMatch(/none/);
    } else {
      expect(outcome.isolation.network).toMatch(/NOT isolated/);
    }
  });

  it("says clearly when the interpreter is missing", async () => {
    const saved = process.env.TANGENT_PYTHON;
    process.env.TANGENT_PYTHON = "/nonexistent/python3";
    try {
      const { outcome } = await run("python", "print(1)");
      expect(outcome.reason).toBe("missing-runtime");
      expect(outcome.message).toMatch(/python3 is not installed/);
    } finally {
      if (saved === undefined) delete process.env.TANGENT_PYTHON;
      else process.env.TANGENT_PYTHON = saved;
    }
  });
});
