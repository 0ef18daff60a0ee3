// The chairs' track view (progress, reminders, regime charts) and the authors' response round.
import { expect, test } from "@playwright/test";
import { alertOf, expectAccessible, latestMailTo, login, signIn, VENUE, withDb } from "./support";

const PAPER = 7; // the demo author's paper

async function setPhase(phase: string) {
  await withDb((c) => c.query(`UPDATE "Venue" SET phase = $1 WHERE slug = $2`, [phase, VENUE]));
}

test.describe("track view and author response", () => {
  test("the program chair reminds late reviewers once and filters the regime charts", async ({ page }) => {
    const reviewer = login("REVIEWER");
    // The reviewer's assignments fall due an hour ago, without a submitted review.
    const late = await withDb(async (c) => {
      await c.query(`UPDATE "Assignment" a SET "dueAt" = now() - interval '1 hour', "lastRemindedAt" = NULL FROM "User" u WHERE u.id = a."userId" AND u.email = $1`, [reviewer]);
      const r = await c.query(
        `SELECT count(*)::int AS n FROM "Assignment" a JOIN "User" u ON u.id = a."userId"
          WHERE u.email = $1 AND NOT EXISTS (SELECT 1 FROM "Review" r WHERE r."submissionId" = a."submissionId" AND r."reviewerId" = a."userId" AND r.status = 'SUBMITTED')`,
        [reviewer],
      );
      return r.rows[0].n as number;
    });
    // The seeded demo reviewer has more assignments than the other specs submit reviews for: a precondition, not a skip.
    expect(late, "the demo reviewer should have an unsubmitted review to be late on").toBeGreaterThan(0);
    try {
      await signIn(page, login("PROGRAM_CHAIR"));
      await page.goto(`/venues/${VENUE}/chair`);
      await page.getByRole("navigation", { name: "Chair console sections" }).getByRole("link", { name: "Track" }).click();
      await expect(page.getByRole("heading", { name: "Review progress" })).toBeVisible();
      const row = page.locator(`tr[data-reviewer="${reviewer}"]`);
      await expect(row).toContainText("late");
      await expectAccessible(page);

      await page.getByRole("button", { name: /^Remind every late reviewer/ }).click();
      await expect(page.getByRole("status").filter({ hasText: /^Reminded \d+ reviewers? about \d+ reviews?\./ })).toBeVisible();
      const mail = await latestMailTo(reviewer);
      expect(mail.subject).toMatch(/overdue$/);
      expect(mail.text).toContain(`/venues/${VENUE}/reviewer`);
      await expect(row).toContainText("reminded in the last 24 h");

      // A second click sends nothing to anyone.
      await page.getByRole("button", { name: /^Remind every late reviewer/ }).click();
      await expect(alertOf(page).filter({ hasText: "Nobody was reminded: every chosen review is submitted or was reminded within the last 24 hours." })).toBeVisible();

      // Charts: numbers and percentages as table text, filterable by decision and source.
      const width = page.locator("table[data-regime=width]");
      await expect(width.locator("caption")).toContainText(/Width — share of \d+ theorems/);
      await expect(width.locator("tbody tr").first()).toContainText(/\d+(\.\d)?%/);
      await page.getByRole("link", { name: "Reviewers’ readings" }).click();
      await expect(page).toHaveURL(/source=readings/);
      await expect(page.locator("table[data-regime=width] caption")).toContainText(/readings/);
      await page.getByRole("link", { name: "Undecided", exact: true }).click();
      await expect(page).toHaveURL(/decision=undecided&source=readings/);
    } finally {
      await withDb((c) => c.query(`UPDATE "Assignment" a SET "dueAt" = NULL FROM "User" u WHERE u.id = a."userId" AND u.email = $1`, [reviewer]));
    }

    // Area chairs (and reviewers) do not reach the track view.
    const ac = await (await page.context().browser()!.newContext()).newPage();
    await signIn(ac, login("AREA_CHAIR"));
    expect((await ac.goto(`/venues/${VENUE}/chair/track`))?.status()).toBe(404);
    await ac.context().close();
  });

  test("authors write one response within its limit during the rebuttal; reviewers read it once submitted", async ({ browser }) => {
    await setPhase("DISCUSSION");
    // Start from no response, so the spec can be re-run on one database.
    await withDb((c) =>
      c.query(`DELETE FROM "AuthorResponse" WHERE "submissionId" = (SELECT s.id FROM "Submission" s JOIN "Venue" v ON v.id = s."venueId" WHERE v.slug = $1 AND s.number = $2)`, [VENUE, PAPER]),
    );
    try {
      const author = await (await browser.newContext()).newPage();
      await signIn(author, login("AUTHOR"));
      await author.goto(`/venues/${VENUE}/author/papers/${PAPER}/reviews`);
      const box = author.getByLabel("Response", { exact: true });
      await box.fill("x".repeat(5_001));
      await expect(author.locator("#author-response-count")).toHaveText("5001 / 5000 characters — 1 over the limit");
      await expect(author.getByRole("button", { name: "Submit response" })).toBeDisabled();
      const text = `We thank the reviewers. The width condition is $m \\geq n^2$ (${Date.now()}).`;
      await box.fill(text);
      const state = author.getByTestId("author-response-state");
      await author.getByRole("button", { name: "Save draft" }).click();
      await expect(state).toHaveText(/Saved at/);
      await author.getByRole("button", { name: "Submit response" }).click();
      await expect(state).toHaveText(/Submitted at/);
      await expect(author.getByRole("button", { name: "Update response" })).toBeVisible();
      await expectAccessible(author);
      await author.reload();
      await expect(author.getByLabel("Response", { exact: true })).toHaveValue(text);
      await author.context().close();

      const reviewerEmail = await withDb(async (c) => {
        const r = await c.query(
          `SELECT u.email FROM "Assignment" a JOIN "Submission" s ON s.id = a."submissionId" JOIN "Venue" v ON v.id = s."venueId" JOIN "User" u ON u.id = a."userId" WHERE v.slug = $1 AND s.number = $2 ORDER BY u.email LIMIT 1`,
          [VENUE, PAPER],
        );
        return r.rows[0].email as string;
      });
      const reviewer = await (await browser.newContext()).newPage();
      await signIn(reviewer, reviewerEmail);
      await reviewer.goto(`/venues/${VENUE}/reviewer/papers/${PAPER}`);
      const section = reviewer.getByRole("region", { name: "Authors’ response" });
      await expect(section).toContainText("We thank the reviewers.");
      await expect(section.locator(".katex")).toHaveCount(1);
      await reviewer.context().close();
    } finally {
      await setPhase("REVIEWING");
    }
  });
});
