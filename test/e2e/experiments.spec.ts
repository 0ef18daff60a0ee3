import { expect, test, type Page } from "@playwright/test";
import { demoExperimentDir, packFolder } from "../../prisma/demo/experiments";
import { expectAccessible, login, logins, signIn, VENUE, withDb } from "./support";

// The demo attaches experiments to papers 1 (built-in, reproduced), 7 and 8 (Node, partially) and 36 (Python,
// not reproduced); the e2e server's job worker runs them. The demo reviewer Yaw Asante reviews paper 8.
const REVIEWER = "yaw.asante@uct.ac.za";
const AUTHOR_OF_7 = "amara.okonkwo@stanford.edu";

async function reloadUntil(page: Page, text: RegExp | string, timeout = 90_000) {
  await expect(async () => {
    await page.reload();
    await expect(page.getByText(text).first()).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout, intervals: [1000, 2000] });
}

test.describe.configure({ mode: "serial" });

test("chairs see each paper's verdict at the declared settings", async ({ page }) => {
  await signIn(page, login("PROGRAM_CHAIR"));
  await page.goto(`/venues/${VENUE}/chair`);
  await reloadUntil(page, "Figure 2: Reproduced");
  await expect(page.getByText("Figure 1: Not reproduced")).toBeVisible();
  await expect(page.getByText("Figure 3: Partially reproduced").first()).toBeVisible();
  await page.getByRole("link", { name: "Figure 2: Reproduced" }).click();
  await expect(page.getByRole("heading", { name: "Double descent of minimum-norm least squares" })).toBeVisible();
  await expect(page.locator("svg[role=img]").first()).toBeVisible();
  await expect(page.getByText("7 of 7 points within tolerance.")).toBeVisible();
  await expectAccessible(page);
});

