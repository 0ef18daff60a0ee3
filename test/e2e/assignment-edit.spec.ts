// The chair's hand work on an assignment: conflicts by hand, editing a proposal with live checks, comparing two
// runs, importing publications and score files. Runs are inserted directly (the solver has its own spec) and
// everything this spec creates is removed afterwards, so later specs see the demo as seeded.
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { alertOf, expectAccessible, login, signIn, VENUE, withDb } from "./support";

const RUN_A = "e2e-edit-run-a";
const RUN_B = "e2e-edit-run-b";
const PUBLICATIONS = ["yaw.asante@uct.ac.za.jsonl", "jana.novak@cuni.cz.bib"].map((f) => path.resolve("test/fixtures/imports/e2e-publications", f));
const SCORES = path.resolve("test/fixtures/imports/e2e-scores.csv");

let restoreMaxLoad: { userId: string; maxLoad: number | null } | null = null;

/** Two finished runs whose proposal is the demo's deployed assignment (3 reviewers per paper). */
async function insertRuns() {
  await withDb(async (c) => {
    const v = (await c.query(`SELECT id, "assignmentRevision" AS rev FROM "Venue" WHERE slug = $1`, [VENUE])).rows[0];
    const params = { reviewersPerPaper: 3, maxLoadDefault: 4, minLoadDefault: 0, objective: "sum", affinityWeight: 0.7, keepDeployed: false };
    for (const [id, minutes] of [[RUN_A, 10], [RUN_B, 5]] as const) {
      const summary = { status: "optimal", papers: 40, reviewers: 60, assigned: 120, totalScore: 60, lowestPaperScore: 1.5, explanations: [], seconds: 0.2, inputs: { affinityPairs: 0, bids: 0, conflicts: 0, kept: 0 } };
      await c.query(
        `INSERT INTO "AssignmentRun" (id, "venueId", objective, status, params, progress, message, summary, "baseRevision", "createdAt", "startedAt", "finishedAt")
         VALUES ($1, $2, 'SUM', 'SUCCEEDED', $3, 1, 'Proposal ready: 120 assignments', $4, $5, now() - $6 * interval '1 minute', now() - $6 * interval '1 minute', now() - $6 * interval '1 minute')`,
        [id, v.id, JSON.stringify(params), JSON.stringify(summary), v.rev, minutes],
      );
      await c.query(
        `INSERT INTO "ProposedAssignment" ("runId", "submissionId", "userId", score, "isAlternate", rank)
         SELECT $1, a."submissionId", a."userId", 0.5, false, row_number() OVER (PARTITION BY a."submissionId" ORDER BY a."userId") - 1
         FROM "Assignment" a WHERE a."venueId" = $2`,
        [id, v.id],
      );
    }
  });
}

// Pages with axe checks on a machine shared with other builds: generous time per test.
test.describe.configure({ mode: "serial", timeout: 180_000 });

test.beforeAll(insertRuns);

test.afterAll(async () => {
  await withDb(async (c) => {
    await c.query(`DELETE FROM "AssignmentRun" WHERE id IN ($1, $2)`, [RUN_A, RUN_B]);
    await c.query(`DELETE FROM "Conflict" WHERE source = 'CHAIR' AND "venueId" = (SELECT id FROM "Venue" WHERE slug = $1)`, [VENUE]);
    await c.query(`DELETE FROM "Publication" WHERE "externalId" LIKE 'import:%'`);
    await c.query(`DELETE FROM "AffinityScore" WHERE source = 'import:e2e'`);
    if (restoreMaxLoad) await c.query(`UPDATE "Membership" SET "maxLoad" = $2 WHERE "userId" = $1 AND role = 'REVIEWER'`, [restoreMaxLoad.userId, restoreMaxLoad.maxLoad]);
  });
});

