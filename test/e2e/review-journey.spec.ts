// The measure, end to end on the demo venue: an author declares assumptions; a reviewer fills and submits
// the default form while a second tab's stale save is refused without losing its text; the reviewer discusses
// under an anonymous label; the area chair sees the disagreement highlighted, writes the meta-review and proposes;
// in the rebuttal phase the author reads the review but not the meta-review or proposal; the senior area chair
// confirms; the program chair releases; the author reads the reviews without reviewer identities; the reviewer never
// sees author names.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { fillDefaultForm, saveState } from "./review-helpers";
import { alertOf, expectAccessible, login, signIn, VENUE, withDb } from "./support";

const PAPER = 7; // the demo author's paper (prisma/demo): its area chair is the demo AC, whose SAC is the demo SAC

interface People {
  reviewer: string;
  reviewerNames: string[];
  reviewerEmails: string[];
  authorNames: string[];
}

/**
 * The paper's people, after putting the paper back where the journey starts (so the spec can be re-run on one
 * database): no decision, no meta-review, and no review by the reviewer who will write one.
 */
async function people(): Promise<People> {
  return withDb(async (c) => {
    const paper = `(SELECT s.id FROM "Submission" s JOIN "Venue" v ON v.id = s."venueId" WHERE v.slug = $1 AND s.number = $2)`;
    await c.query(`DELETE FROM "Decision" WHERE "submissionId" = ${paper}`, [VENUE, PAPER]);
    await c.query(`DELETE FROM "MetaReview" WHERE "submissionId" = ${paper}`, [VENUE, PAPER]);
    await c.query(
      `DELETE FROM "Review" WHERE "submissionId" = ${paper} AND "reviewerId" = (SELECT a."userId" FROM "Assignment" a JOIN "User" u ON u.id = a."userId" WHERE a."submissionId" = ${paper} ORDER BY u.email LIMIT 1)`,
      [VENUE, PAPER],
    );
    const reviewers = await c.query(
      `SELECT u.email, u.name, EXISTS (SELECT 1 FROM "Review" r WHERE r."submissionId" = s.id AND r."reviewerId" = u.id) AS reviewed
         FROM "Assignment" a JOIN "Submission" s ON s.id = a."submissionId" JOIN "Venue" v ON v.id = s."venueId" JOIN "User" u ON u.id = a."userId"
        WHERE v.slug = $1 AND s.number = $2 ORDER BY u.email`,
      [VENUE, PAPER],
    );
    const authors = await c.query(
      `SELECT sa.name FROM "SubmissionAuthor" sa JOIN "Submission" s ON s.id = sa."submissionId" JOIN "Venue" v ON v.id = s."venueId" WHERE v.slug = $1 AND s.number = $2`,
      [VENUE, PAPER],
    );
    const fresh = reviewers.rows.find((r) => !r.reviewed);
    if (!fresh) throw new Error(`Paper ${PAPER} has no reviewer without a review: reseed the e2e database`);
    return {
      reviewer: fresh.email,
      reviewerNames: reviewers.rows.map((r) => r.name),
      reviewerEmails: reviewers.rows.map((r) => r.email),
      authorNames: authors.rows.map((r) => r.name),
    };
  });
}

async function as(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}

/** The demo venue stays in REVIEWING; the journey moves it to the rebuttal phase for one step. */
async function setPhase(phase: "REVIEWING" | "DISCUSSION") {
  await withDb((c) => c.query(`UPDATE "Venue" SET phase = $1 WHERE slug = $2`, [phase, VENUE]));
}

async function setSubmissionDeadline(days: number) {
  await withDb((c) => c.query(`UPDATE "Venue" SET "submissionDeadline" = now() + ($1 || ' days')::interval WHERE slug = $2`, [String(days), VENUE]));
}

