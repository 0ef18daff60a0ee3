// A paper with everyone who handles it, for the discussion, response and decision tests: a program chair, the
// senior area chair its area chair reports to, another senior area chair, its area chair, two assigned reviewers,
// an unassigned reviewer and its author (with an account).
import { loadViewer } from "@/lib/accounts/data";
import type { VenuePhase } from "@/lib/db/client";
import { addMember, addTheorem, assign, db, makeReviewForm, makeSubmission, makeUser, makeVenue } from "./factories";

export async function paperWorld(opts: { phase?: VenuePhase; settings?: object; rebuttalDeadline?: Date | null } = {}) {
  const base = await makeVenue();
  const venue = await db.venue.update({
    where: { id: base.id },
    data: { phase: opts.phase ?? "REVIEWING", settings: opts.settings ?? {}, rebuttalDeadline: opts.rebuttalDeadline ?? null, reviewDeadline: new Date(Date.now() + 7 * 86_400_000) },
  });
  const names = ["Pat Chair", "Sam Senior", "Sol Other", "Alex Area", "Rey Viewer", "Ria Second", "Una Assigned", "Ada Author"];
  const [pc, sac, otherSac, ac, r1, r2, outsider, author] = await Promise.all(names.map((name) => makeUser({ name })));
  await addMember(venue.id, pc!.id, "PROGRAM_CHAIR");
  const sacM = await addMember(venue.id, sac!.id, "SENIOR_AREA_CHAIR");
  await addMember(venue.id, otherSac!.id, "SENIOR_AREA_CHAIR");
  const acM = await db.membership.create({ data: { venueId: venue.id, userId: ac!.id, role: "AREA_CHAIR", seniorAreaChairId: sacM.id } });
  for (const r of [r1!, r2!, outsider!]) await addMember(venue.id, r.id, "REVIEWER");
  await addMember(venue.id, author!.id, "AUTHOR");
  await makeReviewForm(venue.id);
  const paper = await makeSubmission(venue.id, { authorUserId: author!.id, areaChairMembershipId: acM.id, authorName: "Ada Author" });
  const theorem = await addTheorem(paper.id, 0, { width: "infinite", stepSize: "infinitesimal" });
  await assign(venue.id, paper.id, r1!.id);
  await assign(venue.id, paper.id, r2!.id);
  const viewer = async (u: { id: string }) => (await loadViewer(u.id))!;
  return { venue, paper, theorem, users: { pc: pc!, sac: sac!, otherSac: otherSac!, ac: ac!, r1: r1!, r2: r2!, outsider: outsider!, author: author! }, viewer };
}
export type PaperWorld = Awaited<ReturnType<typeof paperWorld>>;