async function openConflicts(page: Page) {
  await page.goto(`/venues/${VENUE}/chair`);
  await page.getByRole("navigation", { name: "Chair console sections" }).getByRole("link", { name: "Conflicts" }).click();
  await expect(page.getByRole("heading", { name: /Conflicts/, level: 1 })).toBeVisible();
}

test("a chair adds a conflict on an assigned pair: it is listed as assigned and conflicted, then lifted and kept on record", async ({ page }) => {
  const pair = await withDb(async (c) =>
    (await c.query(`SELECT s.number, u.name, u.email FROM "Assignment" a JOIN "Submission" s ON s.id = a."submissionId" JOIN "User" u ON u.id = a."userId"
                    JOIN "Venue" v ON v.id = a."venueId" WHERE v.slug = $1 ORDER BY s.number, u.name LIMIT 1`, [VENUE])).rows[0] as { number: number; name: string; email: string },
  );
  await signIn(page, login("SENIOR_AREA_CHAIR"));
  await openConflicts(page);
  await expect(page.getByRole("table", { name: /Conflicts with their source and reasons/ })).toContainText("Detected");

  const form = page.locator("form", { has: page.getByLabel("Reason") });
  await form.getByLabel("Paper number").fill(String(pair.number));
  await form.getByLabel("Reviewer email").fill(pair.email);
  await form.getByRole("button", { name: "Add conflict" }).click();
  await expect(form.getByText("Say why they are conflicted")).toBeVisible();

  await form.getByLabel("Reason").fill("Postdoc mentor of the first author");
  await form.getByRole("button", { name: "Add conflict" }).click();
  await expect(form.getByRole("status")).toContainText(`${pair.name} is assigned to paper #${pair.number}: the assignment stays`);
  const flagged = page.getByRole("region", { name: /Assigned despite a conflict/ });
  await expect(flagged).toContainText(`Paper #${pair.number}`);
  await expect(flagged).toContainText(`${pair.name}: entered by a chair (Postdoc mentor of the first author)`);
  expect(await withDb(async (c) => Number((await c.query(`SELECT count(*) AS n FROM "Assignment" a JOIN "User" u ON u.id = a."userId" WHERE u.email = $1`, [pair.email])).rows[0].n))).toBeGreaterThan(0);
  await expectAccessible(page);

  await page.getByLabel("Paper number, title or reviewer").fill(pair.name);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/q=/);
  const row = page.getByRole("row", { name: /Entered by a chair/ });
  await expect(row).toContainText("Postdoc mentor of the first author");
  await row.getByRole("button", { name: /Lift/ }).click();
  await expect(page.getByRole("region", { name: /Assigned despite a conflict/ })).toHaveCount(0);

  await page.getByLabel("Show").selectOption("lifted");
  await page.getByRole("button", { name: "Search" }).click();
  const lifted = page.getByRole("row", { name: /Entered by a chair/ });
  await expect(lifted).toContainText(/Lifted \d{4}-\d\d-\d\d by Rosalind/);
  await expect(lifted).toContainText("Postdoc mentor of the first author");
});

