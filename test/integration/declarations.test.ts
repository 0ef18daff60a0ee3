import { describe, expect, it } from "vitest";
import { loadViewer } from "@/lib/accounts/data";
import { findPaperForAuthor } from "@/lib/theorems/data";
import { saveDeclarations } from "@/lib/theorems/save-declarations";
import type { DeclarationsResult } from "@/lib/theorems/schema";
import { declarationsToken } from "@/lib/theorems/token";
import { addMember, addTheorem, db, makeSubmission, makeUser, makeVenue } from "./factories";

const ASSUMPTIONS = {
  architecture: "relu",
  depth: 2,
  width: "infinite",
  parameterization: "ntk",
  trainingRegime: "lazy",
  optimizer: "gradient_flow",
  stepSize: "infinitesimal",
  initScale: "order_one",
  initStructure: "gaussian_iid",
  loss: "squared",
  data: "kernel_eigenvalue",
  sampleRegime: "fixed_n",
  timeHorizon: "infinite",
  claimType: "convergence_rate",
};

async function world({ deadline = new Date(Date.now() + 7 * 86_400_000) }: { deadline?: Date | null } = {}) {
  const venue = await db.venue.update({ where: { id: (await makeVenue()).id }, data: { submissionDeadline: deadline } });
  const [author, coauthorWithoutLink, reviewer] = await Promise.all([makeUser(), makeUser(), makeUser()]);
  await addMember(venue.id, author.id, "AUTHOR");
  await addMember(venue.id, coauthorWithoutLink.id, "AUTHOR");
  await addMember(venue.id, reviewer.id, "REVIEWER");
  const paper = await makeSubmission(venue.id, { authorUserId: author.id });
  const viewer = (await loadViewer(author.id))!;
  const token = async () => declarationsToken(await db.theorem.findMany({ where: { submissionId: paper.id }, select: { id: true, position: true, updatedAt: true } }));
  const stored = () => db.theorem.findMany({ where: { submissionId: paper.id }, orderBy: { position: "asc" } });
  const input = (baseToken: string, theorems: object[]) => ({ slug: venue.slug, number: paper.number, baseToken, theorems });
  return { venue, author, coauthorWithoutLink, reviewer, paper, viewer, token, stored, input };
}

function expectOk(r: DeclarationsResult): asserts r is Extract<DeclarationsResult, { ok: true }> {
  expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
}

