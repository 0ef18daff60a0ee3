// Reviewer publications (OpenReview .jsonl archives and BibTeX) and imported affinity scores: line errors,
// all-or-nothing unless skipping, idempotent re-imports, and the command line.
import { randomUUID } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { executeRun } from "@/lib/assignment/execute";
import { createRun } from "@/lib/assignment/mutations";
import { main } from "@/lib/imports/cli";
import { importPublicationFiles, importScoreFile } from "@/lib/imports/import-csv";
import { addMember, db, makeSubmission, makeUser, makeVenue } from "./factories";

const bytes = (s: string) => new TextEncoder().encode(s);
const jsonl = (...lines: unknown[]) => lines.map((l) => (typeof l === "string" ? l : JSON.stringify(l))).join("\n");

async function setup() {
  const venue = await makeVenue();
  const chair = await makeUser();
  const tag = randomUUID().slice(0, 6);
  const yaw = await db.user.create({ data: { email: `yaw-${tag}@uct.example`, name: "Yaw Asante" } });
  const jana = await db.user.create({ data: { email: `jana-${tag}@cuni.example`, name: "Jana Novak" } });
  for (const u of [yaw, jana]) await addMember(venue.id, u.id, "REVIEWER");
  return { venue, chair, yaw, jana };
}

const ARCHIVE = jsonl(
  { id: "n1", content: { title: "Neural tangent kernel at finite width", abstract: "Corrections to the NTK.", year: 2024, authors: ["Yaw Asante", "Ada Kernel"] } },
  "",
  { content: { title: { value: "Edge of stability" }, abstract: { value: "Sharpness hovers at 2/eta." } } },
);
const BIB = `@article{asante2023,
  title = {Implicit bias of {linear} networks},
  author = {Asante, Yaw and Novak, Jana},
  year = 2023,
  abstract = {Low rank.}
}
`;

describe("publication import", () => {
  it("stores each reviewer's publications from .jsonl and .bib files, and a re-import replaces instead of duplicating", async () => {
    const { venue, chair, yaw, jana } = await setup();
    const files = [
      { fileName: `${yaw.email}.jsonl`, bytes: bytes(ARCHIVE) },
      { fileName: `${jana.email.toUpperCase()}.bib`, bytes: bytes(BIB) },
    ];
    const first = await importPublicationFiles({ venueId: venue.id, actorId: chair.id, files, skipBadRows: false });
    expect(first).toMatchObject({ kind: "publications", imported: true, created: 3, updated: 2, errors: [] });
    const pubs = await db.publication.findMany({ where: { profile: { userId: yaw.id } }, orderBy: { title: "asc" } });
    expect(pubs.map((p) => [p.title, p.year])).toEqual([["Edge of stability", null], ["Neural tangent kernel at finite width", 2024]]);
    expect(pubs[1]!.coAuthors).toEqual(["Yaw Asante", "Ada Kernel"]);
    const janas = await db.publication.findMany({ where: { profile: { userId: jana.id } } });
    expect(janas).toMatchObject([{ title: "Implicit bias of linear networks", year: 2023, abstract: "Low rank.", coAuthors: ["Yaw Asante", "Jana Novak"] }]);

    // A publication entered otherwise stays; the re-import replaces only what was imported.
    await db.publication.create({ data: { profileId: janas[0]!.profileId, title: "Seeded paper", coAuthors: [] } });
    const again = await importPublicationFiles({ venueId: venue.id, actorId: chair.id, files, skipBadRows: false });
    expect(again).toMatchObject({ imported: true, created: 3 });
    expect(again.detail).toMatch(/replacing 3 imported earlier/);
    expect(await db.publication.count({ where: { profile: { userId: yaw.id } } })).toBe(2);
    expect(await db.publication.count({ where: { profile: { userId: jana.id } } })).toBe(2);
    expect(await db.auditLog.count({ where: { venueId: venue.id, action: "import-publications" } })).toBe(2);
  });

  it("reports every bad line by file and line, writes nothing, then imports the good ones when skipping", async () => {
    const { venue, chair, yaw, jana } = await setup();
    const badArchive = jsonl({ content: { title: "Good one", abstract: "x" } }, "{not json", { content: { abstract: 3 } }, { content: { title: "Good one", abstract: "again" } });
    const badBib = `@article{ok, title={Fine}, year=2020}\n@article{broken, title={Unclosed, year=2021}\n@article{notitle, year=2020}\n`;
    const files = [
      { fileName: `${yaw.email}.jsonl`, bytes: bytes(badArchive) },
      { fileName: `${jana.email}.bib`, bytes: bytes(badBib) },
      { fileName: "nobody@nowhere.example.jsonl", bytes: bytes(ARCHIVE) },
      { fileName: "notes.txt", bytes: bytes("hello") },
    ];
    const refused = await importPublicationFiles({ venueId: venue.id, actorId: chair.id, files, skipBadRows: false });
    expect(refused.imported).toBe(false);
    const where = (file: string) => refused.errors.filter((e) => e.file === file).map((e) => [e.line, e.reason]);
    expect(where(`${yaw.email}.jsonl`).map(([l]) => l)).toEqual([2, 3, 4]);
    expect(where(`${yaw.email}.jsonl`)[0]![1]).toMatch(/invalid JSON/);
    expect(where(`${yaw.email}.jsonl`)[2]![1]).toBe("duplicate of line 1 (same title and year)");
    expect(where(`${jana.email}.bib`).length).toBeGreaterThanOrEqual(1);
    expect(where(`${jana.email}.bib`).every(([l]) => (l as number) >= 2)).toBe(true);
    expect(where("nobody@nowhere.example.jsonl")).toEqual([[0, "no reviewer in this venue's pool has the email nobody@nowhere.example"]]);
    expect(where("notes.txt")[0]![1]).toMatch(/not a publication file/);
    expect(await db.publication.count({ where: { profile: { userId: { in: [yaw.id, jana.id] } } } })).toBe(0);

    const skipped = await importPublicationFiles({ venueId: venue.id, actorId: chair.id, files, skipBadRows: true });
    expect(skipped.imported).toBe(true);
    expect(await db.publication.count({ where: { profile: { userId: yaw.id } } })).toBe(1);
    expect((await db.publication.findMany({ where: { profile: { userId: jana.id } } })).map((p) => p.title)).toContain("Fine");
  });
});

