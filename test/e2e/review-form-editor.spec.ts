import { expect, test } from "@playwright/test";
import { alertOf, expectAccessible, login, signIn, VENUE, withDb } from "./support";

test.describe("the chairs' review form editor and exports", () => {
  // Leave the demo venue on its single form version for whatever runs next on this database.
  test.afterAll(async () => {
    await withDb((c) =>
      c.query(`DELETE FROM "ReviewForm" f USING "Venue" v WHERE v.id = f."venueId" AND v.slug = $1 AND f.version > 1 AND NOT EXISTS (SELECT 1 FROM "Review" r WHERE r."formId" = f.id)`, [VENUE]),
    );
  });

  test("a program chair adds a field; with reviews in progress it becomes version 2 and existing reviews keep version 1", async ({ page, browser }) => {
    test.slow();
    await signIn(page, login("PROGRAM_CHAIR"));
    await page.goto(`/venues/${VENUE}/chair`);
    await page.getByRole("navigation", { name: "Chair console sections" }).getByRole("link", { name: "Review form" }).click();
    await expect(page.getByRole("heading", { name: "Editing version 1" })).toBeVisible();
    await expect(page.getByText("Reviews exist or reviewing is open: saving creates a new version; existing reviews keep theirs.")).toBeVisible();
    await expectAccessible(page);

    await page.getByRole("group", { name: "Add a field" }).getByRole("button", { name: "+ Text" }).click();
    const added = page.getByTestId("form-field").last();
    await added.getByLabel("Label").fill("Ethics concerns");
    await added.getByLabel("Key (camelCase; stored with answers)").fill("Bad Key");
    await added.getByLabel("Length limit (characters)").fill("0");
    await page.getByRole("button", { name: "Save form" }).click();
    await expect(alertOf(page).filter({ hasText: /^Not saved: 2 problems in the form, shown next to each field\.$/ })).toBeVisible();
    await expect(added.getByText("A field key is camelCase letters and digits")).toBeVisible();
    await expect(added.getByLabel("Key (camelCase; stored with answers)")).toHaveAttribute("aria-invalid", "true");

    await added.getByLabel("Key (camelCase; stored with answers)").fill("ethicsConcerns");
    await added.getByLabel("Length limit (characters)").fill("500");
    await page.getByRole("button", { name: "Save form" }).click();
    await expect(page.getByTestId("form-editor-state")).toHaveText("Saved as version 2; existing reviews keep their version.");

    await page.reload();
    await expect(page.getByRole("heading", { name: "Editing version 2" })).toBeVisible();
    const history = page.getByRole("table", { name: /Every version of the review form/ });
    await expect(history.getByRole("row")).toHaveCount(3);
    await expect(history.getByRole("rowheader", { name: "2 (current)" })).toBeVisible();

    // A reviewer's paper with no review yet begins on version 2 and shows the new field.
    const reviewer = await browser.newContext();
    const rp = await reviewer.newPage();
    await signIn(rp, login("REVIEWER"));
    const [{ number: fresh }] = await withDb(async (c) =>
      (
        await c.query(
          `SELECT s.number FROM "Assignment" a JOIN "Submission" s ON s.id = a."submissionId" JOIN "User" u ON u.id = a."userId" JOIN "Venue" v ON v.id = s."venueId"
           WHERE v.slug = $1 AND u.email = $2 AND NOT EXISTS (SELECT 1 FROM "Review" r WHERE r."submissionId" = s.id AND r."reviewerId" = u.id) ORDER BY s.number LIMIT 1`,
          [VENUE, login("REVIEWER")],
        )
      ).rows,
    );
    await rp.goto(`/venues/${VENUE}/reviewer/papers/${fresh}`);
    await expect(rp.getByRole("heading", { name: /Your review \(form version 2\)/ })).toBeVisible();
    await expect(rp.getByLabel("Ethics concerns (optional)")).toBeVisible();
    await reviewer.close();
  });

  test("exports are served to the program chair and are 404 for an area chair and a reviewer", async ({ page }) => {
    await signIn(page, login("PROGRAM_CHAIR"));
    await page.goto(`/venues/${VENUE}/chair`);
    await expect(page.getByRole("link", { name: "Export reviews as CSV" })).toBeVisible();
    const csv = await page.request.get(`/venues/${VENUE}/chair/export/reviews.csv`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    const header = (await csv.text()).split("\n")[0]!;
    expect(header).toContain("reviewer_label,reviewer_name,reviewer_email,status,review_version,form_version");
    expect(header).toContain("theorems.t1.assumptions.width");
    const json = await (await page.request.get(`/venues/${VENUE}/chair/export/decisions.json`)).json();
    expect(Array.isArray(json.decisions)).toBe(true);
    expect((await page.request.get(`/venues/${VENUE}/chair/export/passwords.csv`)).status()).toBe(404);

    for (const role of ["AREA_CHAIR", "REVIEWER"] as const) {
      await page.context().clearCookies();
      await signIn(page, login(role));
      for (const file of ["reviews.csv", "reviews.json", "meta-reviews.csv", "decisions.json"]) {
        expect((await page.request.get(`/venues/${VENUE}/chair/export/${file}`)).status(), `${role} ${file}`).toBe(404);
      }
    }
  });
});
