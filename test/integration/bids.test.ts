import { describe, expect, it } from "vitest";
import { loadViewer } from "@/lib/accounts/data";
import { biddingCounts, listBiddablePapers } from "@/lib/bids/data";
import { saveBid } from "@/lib/bids/save-bid";
import type { BidResult } from "@/lib/bids/schema";
import { addMember, db, makeSubmission, makeUser, makeVenue } from "./factories";

async function world({ phase = "BIDDING", deadline = new Date(Date.now() + 7 * 86_400_000) }: { phase?: "BIDDING" | "REVIEWING"; deadline?: Date | null } = {}) {
  const venue = await db.venue.update({ where: { id: (await makeVenue()).id }, data: { phase, biddingDeadline: deadline } });
  const [reviewer, other] = await Promise.all([makeUser(), makeUser()]);
  await addMember(venue.id, reviewer.id, "REVIEWER");
  await addMember(venue.id, other.id, "REVIEWER");
  const papers = [];
  for (let i = 0; i < 4; i++) papers.push(await makeSubmission(venue.id));
  const viewer = (await loadViewer(reviewer.id))!;
  const list = (opts: { q?: string; unbidOnly?: boolean; page?: number } = {}) =>
    listBiddablePapers({ venueId: venue.id, userId: reviewer.id, q: opts.q ?? "", unbidOnly: opts.unbidOnly ?? false, page: opts.page ?? 1 });
  const bid = (number: number, value: string, extra: object = {}) => saveBid(viewer, { slug: venue.slug, number, value, ...extra });
  const score = (submissionId: string, source: string, s: number, userId = reviewer.id) =>
    db.affinityScore.create({ data: { venueId: venue.id, submissionId, userId, source, score: s } });
  return { venue, reviewer, other, papers, viewer, list, bid, score };
}

function expectOk(r: BidResult) {
  expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
}

describe("the bidding list", () => {
  it("orders by the reviewer's best affinity over all sources, papers without a score last by number", async () => {
    const w = await world();
    const [p1, p2, p3, p4] = w.papers;
    await w.score(p2!.id, "tangent-lexical", 0.2);
    await w.score(p2!.id, "import:specter", 0.9);
    await w.score(p4!.id, "tangent-lexical", 0.5);
    await w.score(p1!.id, "tangent-lexical", 0.99, w.other.id); // another reviewer's score does not count
    const { papers, matching } = await w.list();
    expect(papers.map((p) => p.number)).toEqual([p2!.number, p4!.number, p1!.number, p3!.number]);
    expect(papers.map((p) => p.affinity)).toEqual([0.9, 0.5, null, null]);
    expect(matching).toBe(4);
    // Double blind: nothing but the blind fields, the affinity and the reviewer's own bid.
    expect(Object.keys(papers[0]!).sort()).toEqual(["abstract", "affinity", "bid", "id", "keywords", "number", "title"]);
  });

  it("searches title, abstract and keywords case-insensitively, with % and _ taken literally", async () => {
    const w = await world();
    const [p1, p2, p3] = w.papers;
    await db.submission.update({ where: { id: p1!.id }, data: { title: "Edge of Stability in wide nets" } });
    await db.submission.update({ where: { id: p2!.id }, data: { abstract: "We study the EDGE OF STABILITY regime; 100% of runs." } });
    await db.submission.update({ where: { id: p3!.id }, data: { keywords: ["mean-field", "edge of stability"] } });
    expect((await w.list({ q: "edge of stability" })).papers.map((p) => p.number).sort()).toEqual([p1!.number, p2!.number, p3!.number].sort());
    expect((await w.list({ q: "100%" })).papers.map((p) => p.number)).toEqual([p2!.number]);
    expect((await w.list({ q: "mean-FIELD" })).papers.map((p) => p.number)).toEqual([p3!.number]);
    expect((await w.list({ q: "1_0" })).matching).toBe(0);
  });

  it("lists only unbid papers on request, counts bids, and paginates by 50", async () => {
    const w = await world();
    expectOk(await w.bid(w.papers[0]!.number, "HIGH"));
    expectOk(await w.bid(w.papers[1]!.number, "VERY_LOW"));
    expect((await w.list({ unbidOnly: true })).papers.map((p) => p.number)).toEqual([w.papers[2]!.number, w.papers[3]!.number]);
    expect((await w.list()).papers.find((p) => p.number === w.papers[0]!.number)?.bid).toBe("HIGH");
    expect(await biddingCounts(w.venue.id, w.reviewer.id)).toEqual({ total: 4, bid: 2 });
    expectOk(await w.bid(w.papers[1]!.number, "NONE"));
    expect(await biddingCounts(w.venue.id, w.reviewer.id)).toEqual({ total: 4, bid: 1 });
    for (let i = 0; i < 48; i++) await makeSubmission(w.venue.id);
    const [first, second] = [await w.list(), await w.list({ page: 2 })];
    expect(first.papers).toHaveLength(50);
    expect(first.matching).toBe(52);
    expect(second.papers).toHaveLength(2);
  });

  it("hides withdrawn papers and papers in conflict with the reviewer, unless a chair lifted the conflict", async () => {
    const w = await world();
    const [p1, p2, p3] = w.papers;
    await db.submission.update({ where: { id: p1!.id }, data: { status: "WITHDRAWN" } });
    await db.conflict.create({ data: { venueId: w.venue.id, submissionId: p2!.id, userId: w.reviewer.id, source: "AUTOMATIC", reasons: [] } });
    await db.conflict.create({ data: { venueId: w.venue.id, submissionId: p3!.id, userId: w.reviewer.id, source: "AUTOMATIC", reasons: [], liftedAt: new Date() } });
    await db.conflict.create({ data: { venueId: w.venue.id, submissionId: w.papers[3]!.id, userId: w.other.id, source: "AUTOMATIC", reasons: [] } });
    expect((await w.list()).papers.map((p) => p.number)).toEqual([p3!.number, w.papers[3]!.number]);
    expect(await biddingCounts(w.venue.id, w.reviewer.id)).toEqual({ total: 2, bid: 0 });
    expect(await w.bid(p2!.number, "HIGH")).toEqual({ ok: false, message: "You have a conflict with this paper, so you cannot bid on it." });
    expect(await w.bid(p1!.number, "HIGH")).toEqual({ ok: false, message: "This paper was withdrawn or desk-rejected; it takes no bids." });
  });
});

