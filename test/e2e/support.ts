import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import pg from "pg";
import { DEMO_PASSWORD, demoLogins, type DemoLoginRole } from "../../prisma/demo/index";

export const PASSWORD = DEMO_PASSWORD;
export const VENUE = "dlt-2027";
const E2E_DB = process.env.E2E_DB ?? "tangent_e2e";
const OUTBOX = path.resolve(".tangent", E2E_DB, "outbox");

/** The first demo account with this role. */
export function login(role: DemoLoginRole): string {
  const found = demoLogins.find((l) => l.role === role);
  if (!found) throw new Error(`No demo login for ${role}`);
  return found.email;
}

/** Every demo account with this role, in the order the demo lists them. */
export function logins(role: DemoLoginRole): string[] {
  return demoLogins.filter((l) => l.role === role).map((l) => l.email);
}

/** Submit the sign-in form and wait for the answer: an alert on the form, or leaving the page. */
export async function trySignIn(page: Page, email: string, password: string) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Sign in and wait until the session is established (the form redirects away from /signin). */
export async function signIn(page: Page, email: string, password = PASSWORD) {
  await trySignIn(page, email, password);
  await page.waitForURL((url) => url.pathname !== "/signin");
}

/** The page's own alert (Next.js also renders an empty role=alert route announcer outside main). */
export function alertOf(page: Page) {
  return page.locator("main").getByRole("alert");
}

/** The newest email sent to `to`, as the outbox's JSON summary. */
export async function latestMailTo(to: string): Promise<{ subject: string; text: string }> {
  await expect
    .poll(() => readdirSafe().filter((f) => f.endsWith(".json") && f.includes(to)).length, { message: `an email to ${to}` })
    .toBeGreaterThan(0);
  const file = readdirSafe().filter((f) => f.endsWith(".json") && f.includes(to)).sort().at(-1)!;
  return JSON.parse(readFileSync(path.join(OUTBOX, file), "utf8"));
}

function readdirSafe(): string[] {
  try {
    return readdirSync(OUTBOX);
  } catch {
    return [];
  }
}

export function linkIn(text: string): string {
  const m = /https?:\/\/\S+\/(invite|reset-password)\/[A-Za-z0-9_-]+/.exec(text);
  if (!m) throw new Error(`No link in:\n${text}`);
  return new URL(m[0]).pathname;
}

/** No serious or critical WCAG 2.1 AA violation on the page, or only within the `include` selectors when given. */
export async function expectAccessible(page: Page, { include = [] as string[] } = {}) {
  let axe = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]);
  for (const selector of include) axe = axe.include(selector);
  const results = await axe.analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

/** Direct access to the e2e database, for states a browser cannot create (an expired link, another venue). */
export async function withDb<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const u = new URL(process.env.TEST_DATABASE_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres");
  u.pathname = `/${E2E_DB}`;
  const client = new pg.Client({ connectionString: u.toString() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export function sha256(s: string): string {
  return createHash("sha256").update(s).digest("hex");
}
