import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, login, signIn, VENUE, withDb } from "./support";

const saveState = (page: Page) => page.getByTestId("save-state");

/** The reviewer's n-th assigned paper, opened from the console as a reviewer would. */
async function openAssigned(page: Page, index: number) {
  await page.goto(`/venues/${VENUE}/reviewer`);
  await page.locator("main li.card h3 a").nth(index).click();
  await expect(page).toHaveURL(new RegExp(`/venues/${VENUE}/reviewer/papers/\\d+$`));
  await expect(page.getByRole("heading", { name: /Your review/ })).toBeVisible();
}

test.describe("structured reviews", () => {
  test("a reviewer fills and submits the default form, with errors next to each field first", async ({ page }) => {
    await signIn(page, login("REVIEWER"));
    await openAssigned(page, 0);
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
    const confirms = page.getByRole("button", { name: "Confirm the remaining assumptions as declared" });
    for (let i = 0; i < (await confirms.count()); i++) await confirms.nth(i).click();
    await page.getByLabel("Width").first().selectOption("infinite");
    const restrictive = page.getByRole("group", { name: "How restrictive are these assumptions?" });
    for (let i = 0; i < (await restrictive.count()); i++) await restrictive.nth(i).getByLabel("2 — Moderate").check();
    await page.getByLabel("Strengths", { exact: true }).fill("A clean proof.");
    await page.getByLabel("Weaknesses", { exact: true }).fill("The width requirement is far from practice.");
    await page.getByLabel("Questions for the authors", { exact: true }).fill("Does it hold for SGD?");
    const levels: [string, string][] = [["Soundness", "3 — Good"], ["Significance", "3 — Good"], ["Novelty", "2 — Fair"], ["Clarity", "4 — Excellent"]];
    for (const [group, level] of levels) {
      await page.getByRole("group", { name: group }).getByLabel(level).check();
    }
    await page.getByRole("group", { name: "Overall rating" }).getByLabel("6 — Weak accept").check();
    await page.getByRole("group", { name: "Confidence" }).getByLabel("4 — Confident: checked the key proofs").check();
    await page.getByRole("group", { name: "Reproducibility of the key figures" }).getByLabel("Not attempted").check();
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
    await signIn(a, login("REVIEWER"));
    await openAssigned(a, 1);
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
    const paper1 = page.getByRole("table", { name: /Submissions/ }).locator("tbody tr").first().getByRole("link");
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
