import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { loadViewer } from "@/lib/accounts/data";
import { loadExport } from "@/lib/exports/loaders";
import { defaultDltForm, type FormField } from "@/lib/reviews/form-schema";
import { paperReviewerLabels } from "@/lib/reviews/matrix";
import { completeContent } from "../support/review-content";
import { addMember, addTheorem, assign, db, makeReviewForm, makeSubmission, makeUser, makeVenue } from "./factories";

async function world() {
  const venue = await makeVenue();
  const [pc, sac, ac, r1, r2, author] = await Promise.all([makeUser(), makeUser(), makeUser(), makeUser({ name: "Rev One" }), makeUser({ name: "Rev Two" }), makeUser()]);
  await addMember(venue.id, pc.id, "PROGRAM_CHAIR");
  await addMember(venue.id, sac.id, "SENIOR_AREA_CHAIR");
  const acM = await addMember(venue.id, ac.id, "AREA_CHAIR");
  await addMember(venue.id, r1.id, "REVIEWER");
  await addMember(venue.id, r2.id, "REVIEWER");
  await addMember(venue.id, author.id, "AUTHOR");
  const v1 = await makeReviewForm(venue.id, 1);
  // Version 2 adds a field; reviews on version 1 keep their version and leave its column empty.
  const v2Fields: FormField[] = [...defaultDltForm.fields, { kind: "text", key: "ethics", label: "Ethics", required: false, maxLength: 500, markdown: false, visibleTo: ["chairs"] }];
  const v2 = await db.reviewForm.create({ data: { venueId: venue.id, version: 2, fields: v2Fields as unknown as object[] } });
  const paper = await makeSubmission(venue.id, { authorUserId: author.id, areaChairMembershipId: acM.id });
  const t1 = await addTheorem(paper.id, 0, {});
  const t2 = await addTheorem(paper.id, 1, {});
  await assign(venue.id, paper.id, r1.id);
  await assign(venue.id, paper.id, r2.id);
  const content1 = completeContent([t1.id, t2.id]);
  content1.summary = "=HYPERLINK(\"evil\") starts like a formula";
  content1.theorems[t2.id]!.assumptions.width = "infinite";
  await db.review.create({ data: { submissionId: paper.id, reviewerId: r1.id, formId: v1.id, content: content1, status: "SUBMITTED", submittedAt: new Date(), version: 3 } });
  await db.review.create({ data: { submissionId: paper.id, reviewerId: r2.id, formId: v2.id, content: { summary: "Draft so far", ethics: "None" } } });
  await db.metaReview.create({ data: { submissionId: paper.id, authorId: ac.id, body: "Accept: clean and useful.", status: "SUBMITTED" } });
  await db.decision.create({ data: { submissionId: paper.id, value: "ACCEPT_POSTER", proposedById: ac.id, confirmedById: sac.id, confirmedAt: new Date() } });
  const viewer = async (id: string) => (await loadViewer(id))!;
  return { venue, pc, sac, ac, r1, r2, author, paper, t1, t2, viewer };
}

