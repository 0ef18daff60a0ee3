// Steps of the reviewer's editor shared by the review specs.
import { expect, type Page } from "@playwright/test";
import { VENUE } from "./support";

export const saveState = (page: Page) => page.getByTestId("save-state");

/** The reviewer's n-th assigned paper, opened from the console as a reviewer would. */
export async function openAssigned(page: Page, index: number) {
  await page.goto(`/venues/${VENUE}/reviewer`);
  await page.locator("main li.card h3 a").nth(index).click();
  await expect(page).toHaveURL(new RegExp(`/venues/${VENUE}/reviewer/papers/\\d+$`));
  await expect(page.getByRole("heading", { name: /Your review/ })).toBeVisible();
}

/**
 * Answer every field of the default form: confirm each theorem's declared assumptions, then correct the first
 * theorem's width to `width`, and answer the rest (leaves the Summary as it is when `summary` is not given).
 */
export async function fillDefaultForm(page: Page, { width = "infinite", summary }: { width?: string; summary?: string } = {}) {
  if (summary !== undefined) await page.getByLabel("Summary", { exact: true }).fill(summary);
  const confirms = page.getByRole("button", { name: "Confirm the remaining assumptions as declared" });
  for (let i = 0; i < (await confirms.count()); i++) await confirms.nth(i).click();
  await page.getByLabel("Width").first().selectOption(width);
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
}
