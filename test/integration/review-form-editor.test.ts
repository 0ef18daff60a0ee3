import { describe, expect, it } from "vitest";
import { loadViewer } from "@/lib/accounts/data";
import { findPaperForReviewer } from "@/lib/reviews/data";
import { defaultDltForm, type FormField } from "@/lib/reviews/form-schema";
import { saveReview } from "@/lib/reviews/save-review";
import { formToken } from "@/lib/review-forms/rules";
import { saveReviewForm } from "@/lib/review-forms/save-form";
import type { SaveFormResult } from "@/lib/review-forms/schema";
import { addMember, addTheorem, assign, db, makeReviewForm, makeSubmission, makeUser, makeVenue } from "./factories";

type Phase = "SETUP" | "SUBMISSION" | "BIDDING" | "REVIEWING";

async function world(phase: Phase = "SUBMISSION") {
  const venue = await db.venue.update({ where: { id: (await makeVenue()).id }, data: { phase } });
  const [pc, sac, ac, reviewer] = await Promise.all([makeUser(), makeUser(), makeUser(), makeUser()]);
  await addMember(venue.id, pc.id, "PROGRAM_CHAIR");
  await addMember(venue.id, sac.id, "SENIOR_AREA_CHAIR");
  await addMember(venue.id, ac.id, "AREA_CHAIR");
  await addMember(venue.id, reviewer.id, "REVIEWER");
  await makeReviewForm(venue.id, 1);
  const viewer = async (id: string) => (await loadViewer(id))!;
  const token = async () => formToken(await db.reviewForm.findFirst({ where: { venueId: venue.id }, orderBy: { version: "desc" } }));
  const versions = () => db.reviewForm.findMany({ where: { venueId: venue.id }, orderBy: { version: "asc" } });
  return { venue, pc, sac, ac, reviewer, viewer, token, versions };
}

const withField = (extra: FormField): FormField[] => [...defaultDltForm.fields, extra];
const ethics: FormField = { kind: "text", key: "ethics", label: "Ethics concerns", required: false, maxLength: 500, markdown: false, visibleTo: ["chairs"] };

function expectOk(r: SaveFormResult): asserts r is Extract<SaveFormResult, { ok: true }> {
  expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
}

