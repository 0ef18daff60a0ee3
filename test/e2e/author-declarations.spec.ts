import { expect, test, type Page } from "@playwright/test";
import { alertOf, expectAccessible, login, signIn, VENUE, withDb } from "./support";

const declState = (page: Page) => page.getByTestId("declarations-state");
const card = (page: Page, index: number) => page.getByTestId("theorem-card").nth(index);

/** Move the demo venue's submission deadline (AoE instant) so declarations are open or closed. */
async function setSubmissionDeadline(days: number) {
  await withDb((c) => c.query(`UPDATE "Venue" SET "submissionDeadline" = now() + ($1 || ' days')::interval WHERE slug = $2`, [String(days), VENUE]));
}

async function openFirstPaper(page: Page): Promise<string> {
  await page.goto(`/venues/${VENUE}/author`);
  const link = page.getByRole("link", { name: /^Theorems and assumptions of #\d+$/ }).first();
  const href = (await link.getAttribute("href"))!;
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  return href;
}

/** Fill every categorical assumption of one theorem card with its first choice, and a depth. */
async function declareAll(c: ReturnType<typeof card>) {
  const selects = c.locator("select");
  for (let i = 0; i < (await selects.count()); i++) await selects.nth(i).selectOption({ index: 1 });
  await c.getByLabel("Depth (layers)").fill("2");
}

test.describe("author theorem declarations", () => {
  test.afterEach(async () => setSubmissionDeadline(-30));

  test("after the submission deadline the declarations are read-only, with rendered math", async ({ page }) => {
    await setSubmissionDeadline(-30);
    await signIn(page, login("AUTHOR"));
    await openFirstPaper(page);
    await expect(page.getByRole("status").filter({ hasText: /The submission deadline \(.* AoE\) has passed; theorems and their assumptions can no longer be changed\./ })).toBeVisible();
    await expect(page.getByRole("button", { name: "Save theorems" })).toHaveCount(0);
    await expect(page.locator("main .katex").first()).toBeVisible();
    await expectAccessible(page);
  });

  test("an author adds, checks, reorders and deletes a theorem; a stale tab is refused without losing its edits", async ({ page, context }) => {
    // Many steps across three browser contexts: allow for a shared, busy machine.
    test.slow();
    await setSubmissionDeadline(7);
    await signIn(page, login("AUTHOR"));
    const href = await openFirstPaper(page);
    const before = await page.getByTestId("theorem-card").count();
    expect(before).toBeGreaterThan(0);
    await expectAccessible(page);

    // Add a theorem with math in its statement; the preview renders it with KaTeX.
    await page.getByRole("button", { name: "Add a theorem" }).click();
    const added = card(page, before);
    await added.getByLabel("Label").fill("Theorem E2E");
    await added.getByLabel("Statement").fill("For all $t \\ge 0$, $\\|w(t)\\|^2 \\le e^{-\\lambda t}$.\n\n<script>alert(1)</script>");
    await expect(added.getByRole("region", { name: "Preview of Theorem E2E" }).locator(".katex")).toHaveCount(2);
    await expect(added.locator("script")).toHaveCount(0);

    // Saving with undeclared assumptions names each one next to its field; nothing is stored.
    await page.getByRole("button", { name: "Save theorems" }).first().click();
    await expect(alertOf(page).filter({ hasText: "Not saved: 1 theorem has fields that need attention." })).toBeVisible();
    await expect(added.getByText("Choose the architecture.")).toBeVisible();
    await expect(added.getByLabel("Width")).toHaveAttribute("aria-invalid", "true");

    await declareAll(added);
    await added.getByLabel("Width").selectOption("overparameterized");
    await page.getByRole("button", { name: "Save theorems" }).first().click();
    await expect(added.getByText("State the over-parameterization requirement, e.g. m ≥ poly(n)")).toBeVisible();
    await added.getByLabel("Over-parameterization requirement").fill("m ≥ n^4");
    await page.getByRole("button", { name: "Save theorems" }).first().click();
    await expect(declState(page)).toHaveText(new RegExp(`Saved ${before + 1} theorems\\. Saved at \\d\\d:\\d\\d\\.`));

    // Move it to the top, save, and the order survives a reload.
    await page.getByRole("button", { name: "Move Theorem E2E up" }).click();
    for (let i = 1; i < before; i++) await page.getByRole("button", { name: "Move Theorem E2E up" }).click();
    await page.getByRole("button", { name: "Save theorems" }).first().click();
    await expect(declState(page)).toHaveText(/Saved at/);
    await page.reload();
    await expect(card(page, 0).getByLabel("Label")).toHaveValue("Theorem E2E");
    await expect(card(page, 0).getByLabel("Over-parameterization requirement")).toHaveValue("m ≥ n^4");

    // The chairs read the statement rendered, on the chair's paper page.
    const number = href.split("/").at(-1);
    const chair = await context.browser()!.newContext();
    const chairPage = await chair.newPage();
    await signIn(chairPage, login("PROGRAM_CHAIR"));
    await chairPage.goto(`/venues/${VENUE}/chair/papers/${number}`);
    await expect(chairPage.getByRole("article", { name: "Theorem E2E" }).locator(".katex")).toHaveCount(2);
    await chair.close();

    // Two tabs: the first saves, the second's save is refused and keeps its text.
    const tabB = await context.newPage();
    await tabB.goto(href);
    await card(page, 0).getByLabel("Label").fill("Theorem E2E (tab A)");
    await page.getByRole("button", { name: "Save theorems" }).first().click();
    await expect(declState(page)).toHaveText(/Saved at/);
    await card(tabB, 0).getByLabel("Label").fill("Theorem E2E (tab B)");
    await tabB.getByRole("button", { name: "Save theorems" }).first().click();
    await expect(alertOf(tabB).filter({ hasText: /These theorems were changed in another tab or window at \d\d:\d\d; reload to see the newer version — your edits are kept below\./ })).toBeVisible();
    await expect(card(tabB, 0).getByLabel("Label")).toHaveValue("Theorem E2E (tab B)");
    await tabB.close();

    // Delete it again.
    await page.reload();
    await expect(card(page, 0).getByLabel("Label")).toHaveValue("Theorem E2E (tab A)");
    await page.getByRole("button", { name: "Delete Theorem E2E (tab A)" }).click();
    await page.getByRole("button", { name: "Save theorems" }).first().click();
    await expect(declState(page)).toHaveText(new RegExp(`Saved ${before} theorems\\.`));
    await page.reload();
    await expect(page.getByTestId("theorem-card")).toHaveCount(before);
  });

  test("a paper's declarations are 404 to a reviewer and to authors of other papers", async ({ page }) => {
    const [{ number: notHers }] = await withDb(async (c) =>
      (
        await c.query(
          `SELECT s.number FROM "Submission" s JOIN "Venue" v ON v.id = s."venueId" WHERE v.slug = $1
           AND NOT EXISTS (SELECT 1 FROM "SubmissionAuthor" a JOIN "User" u ON u.id = a."userId" WHERE a."submissionId" = s.id AND u.email = $2) ORDER BY s.number LIMIT 1`,
          [VENUE, login("AUTHOR")],
        )
      ).rows,
    );
    await signIn(page, login("AUTHOR"));
    expect((await page.goto(`/venues/${VENUE}/author/papers/${notHers}`))?.status()).toBe(404);
    await page.context().clearCookies();
    await signIn(page, login("REVIEWER"));
    expect((await page.goto(`/venues/${VENUE}/author/papers/1`))?.status()).toBe(404);
  });
});