describe("exports of reviews, meta-reviews and decisions", () => {
  it("flattens reviews to CSV with stable per-theorem columns, form versions, labels and identities", async () => {
    const w = await world();
    const file = await loadExport(await w.viewer(w.pc.id), w.venue.slug, "reviews.csv");
    expect(file).toMatchObject({ contentType: "text/csv; charset=utf-8", filename: `${w.venue.slug}-reviews.csv` });
    const parsed = Papa.parse<Record<string, string>>(file!.body, { header: true, skipEmptyLines: true });
    const columns = parsed.meta.fields!;
    expect(columns.slice(0, 11)).toEqual(["paper_number", "paper_id", "paper_title", "reviewer_label", "reviewer_name", "reviewer_email", "status", "review_version", "form_version", "submitted_at", "updated_at"]);
    expect(columns).toContain("theorems.t1.assumptions.width");
    expect(columns).toContain("theorems.t2.restrictiveness");
    expect(columns.at(-1)).toBe("ethics");
    expect(columns.indexOf("theorems.t1._theorem")).toBeLessThan(columns.indexOf("theorems.t2._theorem"));

    const labels = paperReviewerLabels(w.paper.id, [w.r1.id, w.r2.id]);
    const [one, two] = parsed.data;
    expect(one).toMatchObject({
      reviewer_label: labels.get(w.r1.id),
      reviewer_name: "Rev One",
      status: "SUBMITTED",
      review_version: "3",
      form_version: "1",
      "theorems.t1._theorem": "Theorem 1",
      "theorems.t2.assumptions.width": "infinite",
      "theorems.t1.restrictiveness": "2",
      overall: "6",
      checks: "proofs_full",
      ethics: "",
    });
    // A formula-like answer is escaped so a spreadsheet shows it as text.
    expect(one!.summary).toBe("'=HYPERLINK(\"evil\") starts like a formula");
    expect(two).toMatchObject({ reviewer_name: "Rev Two", status: "DRAFT", form_version: "2", summary: "Draft so far", ethics: "None", overall: "" });
    expect(one!.reviewer_label).toMatch(/^Reviewer [0-9a-f]{4,8}$/);
  });

  it("exports reviews as JSON with their form versions and nested content", async () => {
    const w = await world();
    const file = await loadExport(await w.viewer(w.sac.id), w.venue.slug, "reviews.json");
    const json = JSON.parse(file!.body);
    expect(json.forms.map((f: { version: number }) => f.version)).toEqual([1, 2]);
    expect(json.reviews).toHaveLength(2);
    expect(json.reviews[0]).toMatchObject({ formVersion: 1, reviewer: { name: "Rev One", email: w.r1.email }, theorems: [{ position: 1, id: w.t1.id }, { position: 2, id: w.t2.id }] });
    expect(json.reviews[0].content.theorems[w.t2.id].assumptions.width).toBe("infinite");
  });

  it("exports meta-reviews and decisions in both formats", async () => {
    const w = await world();
    const pc = await w.viewer(w.pc.id);
    const meta = Papa.parse<Record<string, string>>((await loadExport(pc, w.venue.slug, "meta-reviews.csv"))!.body, { header: true, skipEmptyLines: true });
    expect(meta.data).toEqual([expect.objectContaining({ paper_number: String(w.paper.number), area_chair_email: w.ac.email, status: "SUBMITTED", body: "Accept: clean and useful." })]);
    const decisions = JSON.parse((await loadExport(pc, w.venue.slug, "decisions.json"))!.body);
    expect(decisions.decisions).toEqual([expect.objectContaining({ decision: "ACCEPT_POSTER", proposed_by: w.ac.email, confirmed_by: w.sac.email, released_at: "" })]);
    const dcsv = Papa.parse<Record<string, string>>((await loadExport(pc, w.venue.slug, "decisions.csv"))!.body, { header: true, skipEmptyLines: true });
    expect(dcsv.data[0]).toMatchObject({ decision: "ACCEPT_POSTER" });
  });

  it("answers nothing (404) to area chairs, reviewers, authors, the signed-out, other venues and unknown files", async () => {
    const w = await world();
    for (const id of [w.ac.id, w.r1.id, w.author.id]) {
      for (const name of ["reviews.csv", "reviews.json", "meta-reviews.csv", "decisions.json"]) expect(await loadExport(await w.viewer(id), w.venue.slug, name)).toBeNull();
    }
    expect(await loadExport(null, w.venue.slug, "reviews.csv")).toBeNull();
    const pc = await w.viewer(w.pc.id);
    expect(await loadExport(pc, w.venue.slug, "reviews.xlsx")).toBeNull();
    expect(await loadExport(pc, w.venue.slug, "users.csv")).toBeNull();
    const other = await makeVenue();
    expect(await loadExport(pc, other.slug, "reviews.csv")).toBeNull();
  });
});