test("a reviewer stress-tests an assumption within its range, cancels one run, and attaches another to the review", async ({ page }) => {
  await signIn(page, REVIEWER);
  await page.goto(`/venues/${VENUE}/reviewer/papers/8`);
  const panel = page.getByRole("region", { name: "Experiments" });
  await reloadUntil(page, "Figure 3: Partially reproduced");
  await panel.getByRole("link", { name: "Figure 3: Partially reproduced" }).click();
  await expect(page.getByRole("heading", { name: /First-layer weights move/ })).toBeVisible();
  // Nothing on the page names the paper's authors.
  const authors = await withDb((c) => c.query<{ name: string }>(`SELECT a."name" FROM "SubmissionAuthor" a JOIN "Submission" s ON s."id" = a."submissionId" JOIN "Venue" v ON v."id" = s."venueId" WHERE v."slug" = $1 AND s."number" = 8`, [VENUE]));
  for (const { name } of authors.rows) await expect(page.locator("body")).not.toContainText(name);
  await expectAccessible(page);

  // Out of the declared range: refused next to the field, nothing queued.
  await page.getByLabel(/^lr/).fill("9");
  await page.getByRole("button", { name: "Run stress test" }).click();
  await expect(page.getByText(/"lr" 9 is above the maximum 4/)).toBeVisible();

  // A long run, cancelled while it runs.
  await page.getByLabel(/^lr/).fill("1");
  await page.getByLabel(/^widths/).fill("4096, 4096, 4096, 4096");
  await page.getByRole("button", { name: "Run stress test" }).click();
  await page.waitForURL(/\/runs\//);
  await expect(page.getByRole("status").filter({ hasText: /Queued|Running/ })).toBeVisible();
  await page.getByRole("button", { name: "Cancel run" }).click();
  await expect(page.getByText(/Cancelled/).first()).toBeVisible({ timeout: 30_000 });

  // A small-step run at two widths, to the end: figure, verdict, provenance, evidence.
  await page.getByRole("link", { name: "Figure 3" }).click();
  await page.getByLabel(/^lr/).fill("0.25");
  await page.getByLabel(/^widths/).fill("64, 256");
  await page.getByRole("button", { name: "Run stress test" }).click();
  await page.waitForURL(/\/runs\//);
  await expect(page.getByText("Finished.")).toBeVisible({ timeout: 90_000 });
  await expect(page.locator("svg[role=img]")).toBeVisible();
  const provenance = await page.request.get(`${page.url()}/provenance`);
  expect(provenance.status()).toBe(200);
  const json = (await provenance.json()) as { parameters: { lr: number; widths: number[] }; executor: { isolation: Record<string, string> }; experiment: { bundleSha256: string } };
  expect(json.parameters).toMatchObject({ lr: 0.25, widths: [64, 256] });
  expect(json.experiment.bundleSha256).toMatch(/^[0-9a-f]{64}$/);
  expect(json.executor.isolation.network).toBeTruthy();

  await page.getByLabel("Theorem").selectOption({ index: 1 });
  await page.getByLabel("Assumption tested").selectOption("stepSize");
  await page.getByLabel("What it shows").fill("At lr 0.25 the weights still move as m^(-1/2).");
  await page.getByRole("button", { name: "Save evidence" }).click();
  await expect(page.getByText("Attached to your review as evidence.")).toBeVisible();
  await page.goto(`/venues/${VENUE}/reviewer/papers/8`);
  await expect(page.getByText("At lr 0.25 the weights still move as m^(-1/2).")).toBeVisible();
});

test("another reviewer cannot open the experiments of a paper they do not review", async ({ page }) => {
  // A demo reviewer of this venue with no assignment on paper 8; the demo logins are left out because the
  // accounts spec changes one of their passwords.
  const other = await withDb(async (c) =>
    (
      await c.query<{ email: string }>(
        `SELECT u."email" FROM "User" u
           JOIN "Membership" m ON m."userId" = u."id" AND m."role" = 'REVIEWER'
           JOIN "Venue" v ON v."id" = m."venueId" AND v."slug" = $1
         WHERE u."passwordHash" IS NOT NULL AND u."email" <> ALL($2::text[])
           AND NOT EXISTS (SELECT 1 FROM "Assignment" a JOIN "Submission" s ON s."id" = a."submissionId"
                           WHERE a."userId" = u."id" AND s."venueId" = v."id" AND s."number" = 8)
         ORDER BY u."email" LIMIT 1`,
        [VENUE, logins("REVIEWER")],
      )
    ).rows[0]!.email,
  );
  await signIn(page, other);
  const res = await page.goto(`/venues/${VENUE}/papers/8/experiments`);
  expect(res?.status()).toBe(404);
});

test.describe("authors attach bundles", () => {
  let saved: Date | null = null;
  test.beforeAll(async () => {
    await withDb(async (c) => {
      saved = (await c.query<{ d: Date | null }>(`SELECT "submissionDeadline" AS d FROM "Venue" WHERE "slug" = $1`, [VENUE])).rows[0]!.d;
      await c.query(`UPDATE "Venue" SET "submissionDeadline" = $2 WHERE "slug" = $1`, [VENUE, new Date(Date.now() + 86_400_000)]);
    });
  });
  test.afterAll(async () => {
    await withDb(async (c) => {
      await c.query(`UPDATE "Venue" SET "submissionDeadline" = $2 WHERE "slug" = $1`, [VENUE, saved]);
      await c.query(
        `DELETE FROM "Experiment" e USING "Submission" s, "Venue" v WHERE e."submissionId" = s."id" AND s."venueId" = v."id" AND v."slug" = $1 AND s."number" = 7 AND e."title" LIKE 'Overparameterization%'`,
        [VENUE],
      );
    });
  });

  test("a bad archive is refused with the reason; a good one is stored and run", async ({ page }) => {
    await signIn(page, AUTHOR_OF_7);
    await page.goto(`/venues/${VENUE}/author`);
    await page.getByRole("link", { name: "Experiments of #7" }).click();
    await expect(page.getByRole("heading", { name: "Experiments of paper 7" })).toBeVisible();

    await page.getByLabel("Bundle").setInputFiles({ name: "notes.zip", mimeType: "application/zip", buffer: Buffer.from("not an archive at all") });
    await page.getByRole("button", { name: "Upload and run" }).click();
    await expect(page.getByText(/bundle: Upload a \.zip or \.tar\.gz archive/)).toBeVisible();

    const good = await packFolder(demoExperimentDir("ridgeless-python"));
    await page.getByLabel("Bundle").setInputFiles({ name: "ridgeless.tar.gz", mimeType: "application/gzip", buffer: good });
    await page.getByRole("button", { name: "Upload and run" }).click();
    await page.waitForURL(/\/runs\//);
    await expect(page.getByText("Finished.")).toBeVisible({ timeout: 90_000 });
    await expect(page.getByText(/Not reproduced/).first()).toBeVisible();
  });
});