describe("the chairs' review form editor", () => {
  it("updates the current version in place before reviewing opens", async () => {
    const w = await world("SUBMISSION");
    const r = await saveReviewForm(await w.viewer(w.pc.id), { slug: w.venue.slug, baseToken: await w.token(), fields: withField(ethics) });
    expectOk(r);
    expect(r).toMatchObject({ version: 1, inPlace: true, message: "Saved: version 1 updated in place." });
    const rows = await w.versions();
    expect(rows).toHaveLength(1);
    expect((rows[0]!.fields as { key: string }[]).at(-1)?.key).toBe("ethics");
    expect(rows[0]!.createdById).toBe(w.pc.id);
  });

  it("creates a new version once reviewing is open or a review exists, and existing reviews keep theirs", async () => {
    const w = await world("SUBMISSION");
    const paper = await makeSubmission(w.venue.id);
    const t = await addTheorem(paper.id, 0, {});
    await assign(w.venue.id, paper.id, w.reviewer.id);
    const reviewer = await w.viewer(w.reviewer.id);
    // A draft on version 1 exists: even before REVIEWING, the next save must not change version 1.
    expect(await saveReview(reviewer, { slug: w.venue.slug, number: paper.number, formVersion: 1, baseVersion: 0, content: { summary: "Started" } }, "draft")).toMatchObject({ ok: true });
    const r = await saveReviewForm(await w.viewer(w.sac.id), { slug: w.venue.slug, baseToken: await w.token(), fields: withField(ethics) });
    expectOk(r);
    expect(r).toMatchObject({ version: 2, inPlace: false, message: "Saved as version 2; existing reviews keep their version." });
    expect((await w.versions()).map((v) => v.version)).toEqual([1, 2]);
    expect((await w.versions())[0]!.fields).toEqual(defaultDltForm.fields);

    // The reviewer's page renders their review with version 1, and saves name version 1.
    const onPage = await findPaperForReviewer({ kind: "assignedTo", venueId: w.venue.id, userId: w.reviewer.id }, paper.number);
    expect(onPage?.reviews[0]?.form.version).toBe(1);
    expect((onPage?.reviews[0]?.form.fields as { key: string }[]).map((f) => f.key)).not.toContain("ethics");
    expect(await saveReview(reviewer, { slug: w.venue.slug, number: paper.number, formVersion: 1, baseVersion: 1, content: { summary: "More", theorems: { [t.id]: { comment: "ok" } } } }, "draft")).toMatchObject({ ok: true });
    // The version-2 field is refused on a version-1 review.
    expect(await saveReview(reviewer, { slug: w.venue.slug, number: paper.number, formVersion: 1, baseVersion: 2, content: { ethics: "x" } }, "draft")).toMatchObject({ ok: false, reason: "invalid" });

    // In REVIEWING every save creates a version, even with no review on the current one.
    await db.venue.update({ where: { id: w.venue.id }, data: { phase: "REVIEWING" } });
    const again = await saveReviewForm(await w.viewer(w.pc.id), { slug: w.venue.slug, baseToken: await w.token(), fields: defaultDltForm.fields });
    expect(again).toMatchObject({ ok: true, version: 3, inPlace: false });
  });

  it("answers validation errors by field path and stores nothing", async () => {
    const w = await world();
    const bad = [
      ...defaultDltForm.fields,
      { kind: "choice", key: "venueFit", label: "", required: true, visibleTo: [], options: [{ value: "a", label: "A" }, { value: "a", label: "Again" }] },
      { kind: "score", key: "soundness", label: "Dup", required: true, visibleTo: ["chairs"], levels: [{ value: 1, label: "x" }] },
      { kind: "text", key: "Bad Key", label: "T", required: false, maxLength: 0, markdown: false, visibleTo: ["chairs"] },
    ];
    const r = await saveReviewForm(await w.viewer(w.pc.id), { slug: w.venue.slug, baseToken: await w.token(), fields: bad });
    expect(r).toMatchObject({ ok: false, reason: "invalid" });
    if (r.ok || r.reason !== "invalid") throw new Error("expected invalid");
    const n = defaultDltForm.fields.length;
    expect(Object.keys(r.fieldErrors)).toEqual(expect.arrayContaining([`${n}.label`, `${n}.visibleTo`, `${n + 1}.levels`, `${n + 2}.key`, `${n + 2}.maxLength`]));
    expect(r.fieldErrors[`${n + 2}.key`]).toEqual(["A field key is camelCase letters and digits"]);
    expect(r.fieldErrors).toMatchObject({ [`${n}.label`]: ["Give it a label."], [`${n}.visibleTo`]: ["Choose at least one audience."], [`${n + 1}.levels`]: ["Give at least 2 levels."], [`${n + 2}.maxLength`]: ["Must be at least 1."] });
    // Duplicates are caught once the shapes are valid.
    const dupes = [...defaultDltForm.fields, { kind: "choice", key: "venueFit", label: "Fit", required: true, visibleTo: ["chairs"], options: [{ value: "a", label: "A" }, { value: "a", label: "Again" }] }, { ...ethics, key: "summary" }];
    const r2 = await saveReviewForm(await w.viewer(w.pc.id), { slug: w.venue.slug, baseToken: await w.token(), fields: dupes });
    if (r2.ok || r2.reason !== "invalid") throw new Error("expected invalid");
    expect(r2.fieldErrors).toMatchObject({ [`${n}.options.1.value`]: ["Two choices have this value."], [`${n + 1}.key`]: ['Duplicate field key "summary"'] });
    expect((await w.versions())[0]!.fields).toEqual(defaultDltForm.fields);
  });

  it("refuses a save from a stale page and anyone who does not manage the venue", async () => {
    const w = await world();
    const base = await w.token();
    expectOk(await saveReviewForm(await w.viewer(w.pc.id), { slug: w.venue.slug, baseToken: base, fields: withField(ethics) }));
    const stale = await saveReviewForm(await w.viewer(w.sac.id), { slug: w.venue.slug, baseToken: base, fields: defaultDltForm.fields });
    expect(stale).toMatchObject({ ok: false, reason: "stale" });
    expect(((await w.versions())[0]!.fields as { key: string }[]).at(-1)?.key).toBe("ethics");
    for (const id of [w.ac.id, w.reviewer.id]) {
      expect(await saveReviewForm(await w.viewer(id), { slug: w.venue.slug, baseToken: await w.token(), fields: defaultDltForm.fields })).toMatchObject({
        ok: false,
        reason: "refused",
        message: "Only program chairs and senior area chairs manage the track.",
      });
    }
  });
});
