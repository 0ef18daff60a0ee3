import path from "node:path";
import { expect, test, type Locator } from "@playwright/test";
import { alertOf, expectAccessible, login, signIn, VENUE, withDb } from "./support";

const REVIEWERS_CSV = path.resolve("test/fixtures/imports/e2e-reviewers.csv");

async function importedCount(): Promise<number> {
  return withDb(async (c) => Number((await c.query(`SELECT count(*) AS n FROM "User" WHERE email LIKE '%@e2e-import.example'`)).rows[0].n));
}

/** Wait for a job card or run row to say Succeeded; the page refreshes itself while work runs. */
async function waitForSucceeded(region: Locator) {
  await expect(region.getByText("Succeeded")).toBeVisible({ timeout: 45_000 });
}

test.describe.configure({ mode: "serial" });

// Later specs open "the reviewer's first assigned paper": put the demo's deployed assignment back as seeded.
test.afterAll(async () => {
  await withDb(async (c) => {
    await c.query(`DELETE FROM "Assignment" a USING "Venue" v WHERE v.id = a."venueId" AND v.slug = $1 AND a."runId" IS NOT NULL`, [VENUE]);
    await c.query(`DELETE FROM "User" WHERE email LIKE '%@e2e-import.example'`);
  });
});

test("the senior area chair imports reviewers: a bad row is reported by line and nothing is imported, then skipped", async ({ page }) => {
  await signIn(page, login("SENIOR_AREA_CHAIR"));
  await page.goto(`/venues/${VENUE}/chair`);
  await page.getByRole("navigation", { name: "Chair console sections" }).getByRole("link", { name: "Imports" }).click();
  await expect(page.getByRole("heading", { name: /Imports/, level: 1 })).toBeVisible();

  const form = page.locator("form", { has: page.getByLabel("Reviewers CSV") });
  await form.getByLabel("Reviewers CSV").setInputFiles(REVIEWERS_CSV);
  await form.getByRole("button", { name: "Import reviewers" }).click();
  await expect(alertOf(page)).toContainText("Nothing was imported: 1 row has errors");
  const errors = form.getByRole("table", { name: /Rows with errors/ });
  await expect(errors.locator("tbody tr")).toHaveCount(1);
  await expect(errors.locator("tbody tr").first()).toContainText("3");
  await expect(errors.locator("tbody tr").first()).toContainText("max load cannot be negative");
  expect(await importedCount()).toBe(0);
  await expectAccessible(page);

  await form.getByLabel("Reviewers CSV").setInputFiles(REVIEWERS_CSV);
  await form.getByLabel(/Skip bad rows/).check();
  await form.getByRole("button", { name: "Import reviewers" }).click();
  await expect(form.getByRole("status")).toContainText("2 created, 0 updated, 1 skipped");
  expect(await importedCount()).toBe(2);
});

test("conflicts, affinities and two runs; the first deploys, the stale second is refused", async ({ page, browser }) => {
  test.setTimeout(180_000);
  await signIn(page, login("SENIOR_AREA_CHAIR"));
  await page.goto(`/venues/${VENUE}/chair/assignment`);
  await expect(page.getByRole("heading", { name: /Assignment/, level: 1 })).toBeVisible();

  const conflicts = page.getByRole("region", { name: "Conflict detection" });
  await conflicts.getByRole("button", { name: "Detect conflicts" }).click();
  await waitForSucceeded(conflicts);
  await expect(conflicts).toContainText(/\d+ conflicts \(/);
  await page.getByText(/Conflicts and their reasons/).click();
  await expect(page.getByRole("table", { name: /Conflicts with their source and reasons/ })).toContainText("email-domain");

  const affinity = page.getByRole("region", { name: "Affinity scoring" });
  await affinity.getByRole("button", { name: "Compute affinities" }).click();
  await waitForSucceeded(affinity);
  await expect(affinity).toContainText(/[1-9]\d* scores for 40 papers/);

  // Keep the deployed assignment (reviews have begun) and add a fourth reviewer to every paper.
  const start = page.getByRole("region", { name: /Start an assignment run/ });
  await start.getByLabel("Reviewers per paper").fill("4");
  await expect(start.getByLabel(/Keep the deployed assignment/)).toBeChecked();
  await start.getByRole("button", { name: "Start assignment run" }).click();
  await expect(start.getByRole("status")).toContainText("Run queued");
  const rows = page.getByRole("table", { name: /Assignment runs/ }).locator("tbody tr");
  await expect(rows).toHaveCount(1);
  await expect(rows.first().getByRole("progressbar")).toBeVisible();
  await waitForSucceeded(rows.first());

  await start.getByRole("button", { name: "Start assignment run" }).click();
  await expect(rows).toHaveCount(2);
  await waitForSucceeded(rows.first());
  await expectAccessible(page);

  // Deploy the older run.
  await rows.nth(1).getByRole("link", { name: /Open/ }).click();
  await expect(page.getByRole("heading", { name: "Papers, weakest coverage first" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Load histogram" })).toBeVisible();
  await expect(page.getByRole("table", { name: /Score distribution/ })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Deploy this assignment" }).click();
  await expect(page.getByText(/Deployed: 40 assignments added, 0 removed/)).toBeVisible();
  const assignments = await withDb(async (c) => Number((await c.query(`SELECT count(*) AS n FROM "Assignment" a JOIN "Venue" v ON v.id = a."venueId" WHERE v.slug = $1`, [VENUE])).rows[0].n));
  expect(assignments).toBe(160);

  // The proposal as CSV, for the chair only.
  const href = await page.getByRole("link", { name: "Download as CSV" }).getAttribute("href");
  const csv = await page.request.get(href!);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const lines = (await csv.text()).trim().split(/\r?\n/);
  expect(lines[0]).toBe("paper_number,paper_id,title,reviewer_email,reviewer_name,score,alternate");
  expect(lines.filter((l) => l.endsWith(",no"))).toHaveLength(160);
  const reviewer = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const reviewerPage = await reviewer.newPage();
  await signIn(reviewerPage, login("REVIEWER"));
  expect((await reviewerPage.request.get(href!)).status()).toBe(404);
  await reviewer.close();

  // The newer run was computed from the old assignment: deploying it is refused, and nothing changes.
  await page.goto(`/venues/${VENUE}/chair/assignment`);
  await rows.first().getByRole("link", { name: /Open/ }).click();
  await expect(page.getByText(/deploying it will be refused/)).toBeVisible();
  await page.getByRole("button", { name: "Deploy this assignment" }).click();
  await expect(alertOf(page)).toContainText("The deployed assignment changed since this run started");
  const after = await withDb(async (c) => Number((await c.query(`SELECT count(*) AS n FROM "Assignment" a JOIN "Venue" v ON v.id = a."venueId" WHERE v.slug = $1`, [VENUE])).rows[0].n));
  expect(after).toBe(160);
});
