// Tangent started exactly as `npm start` does on a fresh machine: no DATABASE_URL (embedded PGlite), a new data
// folder. Checks health, that a demo user can sign in, and that the job worker runs the four demo experiments on
// the embedded database (one PostgreSQL session shared by every connection) and keeps running.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";

const PORT = Number(process.env.SMOKE_PORT ?? 3200);
let child: ChildProcess;
let output = "";
let dataDir: string;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  dataDir = mkdtempSync(path.join(tmpdir(), "tangent-smoke-"));
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(PORT), TANGENT_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  delete env.AUTH_SECRET;
  child = spawn("node", ["scripts/start.mjs"], { env, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  await expect.poll(() => output, { timeout: 230_000, intervals: [1000] }).toContain("Tangent is running at");
});

test.afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGTERM");
    await exited;
  }
  rmSync(dataDir, { recursive: true, force: true });
});

test("npm start serves the demo venue on the embedded database", async ({ page, request }) => {
  expect(output).toContain(`http://localhost:${PORT}`);
  expect(output).toContain("password: tangent-demo");
  const health = await request.get(`http://localhost:${PORT}/api/health`);
  expect(health.status()).toBe(200);
  expect(await health.json()).toEqual({ status: "ok", db: "ok" });

  const logins = JSON.parse(readFileSync(path.join(dataDir, "demo-logins.json"), "utf8"));
  const sac = logins.accounts.find((a: { role: string }) => /senior/i.test(a.role));
  await page.goto(`http://localhost:${PORT}/signin`);
  await page.getByLabel("Email").fill(sac.email);
  await page.getByLabel("Password", { exact: true }).fill(logins.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Your venues" })).toBeVisible();
  await page.goto(`http://localhost:${PORT}/venues/${logins.slug}/chair`);
  await expect(page.getByRole("table", { name: /Submissions/ }).locator("tbody tr")).toHaveCount(40);

  // Papers 1 (built-in), 7 and 8 (Node) and 36 (Python): the console shows each verdict once its run is done.
  await expect(async () => {
    await page.reload();
    await expect(page.getByText("Figure 2: Reproduced")).toHaveCount(1, { timeout: 1000 });
    await expect(page.getByText("Figure 1: Not reproduced")).toHaveCount(1, { timeout: 1000 });
    await expect(page.getByText("Figure 3: Partially reproduced")).toHaveCount(2, { timeout: 1000 });
  }).toPass({ timeout: 150_000, intervals: [2000] });
  expect(output).not.toContain("stopped unexpectedly");
  expect(child.exitCode).toBeNull();
});