test("the chair edits a proposal with live checks; a deployed run cannot be edited", async ({ page }) => {
  // Paper 7: its first proposed reviewer, a conflicted reviewer, one at max load and one who is free.
  const ids = await withDb(async (c) => {
    const q = async (sql: string, args: unknown[]) => (await c.query(sql, args)).rows;
    const paper = (await q(`SELECT s.id FROM "Submission" s JOIN "Venue" v ON v.id = s."venueId" WHERE v.slug = $1 AND s.number = 7`, [VENUE]))[0].id as string;
    const on = await q(`SELECT p."userId" AS id, u.name FROM "ProposedAssignment" p JOIN "User" u ON u.id = p."userId" WHERE p."runId" = $1 AND p."submissionId" = $2 ORDER BY u.name`, [RUN_B, paper]);
    const conflicted = (await q(`SELECT c."userId" AS id, u.name FROM "Conflict" c JOIN "User" u ON u.id = c."userId" WHERE c."submissionId" = $1 AND c."liftedAt" IS NULL ORDER BY u.name LIMIT 1`, [paper]))[0];
    const others = await q(
      `SELECT m."userId" AS id, u.name, m."maxLoad" AS "maxLoad", (SELECT count(*)::int FROM "ProposedAssignment" p WHERE p."runId" = $1 AND p."userId" = m."userId") AS load
       FROM "Membership" m JOIN "User" u ON u.id = m."userId" JOIN "Venue" v ON v.id = m."venueId"
       WHERE v.slug = $2 AND m.role = 'REVIEWER' AND m."userId" <> ALL($3) AND NOT EXISTS (SELECT 1 FROM "Conflict" c WHERE c."submissionId" = $4 AND c."userId" = m."userId")
       ORDER BY u.name`,
      [RUN_B, VENUE, on.map((r) => r.id), paper],
    );
    const busy = others.find((r) => r.load >= 1)!;
    const free = others.find((r) => r.id !== busy.id && r.load < (r.maxLoad ?? 4))!;
    restoreMaxLoad = { userId: busy.id, maxLoad: busy.maxLoad };
    await c.query(`UPDATE "Membership" SET "maxLoad" = $2 WHERE "userId" = $1 AND role = 'REVIEWER'`, [busy.id, busy.load]);
    return { paper, out: on[0] as { id: string; name: string }, conflicted: conflicted as { id: string; name: string }, busy: busy as { id: string; name: string; load: number }, free: free as { id: string; name: string } };
  });

  await signIn(page, login("SENIOR_AREA_CHAIR"));
  await page.goto(`/venues/${VENUE}/chair/assignment/${RUN_B}`);
  await page.getByRole("link", { name: "Edit reviewers of paper 7", exact: true }).click();
  const editor = page.getByRole("region", { name: /Edit the reviewers of paper 7/ });
  await expect(editor).toBeVisible();
  const check = editor.locator("#edit-check");
  const apply = editor.getByRole("button", { name: "Apply change" });

  await editor.getByLabel("Add reviewer").selectOption(ids.conflicted.id);
  await expect(check).toContainText(`Paper 7 would have 4 reviewers; this run asks for 3`);
  await editor.getByLabel("Remove reviewer").selectOption(ids.out.id);
  await expect(check).toContainText(`Paper 7 is conflicted with ${ids.conflicted.name}:`);
  await expect(apply).toBeDisabled();

  await editor.getByLabel("Add reviewer").selectOption(ids.busy.id);
  await expect(check).toContainText(`${ids.busy.name} would have ${ids.busy.load + 1} papers; max load is ${ids.busy.load}.`);
  await expect(apply).toBeDisabled();

  await editor.getByLabel("Add reviewer").selectOption(ids.free.id);
  await expect(check).toContainText(`${ids.free.name} joins paper 7`);
  await expect(check).toContainText("Score of the new pair");
  await expectAccessible(page);
  await apply.click();
  await expect(editor.getByRole("status")).toContainText("Changed.");
  const paperRow = page.getByRole("table", { name: /Proposed reviewers/ }).getByRole("row").filter({ has: page.getByRole("link", { name: "Edit reviewers of paper 7", exact: true }) });
  await expect(paperRow).toContainText(ids.free.name);
  await expect(paperRow).not.toContainText(ids.out.name);
  await expect(page.getByText("after 1 hand edit")).toBeVisible();
  const rows = await withDb(async (c) => (await c.query(`SELECT "userId" FROM "ProposedAssignment" WHERE "runId" = $1 AND "submissionId" = $2`, [RUN_B, ids.paper])).rows.map((r) => r.userId));
  expect(rows).toContain(ids.free.id);
  expect(rows).not.toContain(ids.out.id);

  // Compare the untouched run A with the edited run B.
  await page.goto(`/venues/${VENUE}/chair/assignment`);
  await page.getByRole("link", { name: "Compare two runs" }).click();
  await page.getByLabel("Run A (before)").selectOption(RUN_A);
  await page.getByLabel("Run B (after)").selectOption(RUN_B);
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page.getByRole("table", { name: "Totals of run A and run B" })).toContainText("Lowest paper score");
  const changed = page.getByRole("table", { name: /Papers whose reviewers differ/ }).locator("tbody tr");
  await expect(changed).toHaveCount(1);
  await expect(changed.first()).toContainText(ids.out.name);
  await expect(changed.first()).toContainText(ids.free.name);
  await expect(page.getByText("Pairs only in A").locator("..")).toHaveText("Pairs only in A1");
  await expect(page.getByText("Papers changed").locator("..")).toHaveText("Papers changed1");
  await expectAccessible(page);

  // A deployed run offers no editing, and the server refuses an edit anyway.
  await withDb((c) => c.query(`UPDATE "AssignmentRun" SET "deployedAt" = now() WHERE id = $1`, [RUN_A]));
  await page.goto(`/venues/${VENUE}/chair/assignment/${RUN_A}?edit=7`);
  await expect(page.getByText("A deployed run can no longer be edited.")).toBeVisible();
  await expect(page.getByRole("link", { name: /Edit reviewers of paper/ })).toHaveCount(0);
  await expect(page.getByRole("region", { name: /Edit the reviewers/ })).toHaveCount(0);
});