describe("saving a bid", () => {
  it("upserts the bid and removes it with NONE", async () => {
    const w = await world();
    const p = w.papers[0]!;
    const stored = () => db.bid.findUnique({ where: { submissionId_userId: { submissionId: p.id, userId: w.reviewer.id } } });
    const r = await w.bid(p.number, "VERY_HIGH");
    expect(r).toMatchObject({ ok: true, value: "VERY_HIGH", message: "Saved: Very high." });
    expectOk(await w.bid(p.number, "LOW"));
    expect((await stored())?.value).toBe("LOW");
    expect(await db.bid.count({ where: { userId: w.reviewer.id } })).toBe(1);
    expectOk(await w.bid(p.number, "NONE"));
    expect(await stored()).toBeNull();
  });

  it("a CONFLICT bid declares the conflict: the paper leaves the list and the assignment's conflicts", async () => {
    const w = await world();
    const p = w.papers[1]!;
    const r = await w.bid(p.number, "CONFLICT", { reason: "My former student" });
    expect(r).toMatchObject({ ok: true, value: "CONFLICT" });
    const conflict = await db.conflict.findUnique({ where: { submissionId_userId: { submissionId: p.id, userId: w.reviewer.id } } });
    expect(conflict).toMatchObject({ source: "REVIEWER_DECLARED", liftedAt: null, venueId: w.venue.id, reasons: [{ kind: "declared", detail: "My former student" }] });
    expect((await w.list()).papers.map((x) => x.number)).not.toContain(p.number);
    // What an assignment run reads: non-lifted conflicts of the venue.
    const active = await db.conflict.findMany({ where: { venueId: w.venue.id, liftedAt: null }, select: { submissionId: true, userId: true } });
    expect(active).toContainEqual({ submissionId: p.id, userId: w.reviewer.id });
    // Declared once, the pair takes no more bids.
    expect(await w.bid(p.number, "HIGH")).toMatchObject({ ok: false });
  });

  it("re-activates a conflict a chair had lifted when the reviewer declares it", async () => {
    const w = await world();
    const p = w.papers[0]!;
    await db.conflict.create({ data: { venueId: w.venue.id, submissionId: p.id, userId: w.reviewer.id, source: "AUTOMATIC", reasons: [], liftedAt: new Date() } });
    expectOk(await w.bid(p.number, "CONFLICT"));
    const c = await db.conflict.findUniqueOrThrow({ where: { submissionId_userId: { submissionId: p.id, userId: w.reviewer.id } } });
    expect(c).toMatchObject({ source: "REVIEWER_DECLARED", liftedAt: null, reasons: [{ kind: "declared", detail: "Declared by the reviewer while bidding." }] });
  });

  it("refuses when bidding is closed: another phase, or the AoE deadline passed", async () => {
    const reviewing = await world({ phase: "REVIEWING" });
    expect(await reviewing.bid(reviewing.papers[0]!.number, "HIGH")).toEqual({ ok: false, message: "Bidding is closed: the venue is not in its bidding phase." });
    const late = await world({ deadline: new Date(Date.now() - 60_000) });
    expect(await late.bid(late.papers[0]!.number, "HIGH")).toMatchObject({ ok: false, message: expect.stringMatching(/^The bidding deadline \(.* AoE\) has passed/) });
    expect(await db.bid.count({ where: { userId: { in: [reviewing.reviewer.id, late.reviewer.id] } } })).toBe(0);
  });

  it("refuses non-reviewers, strangers, unknown papers and malformed input", async () => {
    const w = await world();
    const chair = await makeUser();
    await addMember(w.venue.id, chair.id, "PROGRAM_CHAIR");
    const chairViewer = (await loadViewer(chair.id))!;
    expect(await saveBid(chairViewer, { slug: w.venue.slug, number: w.papers[0]!.number, value: "HIGH" })).toEqual({ ok: false, message: "Only the venue's reviewers can bid on papers." });
    const stranger = (await loadViewer((await makeUser()).id))!;
    expect(await saveBid(stranger, { slug: w.venue.slug, number: w.papers[0]!.number, value: "HIGH" })).toEqual({ ok: false, message: "You have no role in this venue." });
    expect(await w.bid(9_999_999, "HIGH")).toEqual({ ok: false, message: "There is no such paper in this venue." });
    expect(await w.bid(w.papers[0]!.number, "MAYBE")).toMatchObject({ ok: false, message: "This bid was malformed; reload the page and try again." });
    expect(await db.bid.count({ where: { submission: { venueId: w.venue.id } } })).toBe(0);
  });
});
