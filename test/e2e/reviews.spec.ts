import { expect, test, type Page } from "@playwright/test";
import { fillDefaultForm, openAssigned, saveState } from "./review-helpers";
import { expectAccessible, login, signIn, VENUE, withDb } from "./support";

/**
 * Re-runnable on one database: a run leaves the reviewer's review of the open paper behind (the seed has none for
 * the demo reviewers), so delete it and reload before the test writes one again.
 */
async function startWithoutReview(page: Page, email: string) {
  const number = Number(new URL(page.url()).pathname.split("/").at(-1));
  await withDb((c) =>
    c.query(
      `DELETE FROM "Review" r USING "Submission" s, "Venue" v, "User" u
        WHERE r."submissionId" = s.id AND s."venueId" = v.id AND r."reviewerId" = u.id AND v.slug = $1 AND s.number = $2 AND u.email = $3`,
      [VENUE, number, email],
    ),
  );
  await page.reload();
}

test.describe("structured reviews", () => {
  test("a reviewer fills and submits the default form, with errors next to each field first", async ({ page }) => {
    const email = login("REVIEWER");
    await signIn(page, email);
    await openAssigned(page, 0);
    await startWithoutReview(page, email);
    await expect(page.getByRole("button", { name: "Submit review" })).toBeVisible();
    await expectAccessible(page);

    // Autosave, with a counter that counts as the server does.
    const summary = page.getByLabel("Summary", { exact: true });
    await summary.fill("Gradient descent on wide networks converges.");
    await expect(page.locator("#f-summary-count")).toHaveText(/^44 \/ 3000 characters/);
    await expect(saveState(page)).toHaveText(/Saved at \d\d:\d\d/);
    await page.reload();
    await expect(page.getByLabel("Summary", { exact: true })).toHaveValue("Gradient descent on wide networks converges.");

    // Submitting a partial review names each missing field next to it.
    await page.getByRole("button", { name: "Submit review" }).click();
    await expect(page.locator("main").getByRole("alert").filter({ hasText: /need attention before you can submit/ })).toBeVisible();
    await expect(page.getByRole("group", { name: "Soundness" })).toContainText("Soundness is required to submit.");

    // Fill everything: confirm each theorem's assumptions, correct one, answer the rest.
    await fillDefaultForm(page);
    await page.getByRole("button", { name: "Submit review" }).click();
    await expect(saveState(page)).toHaveText(/Submitted at \d\d:\d\d/);
    await expect(page.getByRole("button", { name: "Update review" })).toBeVisible();

    await page.reload();
    await expect(page.getByText("This review is submitted.")).toBeVisible();
    await expect(page.getByLabel("Strengths", { exact: true })).toHaveValue("A clean proof.");
    await page.goto(`/venues/${VENUE}/reviewer`);
    await expect(page.locator("main li.card").first()).toContainText("Submitted");
  });

  test("a stale tab's save is refused and its text is kept", async ({ browser }) => {
    const context = await browser.newContext();
    const a = await context.newPage();
    const email = login("REVIEWER");
    await signIn(a, email);
    await openAssigned(a, 1);
    await startWithoutReview(a, email);
    const b = await context.newPage();
    await b.goto(a.url());

    await a.getByLabel("Weaknesses", { exact: true }).fill("Written in tab A.");
    await expect(saveState(a)).toHaveText(/Saved at/);

    await b.getByLabel("Weaknesses", { exact: true }).fill("Written in tab B, which is behind.");
    await expect(b.locator("main").getByRole("alert")).toContainText(
      /This review was changed in another tab or window at \d\d:\d\d; reload to see the newer text — your text is kept below\./,
    );
    await expect(saveState(b)).toHaveText("Not saved");
    await expect(b.getByLabel("Weaknesses", { exact: true })).toHaveValue("Written in tab B, which is behind.");

    // Nothing newer was overwritten.
    await b.reload();
    await expect(b.getByLabel("Weaknesses", { exact: true })).toHaveValue("Written in tab A.");
    await context.close();
  });

  test("the area chair sees a disagreement highlighted in the assumption matrix", async ({ page }) => {
    await signIn(page, login("AREA_CHAIR"));
    await page.goto(`/venues/${VENUE}/chair`);
    const paper1 = page.getByRole("table", { name: /Submissions/ }).locator("tbody tr").first().getByRole("link").first();
    await paper1.click();
    await expect(page).toHaveURL(new RegExp(`/venues/${VENUE}/chair/papers/1$`));
    await expect(page.getByRole("heading", { name: "Assumption matrix" })).toBeVisible();
    const disagreeing = page.locator("tr[data-disagreement]");
    await expect(disagreeing.first()).toBeVisible();
    await expect(disagreeing.filter({ hasText: "Width" }).first()).toContainText("≠ declared (disagrees)");
    await expect(page.getByRole("columnheader", { name: /^Reviewer [0-9a-f]{4}$/ }).first()).toBeVisible();
    await expect(page.getByRole("table", { name: /Scores/ })).toContainText("Overall rating");
    await expectAccessible(page);

    // A reviewer opening the chair's page finds nothing there.
    const reviewerPage = await page.context().browser()!.newPage();
    await signIn(reviewerPage, login("REVIEWER"));
    expect((await reviewerPage.goto(`/venues/${VENUE}/chair/papers/1`))?.status()).toBe(404);
    await reviewerPage.close();
  });

  test("a reviewer never sees author names on the paper page", async ({ page }) => {
    const email = login("REVIEWER");
    await signIn(page, email);
    await openAssigned(page, 2);
    const number = Number(new URL(page.url()).pathname.split("/").at(-1));
    const names = await withDb(async (c) => {
      const r = await c.query(
        `SELECT sa.name FROM "SubmissionAuthor" sa JOIN "Submission" s ON s.id = sa."submissionId" JOIN "Venue" v ON v.id = s."venueId" WHERE v.slug = $1 AND s.number = $2`,
        [VENUE, number],
      );
      return r.rows.map((row) => row.name as string);
    });
    expect(names.length).toBeGreaterThan(0);
    const html = await page.content();
    for (const name of names) expect(html).not.toContain(name);
    // A paper not assigned to this reviewer is not found.
    expect((await page.goto(`/venues/${VENUE}/reviewer/papers/1`))?.status()).toBe(404);
  });
});