describe("author theorem declarations", () => {
  it("adds, edits, reorders and deletes theorems, keeping ids of the theorems that stay", async () => {
    const w = await world();
    const first = await saveDeclarations(
      w.viewer,
      w.input(await w.token(), [
        { label: "Theorem 1", statement: "Loss $L(t) \\le e^{-\\lambda t} L(0)$.", assumptions: ASSUMPTIONS },
        { label: "Theorem 2", statement: "Second.", assumptions: { ...ASSUMPTIONS, width: "overparameterized", widthRequirement: "m ≥ poly(n)" } },
        { label: "Lemma 3", statement: "Third.", assumptions: { ...ASSUMPTIONS, depth: "unbounded" } },
      ]),
    );
    expectOk(first);
    expect(first.ids).toHaveLength(3);
    let rows = await w.stored();
    expect(rows.map((r) => [r.label, r.position])).toEqual([["Theorem 1", 0], ["Theorem 2", 1], ["Lemma 3", 2]]);
    expect(rows[1]!.assumptions).toMatchObject({ width: "overparameterized", widthRequirement: "m ≥ poly(n)" });
    expect(first.token).toBe(await w.token());

    // Reorder (3 before 1), edit 1, delete 2, add a new one.
    const [id1, , id3] = first.ids;
    const second = await saveDeclarations(
      w.viewer,
      w.input(first.token, [
        { id: id3, label: "Lemma 3", statement: "Third.", assumptions: { ...ASSUMPTIONS, depth: "unbounded" } },
        { id: id1, label: "Theorem 1 (revised)", statement: "Revised.", assumptions: { ...ASSUMPTIONS, optimizer: "sgd", batchSize: 32 } },
        { label: "Corollary 4", statement: "New.", assumptions: ASSUMPTIONS },
      ]),
    );
    expectOk(second);
    rows = await w.stored();
    expect(rows.map((r) => r.id).slice(0, 2)).toEqual([id3, id1]);
    expect(rows.map((r) => r.label)).toEqual(["Lemma 3", "Theorem 1 (revised)", "Corollary 4"]);
    expect(rows[1]!.assumptions).toMatchObject({ optimizer: "sgd", batchSize: 32 });
    expect(await db.auditLog.count({ where: { entityId: w.paper.id, action: "theorems.declare" } })).toBe(2);
  });

  it("checks every assumption with the taxonomy's schema and answers errors by field, storing nothing", async () => {
    const w = await world();
    const result = await saveDeclarations(
      w.viewer,
      w.input(await w.token(), [
        { label: "Theorem 1", statement: "Fine.", assumptions: ASSUMPTIONS },
        { label: "", statement: "x", assumptions: { ...ASSUMPTIONS, width: "huge", optimizer: "sgd", depth: 0, bogus: "y" } },
        { label: "Theorem 3", statement: "y", assumptions: { ...ASSUMPTIONS, width: "overparameterized" } },
      ]),
    );
    expect(result).toMatchObject({ ok: false, reason: "invalid", message: "Not saved: 2 theorems have fields that need attention." });
    if (result.ok || result.reason !== "invalid") throw new Error("expected invalid");
    expect(result.fieldErrors).toMatchObject({
      "theorems.1.label": ["Give the theorem a label, e.g. Theorem 1"],
      "theorems.1.assumptions.width": ['"huge" is not a choice for Width.'],
      "theorems.1.assumptions.depth": ["Depth is a whole number of layers from 1 to 10000, or “unbounded”."],
      "theorems.1.assumptions.bogus": ["Not an assumption of the taxonomy."],
      "theorems.2.assumptions.widthRequirement": ["State the over-parameterization requirement, e.g. m ≥ poly(n)"],
    });
    const missing = await saveDeclarations(w.viewer, w.input(await w.token(), [{ label: "T", statement: "s", assumptions: { width: "finite" } }]));
    if (missing.ok || missing.reason !== "invalid") throw new Error("expected invalid");
    expect(missing.fieldErrors["theorems.0.assumptions.architecture"]).toEqual(["Choose the architecture."]);
    expect(missing.fieldErrors["theorems.0.assumptions.depth"]).toEqual(["Give the depth as a number of layers, or choose “unbounded”."]);
    expect(await w.stored()).toEqual([]);
  });

  it("refuses a stale save (another tab saved first) and keeps the newer declarations", async () => {
    const w = await world();
    const base = await w.token();
    expectOk(await saveDeclarations(w.viewer, w.input(base, [{ label: "From tab A", statement: "A.", assumptions: ASSUMPTIONS }])));
    const stale = await saveDeclarations(w.viewer, w.input(base, [{ label: "From tab B", statement: "B.", assumptions: ASSUMPTIONS }]));
    expect(stale).toMatchObject({ ok: false, reason: "stale" });
    expect(stale.message).toMatch(/^These theorems were changed in another tab or window at \d\d:\d\d UTC; reload/);
    expect((await w.stored()).map((r) => r.label)).toEqual(["From tab A"]);
  });

  it("lets exactly one of two concurrent saves from the same token win", async () => {
    const w = await world();
    const base = await w.token();
    const results = await Promise.all(
      ["A", "B"].map((tab) => saveDeclarations(w.viewer, w.input(base, [{ label: `Tab ${tab}`, statement: tab, assumptions: ASSUMPTIONS }]))),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.reason === "stale")).toHaveLength(1);
    expect(await w.stored()).toHaveLength(1);
  });

  it("is closed after the submission deadline (AoE) and to anyone not linked as an author of the paper", async () => {
    const w = await world({ deadline: new Date(Date.now() - 60_000) });
    const late = await saveDeclarations(w.viewer, w.input(await w.token(), [{ label: "T", statement: "s", assumptions: ASSUMPTIONS }]));
    expect(late).toMatchObject({ ok: false, reason: "refused" });
    expect(late.message).toMatch(/^The submission deadline \(\d{4}-\d\d-\d\d \d\d:\d\d AoE\) has passed; theorems and their assumptions can no longer be changed\.$/);
    // One second before the deadline the same save is accepted (the server compares instants, not days).
    const deadline = new Date(Date.now() + 86_400_000);
    await db.venue.update({ where: { id: w.venue.id }, data: { submissionDeadline: deadline } });
    expectOk(await saveDeclarations(w.viewer, w.input(await w.token(), [{ label: "T", statement: "s", assumptions: ASSUMPTIONS }]), new Date(deadline.getTime() - 1000)));
    expect(await saveDeclarations(w.viewer, w.input(await w.token(), []), new Date(deadline.getTime() + 1000))).toMatchObject({ ok: false, reason: "refused" });

    for (const other of [w.coauthorWithoutLink, w.reviewer]) {
      const r = await saveDeclarations((await loadViewer(other.id))!, w.input(await w.token(), []));
      expect(r).toMatchObject({ ok: false, reason: "refused", message: "Only the paper's authors can declare its theorems." });
    }
    expect(await w.stored()).toHaveLength(1);
  });

  it("refuses forged theorem ids and the deletion of a theorem a reviewer has read", async () => {
    const w = await world();
    const elsewhere = await makeSubmission(w.venue.id);
    const foreign = await addTheorem(elsewhere.id, 0, ASSUMPTIONS);
    const forged = await saveDeclarations(w.viewer, w.input(await w.token(), [{ id: foreign.id, label: "Stolen", statement: "s", assumptions: ASSUMPTIONS }]));
    expect(forged).toMatchObject({ ok: false, reason: "refused", message: "One of these theorems does not belong to this paper. Reload the page." });
    expect((await db.theorem.findUnique({ where: { id: foreign.id } }))?.label).toBe("Theorem 1");

    const t = await addTheorem(w.paper.id, 0, ASSUMPTIONS);
    const form = await db.reviewForm.create({ data: { venueId: w.venue.id, version: 1, fields: [] } });
    await db.review.create({ data: { submissionId: w.paper.id, reviewerId: w.reviewer.id, formId: form.id, content: { theorems: { [t.id]: { comment: "read" } } } } });
    const deleting = await saveDeclarations(w.viewer, w.input(await w.token(), []));
    expect(deleting).toMatchObject({ ok: false, reason: "refused", message: "Theorem 1 cannot be deleted: a reviewer has already recorded a reading of it." });
    expect(await w.stored()).toHaveLength(1);
  });

  it("shows the author page only to the paper's authors", async () => {
    const w = await world();
    const scope = { kind: "authoredBy" as const, venueId: w.venue.id, userId: w.author.id };
    expect((await findPaperForAuthor(scope, w.paper.number))?.title).toBe(w.paper.title);
    expect(await findPaperForAuthor({ ...scope, userId: w.coauthorWithoutLink.id }, w.paper.number)).toBeNull();
  });
});