test("the chair imports reviewer publications and a score file; the run form offers the imported source", async ({ page }) => {
  await signIn(page, login("SENIOR_AREA_CHAIR"));
  await page.goto(`/venues/${VENUE}/chair/imports`);
  const pubs = page.locator("form", { has: page.getByLabel(/Publication files/) });
  await pubs.getByLabel(/Publication files/).setInputFiles(PUBLICATIONS);
  await pubs.getByRole("button", { name: "Import publications" }).click();
  await expect(alertOf(page)).toContainText("Nothing was imported: 1 row has errors");
  const errors = pubs.getByRole("table", { name: /Rows with errors/ });
  await expect(errors.locator("tbody tr")).toHaveCount(1);
  await expect(errors.locator("tbody tr").first()).toContainText("yaw.asante@uct.ac.za.jsonl");
  await expect(errors.locator("tbody tr").first()).toContainText("invalid JSON");
  await expect(errors.locator("tbody tr td").nth(1)).toHaveText("2");

  await pubs.getByLabel(/Publication files/).setInputFiles(PUBLICATIONS);
  await pubs.getByLabel(/Skip bad rows/).check();
  await pubs.getByRole("button", { name: "Import publications" }).click();
  await expect(pubs.getByRole("status")).toContainText("3 publications for 2 reviewers");
  const imported = await withDb(async (c) => (await c.query(`SELECT title FROM "Publication" WHERE "externalId" LIKE 'import:%' ORDER BY title`)).rows.map((r) => r.title));
  expect(imported).toEqual(["Edge of stability in deep linear networks", "Spectral bias of wide networks under label noise", "Tangent kernels on manifolds, revisited"]);

  const scores = page.locator("form", { has: page.getByLabel("Scores CSV") });
  await scores.getByLabel("Source name").fill("e2e");
  await scores.getByLabel("Scores CSV").setInputFiles(SCORES);
  await scores.getByRole("button", { name: "Import scores" }).click();
  await expect(scores.getByRole("status")).toContainText("2 scores as source import:e2e");
  await expect(page.getByRole("table", { name: /Recent imports/ })).toContainText("Affinity scores");
  await expectAccessible(page);

  await page.goto(`/venues/${VENUE}/chair/assignment`);
  const start = page.getByRole("region", { name: /Start an assignment run/ });
  await expect(start.getByLabel("Imported: e2e")).toBeVisible();
  await expect(start.getByLabel("Bids")).toHaveValue("0.3");
});