describe("imported affinity scores", () => {
  it("stores a named source by paper id or number and reviewer email, replacing only that source on re-import", async () => {
    const { venue, chair, yaw, jana } = await setup();
    const p1 = await makeSubmission(venue.id);
    const p2 = await makeSubmission(venue.id);
    await db.submission.update({ where: { id: p2.id }, data: { externalId: "OR-2" } });
    await db.affinityScore.create({ data: { venueId: venue.id, submissionId: p1.id, userId: yaw.id, source: "tangent-lexical", score: 0.1 } });
    const csv = `paper_id,reviewer_id,score\n${p1.number},${yaw.email},0.9\nOR-2,${jana.email.toUpperCase()},0.4\n`;
    const first = await importScoreFile({ venueId: venue.id, actorId: chair.id, fileName: "specter.csv", bytes: bytes(csv), sourceName: "specter", skipBadRows: false });
    expect(first).toMatchObject({ kind: "scores", imported: true, created: 2, errors: [] });
    const rows = await db.affinityScore.findMany({ where: { venueId: venue.id, source: "import:specter" }, orderBy: { score: "desc" } });
    expect(rows.map((r) => [r.submissionId, r.userId, r.score])).toEqual([[p1.id, yaw.id, 0.9], [p2.id, jana.id, 0.4]]);
    await importScoreFile({ venueId: venue.id, actorId: chair.id, fileName: "specter.csv", bytes: bytes(`${p1.number},${jana.email},0.5\n`), sourceName: "specter", skipBadRows: false });
    expect(await db.affinityScore.count({ where: { venueId: venue.id, source: "import:specter" } })).toBe(1);
    expect(await db.affinityScore.count({ where: { venueId: venue.id, source: "tangent-lexical" } })).toBe(1);
  });

  it("reports unknown papers and reviewers, bad numbers and duplicates by line; nothing written unless skipping", async () => {
    const { venue, chair, yaw } = await setup();
    const p1 = await makeSubmission(venue.id);
    const csv = [`paper_id,reviewer_id,score`, `${p1.number},${yaw.email},0.9`, `NOPE,${yaw.email},0.3`, `${p1.number},stranger@x.example,0.3`, `${p1.number},${yaw.email},abc`, `${p1.number},${yaw.email},0.2`, `${p1.number},${yaw.email}`].join("\n");
    const refused = await importScoreFile({ venueId: venue.id, actorId: chair.id, fileName: "s.csv", bytes: bytes(csv), sourceName: "toronto", skipBadRows: false });
    expect(refused.imported).toBe(false);
    expect(refused.errors).toEqual([
      { line: 3, reason: "no paper with id or number NOPE in this venue" },
      { line: 4, reason: "no reviewer in this venue's pool has the email stranger@x.example" },
      { line: 5, reason: 'score "abc" is not a number' },
      { line: 6, reason: "duplicate of line 2 (same paper and reviewer)" },
      { line: 7, reason: "expected 3 columns paper_id,reviewer_id,score, got 2" },
    ]);
    expect(await db.affinityScore.count({ where: { venueId: venue.id } })).toBe(0);
    const skipped = await importScoreFile({ venueId: venue.id, actorId: chair.id, fileName: "s.csv", bytes: bytes(csv), sourceName: "toronto", skipBadRows: true });
    expect(skipped).toMatchObject({ imported: true, created: 1, skipped: 5 });
    const bad = await importScoreFile({ venueId: venue.id, actorId: chair.id, fileName: "s.csv", bytes: bytes(csv), sourceName: "Bad Name!", skipBadRows: true });
    expect(bad.fileError).toMatch(/Name the source/);
  });
});

