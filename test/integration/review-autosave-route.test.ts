// The autosave route as the browser calls it: a real Auth.js session token in the cookie (minted with the same
// `encode`, secret and salt as Auth.js), the route's POST handler, and the database behind it.
import { encode } from "next-auth/jwt";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { POST } from "@/app/venues/[slug]/reviewer/papers/[number]/draft/route";
import { addMember, assign, db, makeReviewForm, makeSubmission, makeUser, makeVenue } from "./factories";

const jar = vi.hoisted(() => new Map<string, string>());
vi.mock("next/headers", () => ({ cookies: async () => ({ get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined) }) }));

const SECRET = "autosave-route-test-secret-0000000000000000";
const COOKIE = "authjs.session-token";
process.env.AUTH_SECRET = SECRET;

async function signInAs(userId: string, maxAge = 3600) {
  jar.clear();
  jar.set(COOKIE, await encode({ token: { sub: userId }, secret: SECRET, salt: COOKIE, maxAge }));
}

async function world() {
  const venue = await makeVenue();
  const reviewer = await makeUser();
  const membership = await addMember(venue.id, reviewer.id, "REVIEWER");
  await makeReviewForm(venue.id);
  const paper = await makeSubmission(venue.id);
  const other = await makeSubmission(venue.id);
  await assign(venue.id, paper.id, reviewer.id);
  const post = (body: unknown, opts: { number?: number; headers?: Record<string, string> } = {}) =>
    POST(
      new Request(`http://localhost:3000/venues/${venue.slug}/reviewer/papers/${opts.number ?? paper.number}/draft`, {
        method: "POST",
        headers: { "content-type": "application/json", host: "localhost:3000", origin: "http://localhost:3000", ...opts.headers },
        body: typeof body === "string" ? body : JSON.stringify(body),
      }),
      { params: Promise.resolve({ slug: venue.slug, number: String(opts.number ?? paper.number) }) },
    );
  const stored = () => db.review.findUnique({ where: { submissionId_reviewerId: { submissionId: paper.id, reviewerId: reviewer.id } } });
  return { venue, reviewer, membership, paper, other, post, stored };
}

beforeEach(() => jar.clear());

describe("the review autosave route", () => {
  it("saves drafts for the signed-in reviewer, one version at a time, and refuses a stale tab", async () => {
    const w = await world();
    await signInAs(w.reviewer.id);
    const first = await w.post({ formVersion: 1, baseVersion: 0, content: { summary: "First" } });
    expect(first.status).toBe(200);
    expect(first.headers.get("cache-control")).toContain("no-transform");
    expect(await first.json()).toMatchObject({ ok: true, version: 1, status: "DRAFT" });
    expect(await (await w.post({ formVersion: 1, baseVersion: 1, content: { summary: "Second" } })).json()).toMatchObject({ ok: true, version: 2 });
    expect(await (await w.post({ formVersion: 1, baseVersion: 1, content: { summary: "Stale tab" } })).json()).toMatchObject({ ok: false, reason: "stale" });
    expect(await w.stored()).toMatchObject({ version: 2, content: { summary: "Second" } });
  });

  it("takes the paper from the URL, never from the body, and refuses a paper not assigned to the reviewer", async () => {
    const w = await world();
    await signInAs(w.reviewer.id);
    const smuggled = await w.post({ slug: w.venue.slug, number: w.other.number, formVersion: 1, baseVersion: 0, content: { summary: "Mine" } });
    expect(await smuggled.json()).toMatchObject({ ok: true, version: 1 });
    expect(await w.stored()).toMatchObject({ content: { summary: "Mine" } });
    const elsewhere = await w.post({ formVersion: 1, baseVersion: 0, content: { summary: "Not mine" } }, { number: w.other.number });
    expect(await elsewhere.json()).toEqual({ ok: false, reason: "refused", message: "This paper is not assigned to you, so you cannot review it." });
    expect(await db.review.count({ where: { submissionId: w.other.id } })).toBe(0);
  });

  it("reads the reviewer's role from the database on every save, not from the session", async () => {
    const w = await world();
    await signInAs(w.reviewer.id);
    expect(await (await w.post({ formVersion: 1, baseVersion: 0, content: { summary: "Before" } })).json()).toMatchObject({ ok: true });
    await db.membership.delete({ where: { id: w.membership.id } });
    expect(await (await w.post({ formVersion: 1, baseVersion: 1, content: { summary: "After" } })).json()).toMatchObject({ ok: false, message: "You have no role in this venue." });
    expect(await w.stored()).toMatchObject({ version: 1, content: { summary: "Before" } });
  });

  it("answers 401 without a valid, unexpired session, and a tampered token is not taken from the cache", async () => {
    const w = await world();
    const body = { formVersion: 1, baseVersion: 0, content: { summary: "x" } };
    expect((await w.post(body)).status).toBe(401);
    await signInAs(w.reviewer.id);
    const good = jar.get(COOKIE)!;
    expect((await w.post({ ...body, baseVersion: 9 })).status).toBe(200);
    jar.set(COOKIE, `${good.slice(0, -4)}AAAA`);
    expect(await (await w.post(body)).json()).toMatchObject({ ok: false, message: /session ended/ });
    jar.set(COOKIE, await encode({ token: { sub: w.reviewer.id }, secret: "another-secret-entirely-000000000000000000", salt: COOKIE }));
    expect((await w.post(body)).status).toBe(401);
    await signInAs(w.reviewer.id, -60);
    expect((await w.post(body)).status).toBe(401);
    expect(await w.stored()).toBeNull();
  });

  it("refuses cross-site requests, non-JSON bodies and malformed JSON before touching anything", async () => {
    const w = await world();
    await signInAs(w.reviewer.id);
    const body = { formVersion: 1, baseVersion: 0, content: { summary: "x" } };
    expect((await w.post(body, { headers: { origin: "https://evil.example" } })).status).toBe(403);
    expect((await w.post(body, { headers: { "content-type": "text/plain" } })).status).toBe(415);
    expect((await w.post("{not json", {})).status).toBe(400);
    expect(await (await w.post({ ...body, baseVersion: "0" })).json()).toMatchObject({ ok: false, message: /malformed/ });
    expect(await w.stored()).toBeNull();
  });
});