test("review journey: declare, review, stale tab, discuss, matrix, meta-review, decide, release, read", async ({ browser }) => {
  test.setTimeout(300_000);
  const who = await people();
  const reviewsUrl = `/venues/${VENUE}/author/papers/${PAPER}/reviews`;

  // 1. The author declares the first theorem's width as infinite (declarations are open until the submission deadline).
  await setSubmissionDeadline(7);
  try {
    const author = await as(browser, login("AUTHOR"));
    await author.goto(`/venues/${VENUE}/author`);
    await author.getByRole("link", { name: `Theorems and assumptions of #${PAPER}` }).click();
    const first = author.getByTestId("theorem-card").first();
    await first.getByLabel("Width").selectOption("infinite");
    await author.getByRole("button", { name: "Save theorems" }).first().click();
    await expect(author.getByTestId("declarations-state")).toHaveText(/Saved at \d\d:\d\d/);
    // Before the rebuttal phase the author sees nothing of the reviews or the outcome.
    await author.goto(reviewsUrl);
    await expect(author.getByText("The reviews are shown to the authors from the rebuttal (discussion) phase on.")).toBeVisible();
    await expect(author.getByRole("heading", { name: "Reviews", exact: true })).toHaveCount(0);
    await author.context().close();
  } finally {
    await setSubmissionDeadline(-30);
  }

  // 2. The reviewer writes in two tabs: the stale tab's save is refused and keeps its text.
  const ctx = await browser.newContext();
  const a = await ctx.newPage();
  await signIn(a, who.reviewer);
  const paperUrl = `/venues/${VENUE}/reviewer/papers/${PAPER}`;
  await a.goto(paperUrl);
  const b = await ctx.newPage();
  await b.goto(paperUrl);
  await a.getByLabel("Summary", { exact: true }).fill("Convergence of GD for networks of any width.");
  await expect(saveState(a)).toHaveText(/Saved at/);
  await b.getByLabel("Summary", { exact: true }).fill("Stale tab text that must not be lost.");
  await expect(alertOf(b)).toContainText(/This review was changed in another tab or window at \d\d:\d\d; reload to see the newer text — your text is kept below\./);
  await expect(b.getByLabel("Summary", { exact: true })).toHaveValue("Stale tab text that must not be lost.");
  await b.close();

  // The reviewer reads the width as finite — a disagreement with the declaration — and submits.
  await fillDefaultForm(a, { width: "finite" });
  await a.getByRole("button", { name: "Submit review" }).click();
  await expect(saveState(a)).toHaveText(/Submitted at \d\d:\d\d/);
  const html = await a.content();
  for (const name of who.authorNames) expect(html).not.toContain(name);

  // 3. The reviewer opens the discussion; they appear under their anonymous label.
  await a.getByLabel("Your post").fill("I read the width as **finite**: the proof needs $m \\geq n^2$ only.");
  await a.getByRole("button", { name: "Post to discussion" }).click();
  const myPost = a.getByRole("list", { name: "Discussion posts" }).getByRole("listitem").last();
  await expect(myPost).toContainText(/You \(Reviewer [0-9a-f]{4}\)/);
  const label = /Reviewer [0-9a-f]{4}/.exec((await myPost.getByTestId("post-author").textContent())!)![0];
  await expect(myPost.locator(".katex")).toHaveCount(1);
  expect(await a.content()).not.toContain(who.authorNames[0]!);
  await expectAccessible(a, { include: ["section[aria-labelledby=discussion]", "section[aria-labelledby=author-response]"] });
  await ctx.close();

  // 4. The area chair sees the disagreement highlighted, the post under the same label, writes and proposes.
  const ac = await as(browser, login("AREA_CHAIR"));
  await ac.goto(`/venues/${VENUE}/chair/papers/${PAPER}`);
  const widthRow = ac.locator("tr[data-disagreement]").filter({ hasText: "Width" }).first();
  await expect(widthRow).toContainText("≠ declared (disagrees)");
  await expect(ac.getByRole("columnheader", { name: label }).first()).toBeVisible();
  await expect(ac.getByRole("list", { name: "Discussion posts" })).toContainText(label);
  await ac.getByLabel("Meta-review (shown to the authors with the decision)").fill("The reviewers agree the proof is clean; the width assumption is discussed.");
  await ac.getByRole("button", { name: "Submit meta-review" }).click();
  await expect(ac.getByTestId("meta-review-state")).toHaveText(/Submitted at/);
  await ac.getByLabel("Your proposal").selectOption("ACCEPT_POSTER");
  await ac.getByRole("button", { name: "Propose decision" }).click();
  await expect(ac.getByRole("status").filter({ hasText: "Proposed: Accept (poster)." })).toBeVisible();
  // The sections this journey adds to the page (the rest of it is checked by reviews.spec.ts).
  await expectAccessible(ac, { include: ["section[aria-labelledby=discussion]", "section[aria-labelledby=author-response]", "section[aria-labelledby=decision]"] });
  await ac.context().close();

  // 4b. In the rebuttal (discussion) phase the author reads the review under the same label — not the meta-review
  // or the proposal, which wait for release.
  await setPhase("DISCUSSION");
  try {
    const rebutting = await as(browser, login("AUTHOR"));
    await rebutting.goto(reviewsUrl);
    await expect(rebutting.getByRole("article", { name: label })).toContainText("The width requirement is far from practice.");
    await expect(rebutting.getByRole("article", { name: label })).not.toContainText("Confidence");
    await expect(rebutting.getByText("The reviewers agree the proof is clean")).toHaveCount(0);
    await expect(rebutting.getByTestId("released-decision")).toHaveCount(0);
    await expect(rebutting.getByText("Accept (poster)")).toHaveCount(0);
    const html = await rebutting.content();
    for (const s of [...who.reviewerNames, ...who.reviewerEmails]) expect(html).not.toContain(s);
    await expect(rebutting.getByLabel("Response", { exact: true })).toBeEditable();
    await rebutting.context().close();
  } finally {
    await setPhase("REVIEWING");
  }

  // 5. The senior area chair confirms.
  const sac = await as(browser, login("SENIOR_AREA_CHAIR"));
  await sac.goto(`/venues/${VENUE}/chair/papers/${PAPER}`);
  await sac.getByRole("button", { name: "Confirm: Accept (poster)" }).click();
  await expect(sac.getByTestId("decision-status")).toContainText(/Proposed: Accept \(poster\) by .*Confirmed by /);
  await sac.context().close();

  // 6. The program chair releases the confirmed decisions from the track view.
  const pc = await as(browser, login("PROGRAM_CHAIR"));
  await pc.goto(`/venues/${VENUE}/chair/track`);
  await pc.getByRole("button", { name: /^Release \d+ confirmed decisions? to authors$/ }).click();
  await expect(pc.getByRole("status").filter({ hasText: /^Released \d+ decisions?:/ })).toBeVisible();
  await pc.context().close();

  // 7. The author reads the decision, the meta-review and the review — under its label, with no reviewer identity.
  const author = await as(browser, login("AUTHOR"));
  await author.goto(`/venues/${VENUE}/author`);
  await author.getByRole("link", { name: `Decision and reviews of #${PAPER}` }).click();
  await expect(author).toHaveURL(new RegExp(`${reviewsUrl}$`));
  await expect(author.getByTestId("released-decision")).toContainText("Accept (poster)");
  await expect(author.getByText("The reviewers agree the proof is clean; the width assumption is discussed.")).toBeVisible();
  const review = author.getByRole("article", { name: label });
  await expect(review).toContainText("The width requirement is far from practice.");
  await expect(review).not.toContainText("Confidence");
  const page = await author.content();
  for (const s of [...who.reviewerNames, ...who.reviewerEmails]) expect(page).not.toContain(s);
  await expect(author.getByText("I read the width as")).toHaveCount(0);
  await expectAccessible(author);
  await author.context().close();
});