describe("npm run import", () => {
  it("imports a folder of publications and a score file, and exits 1 with line errors", async () => {
    const { venue, yaw } = await setup();
    const p1 = await makeSubmission(venue.id);
    const dir = mkdtempSync(path.join(tmpdir(), "tangent-pubs-"));
    writeFileSync(path.join(dir, `${yaw.email}.jsonl`), ARCHIVE);
    const scores = path.join(dir, "scores.csv");
    writeFileSync(scores, `${p1.number},${yaw.email},0.7\n`);
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    const err = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      expect(await main(["publications", venue.slug, dir])).toBe(0);
      expect(await db.publication.count({ where: { profile: { userId: yaw.id } } })).toBe(2);
      expect(await main(["scores", venue.slug, "cli-test", scores])).toBe(0);
      expect(await db.affinityScore.count({ where: { venueId: venue.id, source: "import:cli-test" } })).toBe(1);
      writeFileSync(path.join(dir, `${yaw.email}.jsonl`), "{broken\n");
      expect(await main(["publications", venue.slug, dir])).toBe(1);
      expect(log.mock.calls.flat().join("\n")).toMatch(/line 1: invalid JSON/);
      expect(await main(["publications", venue.slug])).toBe(2);
    } finally {
      log.mockRestore();
      err.mockRestore();
    }
  });
});

describe("runs weigh each score source as the chair set", () => {
  it("the same venue assigns by the imported source or by the lexical one, depending on the weights", async () => {
    const { venue, chair, yaw, jana } = await setup();
    const p1 = await makeSubmission(venue.id);
    const p2 = await makeSubmission(venue.id);
    // The imported source pairs Yaw with p1 and Jana with p2; the lexical one the other way round.
    await importScoreFile({ venueId: venue.id, actorId: chair.id, fileName: "x.csv", bytes: bytes(`${p1.number},${yaw.email},0.9\n${p2.number},${jana.email},0.9\n`), sourceName: "x", skipBadRows: false });
    await db.affinityScore.createMany({ data: [{ venueId: venue.id, submissionId: p1.id, userId: jana.id, source: "tangent-lexical", score: 0.8 }, { venueId: venue.id, submissionId: p2.id, userId: yaw.id, source: "tangent-lexical", score: 0.8 }] });
    const base = { reviewersPerPaper: 1, maxLoadDefault: 1, minLoadDefault: 0, objective: "sum" as const, affinityWeight: 1, keepDeployed: false, bidWeight: 0 };
    const reviewerOfP1 = async (sourceWeights: Record<string, number>) => {
      const runId = await createRun(venue.id, chair.id, { ...base, sourceWeights });
      await executeRun(runId, { pollMs: 50 });
      const row = await db.proposedAssignment.findFirstOrThrow({ where: { runId, submissionId: p1.id, isAlternate: false } });
      return row.userId;
    };
    expect(await reviewerOfP1({ "import:x": 1, "tangent-lexical": 0 })).toBe(yaw.id);
    expect(await reviewerOfP1({ "import:x": 0.1, "tangent-lexical": 1 })).toBe(jana.id);
  });
});
