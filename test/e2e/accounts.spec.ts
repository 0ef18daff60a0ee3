import { expect, test } from "@playwright/test";
import { alertOf, expectAccessible, latestMailTo, linkIn, login, logins, sha256, signIn, trySignIn, VENUE, withDb } from "./support";

test("a wrong password gets a clear error that does not reveal whether the account exists", async ({ page }) => {
  await trySignIn(page, login("SENIOR_AREA_CHAIR"), "not-the-password");
  await expect(alertOf(page)).toHaveText("Wrong email or password.");
  await trySignIn(page, "nobody@nowhere.test", "not-the-password");
  await expect(alertOf(page)).toHaveText("Wrong email or password.");
  await expectAccessible(page);
});

test("repeated failures are throttled", async ({ page }) => {
  const email = "throttle-target@nowhere.test";
  for (let i = 0; i < 5; i++) {
    await trySignIn(page, email, `wrong-${i}`);
    await expect(alertOf(page)).toHaveText("Wrong email or password.");
  }
  await trySignIn(page, email, "wrong-again");
  await expect(alertOf(page)).toContainText("Too many failed attempts");
});

test("an invited reviewer sets a password through the emailed link, and the link works once", async ({ page, browser }) => {
  const invitee = `new.reviewer.${Date.now()}@example.org`;
  await signIn(page, login("SENIOR_AREA_CHAIR"));
  await page.goto(`/venues/${VENUE}/chair`);
  await page.getByLabel("Name").fill("Nadia Invited");
  await page.getByLabel("Email").fill(invitee);
  await page.getByLabel("Role").selectOption("REVIEWER");
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Invitation sent to ${invitee}` })).toBeVisible();

  const mail = await latestMailTo(invitee);
  expect(mail.subject).toContain("reviewer");
  const link = linkIn(mail.text);

  const context = await browser.newContext();
  const fresh = await context.newPage();
  await fresh.goto(link);
  await expect(fresh.getByRole("heading", { name: "Welcome, Nadia Invited" })).toBeVisible();
  await expectAccessible(fresh);
  await fresh.getByLabel("New password").fill("short");
  await fresh.getByLabel("Repeat the password").fill("short");
  await fresh.getByRole("button", { name: "Set password and continue" }).click();
  await expect(fresh.getByText("Use at least 10 characters")).toBeVisible();
  await fresh.getByLabel("New password").fill("a-good-long-password");
  await fresh.getByLabel("Repeat the password").fill("a-good-long-password");
  await fresh.getByRole("button", { name: "Set password and continue" }).click();
  await expect(fresh.getByRole("heading", { name: "Your venues" })).toBeVisible();
  await expect(fresh.getByText("Signed in as")).toContainText("Nadia Invited");
  await fresh.goto(`/venues/${VENUE}`);
  await expect(fresh).toHaveURL(new RegExp(`/venues/${VENUE}/reviewer$`));
  await context.close();

  // The same link again: refused, clearly.
  await page.goto(link);
  await expect(alertOf(page)).toContainText("This link was already used.");
});

test("an expired link and a made-up link are refused with their reasons", async ({ page }) => {
  const token = `expired-${Date.now()}-token-for-e2e-tests`;
  await withDb(async (c) => {
    const user = await c.query(`SELECT id FROM "User" WHERE email = $1`, [login("REVIEWER")]);
    await c.query(`INSERT INTO "AuthToken" (id, "tokenHash", kind, "userId", "expiresAt") VALUES ($1, $2, 'INVITE', $3, now() - interval '1 hour')`, [
      `tok-${Date.now()}`,
      sha256(token),
      user.rows[0].id,
    ]);
  });
  await page.goto(`/invite/${token}`);
  await expect(alertOf(page)).toContainText("This link has expired.");
  await page.goto("/reset-password/this-token-was-never-issued-by-tangent");
  await expect(alertOf(page)).toContainText("This link is not valid.");
  await expectAccessible(page);
});

test("a forgotten password is reset by emailed link, without revealing which emails exist", async ({ page }) => {
  // The second demo reviewer: other tests sign in with the first account of each role and its demo password.
  const email = logins("REVIEWER")[1]!;
  await page.goto("/forgot-password");
  await expectAccessible(page);
  await page.getByLabel("Email").fill("nobody-here@nowhere.test");
  await page.getByRole("button", { name: "Email me a link" }).click();
  const generic = await page.getByRole("status").filter({ hasText: "If an account uses that address" }).innerText();

  await page.goto("/forgot-password");
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Email me a link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "If an account uses that address" })).toHaveText(generic);

  const link = linkIn((await latestMailTo(email)).text);
  await page.goto(link);
  await page.getByLabel("New password").fill("another-long-password");
  await page.getByLabel("Repeat the password").fill("another-long-password");
  await page.getByRole("button", { name: "Save new password" }).click();
  await expect(page.getByRole("heading", { name: "Your venues" })).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await signIn(page, email, "another-long-password");
  await expect(page.getByRole("heading", { name: "Your venues" })).toBeVisible();
});
