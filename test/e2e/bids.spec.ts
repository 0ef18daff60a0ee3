import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, login, signIn, VENUE, withDb } from "./support";

// The demo venue is past bidding; this spec opens bidding for its own run and puts everything back afterwards.
const REVIEWER = login("REVIEWER");
let saved: { phase: string; biddingDeadline: Date | null } | null = null;

async function cleanUp() {
  await withDb(async (c) => {
    const u = await c.query<{ id: string }>(`SELECT "id" FROM "User" WHERE "email" = $1`, [REVIEWER]);
    const v = await c.query<{ id: string }>(`SELECT "id" FROM "Venue" WHERE "slug" = $1`, [VENUE]);
    const [userId, venueId] = [u.rows[0]!.id, v.rows[0]!.id];
    await c.query(`DELETE FROM "Bid" b USING "Submission" s WHERE b."submissionId" = s."id" AND s."venueId" = $1 AND b."userId" = $2`, [venueId, userId]);
    await c.query(`DELETE FROM "Conflict" WHERE "venueId" = $1 AND "userId" = $2 AND "source" = 'REVIEWER_DECLARED'`, [venueId, userId]);
  });
}

test.beforeAll(async () => {
  await withDb(async (c) => {
    const r = await c.query<{ phase: string; biddingDeadline: Date | null }>(`SELECT "phase", "biddingDeadline" FROM "Venue" WHERE "slug" = $1`, [VENUE]);
    saved = r.rows[0]!;
    await c.query(`UPDATE "Venue" SET "phase" = 'BIDDING', "biddingDeadline" = $2 WHERE "slug" = $1`, [VENUE, new Date(Date.now() + 7 * 86_400_000)]);
  });
  await cleanUp();
});

test.afterAll(async () => {
  await cleanUp();
  if (saved) {
    const { phase, biddingDeadline } = saved;
    await withDb((c) => c.query(`UPDATE "Venue" SET "phase" = $2::"VenuePhase", "biddingDeadline" = $3 WHERE "slug" = $1`, [VENUE, phase, biddingDeadline]));
  }
});

const rows = (page: Page) => page.getByTestId("bid-paper");
const count = (page: Page) => page.getByTestId("bid-count");

async function paperNumber(page: Page, index: number): Promise<string> {
  const text = await rows(page).nth(index).locator("h3 span").first().innerText();
  return text.replace("#", "");
}

test("a reviewer bids, filters unbid papers, searches and declares a conflict", async ({ page }) => {
  await signIn(page, REVIEWER);
  await page.goto(`/venues/${VENUE}/reviewer`);
  await page.getByRole("link", { name: "Bid on papers" }).click();
  await expect(page).toHaveURL(new RegExp(`/venues/${VENUE}/reviewer/bids$`));
  await expect(count(page)).toHaveText(/^You have bid on 0 of \d+ papers$/);
  const total = Number(/of (\d+) papers/.exec((await count(page).innerText()))![1]);
  expect(total).toBeGreaterThan(2);
  await expectAccessible(page);

  // Bid on the first paper: it saves at once, with the row's own "Saved" state.
  const first = await paperNumber(page, 0);
  const firstRow = rows(page).nth(0);
  await firstRow.getByLabel(`Your bid on #${first}`, { exact: true }).selectOption("HIGH");
  await expect(firstRow.getByTestId("bid-state")).toHaveText("Saved: High.");
  await page.reload();
  await expect(count(page)).toHaveText(`You have bid on 1 of ${total} papers`);
  await expect(rows(page).nth(0).getByLabel(`Your bid on #${first}`, { exact: true })).toHaveValue("HIGH");

  // Only unbid papers: a GET form, so it works without JavaScript too.
  await page.getByLabel("Only papers I have not bid on").check();
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/unbid=1/);
  await expect(rows(page)).toHaveCount(total - 1);
  await expect(page.getByLabel(`Your bid on #${first}`, { exact: true })).toHaveCount(0);

  // Search by a word of a title.
  const title = await rows(page).nth(0).locator("h3").innerText();
  const word = title.replace(/^#\d+\s*/, "").split(/\s+/).find((w) => w.length > 6) ?? title.replace(/^#\d+\s*/, "").slice(0, 10);
  await page.getByLabel("Only papers I have not bid on").uncheck();
  await page.getByLabel("Search titles, abstracts and keywords").fill(word.toUpperCase());
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/q=/);
  await expect(rows(page).first()).toBeVisible();
  for (const text of await rows(page).allTextContents()) expect(text.toLowerCase()).toContain(word.toLowerCase());

  // Declare a conflict: the paper leaves the list.
  await page.goto(`/venues/${VENUE}/reviewer/bids?unbid=1`);
  const victim = await paperNumber(page, 0);
  const row = rows(page).nth(0);
  await row.getByLabel(`Your bid on #${victim}`, { exact: true }).selectOption("CONFLICT");
  await row.getByLabel(`Why do you have a conflict with #${victim}? (optional)`).fill("A recent co-author");
  await expectAccessible(page);
  await row.getByRole("button", { name: `Declare conflict with #${victim}` }).click();
  await expect(page.getByLabel(`Your bid on #${victim}`, { exact: true })).toHaveCount(0);
  await page.reload();
  await expect(page.getByLabel(`Your bid on #${victim}`, { exact: true })).toHaveCount(0);
  await expect(count(page)).toHaveText(`You have bid on 1 of ${total - 1} papers`);
});
