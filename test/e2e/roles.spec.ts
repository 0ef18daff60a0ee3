import { expect, test } from "@playwright/test";
import { expectAccessible, login, signIn, VENUE, withDb } from "./support";

test.describe("each role lands on its own console", () => {
  test("the senior area chair sees the whole track", async ({ page }) => {
    await signIn(page, login("SENIOR_AREA_CHAIR"));
    await expect(page.getByRole("heading", { name: "Your venues" })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: /Deep Learning Theory Track 2027/ }).click();
    await expect(page).toHaveURL(new RegExp(`/venues/${VENUE}/chair$`));
    await expect(page.getByRole("heading", { name: /Chair console/ })).toBeVisible();
    const rows = page.getByRole("table", { name: /Submissions/ }).locator("tbody tr");
    await expect(rows).toHaveCount(40);
    await expect(page.getByRole("table", { name: /Reviewers/ }).locator("tbody tr")).not.toHaveCount(0);
    await expectAccessible(page);
  });

  test("an area chair sees only the papers they handle", async ({ page }) => {
    await signIn(page, login("AREA_CHAIR"));
    await page.goto(`/venues/${VENUE}/chair`);
    await expect(page.getByText("Submissions you handle")).toBeVisible();
    const count = await page.getByRole("table", { name: /Submissions/ }).locator("tbody tr").count();
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(40);
    // Area chairs do not manage the reviewer pool.
    await expect(page.getByRole("heading", { name: "Reviewer pool" })).toHaveCount(0);
  });

  test("a reviewer sees assigned papers and deadlines, never author names", async ({ page }) => {
    const email = login("REVIEWER");
    await signIn(page, email);
    await page.goto(`/venues/${VENUE}`);
    await expect(page).toHaveURL(new RegExp(`/venues/${VENUE}/reviewer$`));
    await expect(page.getByRole("heading", { name: "Your assigned papers" })).toBeVisible();
    await expect(page.getByText("Deadlines (Anywhere on Earth)")).toBeVisible();
    await expect(page.locator("main li.card")).not.toHaveCount(0);
    const authorNames = await withDb(async (c) => {
      const r = await c.query(
        `SELECT DISTINCT sa.name FROM "SubmissionAuthor" sa JOIN "Assignment" a ON a."submissionId" = sa."submissionId"
         JOIN "User" u ON u.id = a."userId" WHERE u.email = $1`,
        [email],
      );
      return r.rows.map((row) => row.name as string);
    });
    expect(authorNames.length).toBeGreaterThan(0);
    const text = await page.locator("main").innerText();
    for (const name of authorNames) expect(text).not.toContain(name);
    await expectAccessible(page);
  });

  test("an author sees their own submissions", async ({ page }) => {
    await signIn(page, login("AUTHOR"));
    await page.goto(`/venues/${VENUE}`);
    await expect(page).toHaveURL(new RegExp(`/venues/${VENUE}/author$`));
    await expect(page.getByRole("heading", { name: "Your submissions" })).toBeVisible();
    await expect(page.locator("main li.card")).not.toHaveCount(0);
    await expectAccessible(page);
  });

  test("signing out ends the session", async ({ page }) => {
    await signIn(page, login("REVIEWER"));
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByText("You are signed out.")).toBeVisible();
    await page.goto(`/venues/${VENUE}/reviewer`);
    await expect(page).toHaveURL(/\/signin\?next=/);
  });
});

test.describe("what a reviewer may not open looks like nothing at all", () => {
  test.beforeAll(async () => {
    await withDb((c) =>
      c.query(`INSERT INTO "Venue" (id, slug, name, "shortName", "updatedAt") VALUES ('other-venue', 'other-venue', 'Another Venue', 'AV', now()) ON CONFLICT DO NOTHING`),
    );
  });

  test("the chair console and another venue answer 404", async ({ page }) => {
    await signIn(page, login("REVIEWER"));
    await expect(page.getByRole("heading", { name: "Your venues" })).toBeVisible();
    for (const url of [`/venues/${VENUE}/chair`, "/venues/other-venue", "/venues/other-venue/reviewer", "/venues/no-such-venue"]) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(404);
      await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
      await expect(page.locator("body")).not.toContainText("Another Venue");
    }
  });
});
