// The bodies of the compute-conflicts and compute-affinity jobs: read the venue, call the pure engine, save.
// A failure marks the job FAILED with its reason (the chair sees it); the previous results stay as they were.
import "server-only";
import { computeAffinity } from "@/lib/engines/affinity";
import { detectConflicts, type Affiliation, type ConflictReviewer, type ConflictSubmission } from "@/lib/engines/conflicts";
import { findVenueJob, loadAffinityInputs, loadConflictInputs } from "./data";
import { failVenueJob, saveAffinityScores, saveDetectedConflicts, setVenueJobProgress, startVenueJob } from "./mutations";

type Inputs = Awaited<ReturnType<typeof loadConflictInputs>>;

function conflictYears(settings: Record<string, unknown>): number {
  const y = settings.conflictYears;
  return typeof y === "number" && Number.isInteger(y) && y >= 0 ? y : 3;
}

export function toConflictInput(inputs: Inputs, currentYear: number): { submissions: ConflictSubmission[]; reviewers: ConflictReviewer[] } {
  const submissions = inputs.submissions.map((s) => ({
    id: s.id,
    authors: s.authors.map((a) => {
      // An author's profile history when they have one; otherwise the institution on the submission, as current.
      const history: Affiliation[] = (a.user?.reviewerProfile?.institutions ?? []).map((i) => ({ name: i.name, domain: i.domain ?? undefined, startYear: i.startYear, endYear: i.endYear }));
      if (history.length === 0 && a.institution) history.push({ name: a.institution, startYear: currentYear, endYear: null });
      return { name: a.name, email: a.email, institutions: history };
    }),
  }));
  const reviewers = inputs.reviewers.map((u) => ({
    id: u.id,
    name: u.name,
    email: u.email,
    extraDomains: u.reviewerProfile?.emailDomains ?? [],
    institutions: (u.reviewerProfile?.institutions ?? []).map((i) => ({ name: i.name, domain: i.domain ?? undefined, startYear: i.startYear, endYear: i.endYear })),
    publications: (u.reviewerProfile?.publications ?? []).map((p) => ({ coAuthors: p.coAuthors, year: p.year ?? undefined })),
  }));
  return { submissions, reviewers };
}

async function guarded(jobId: string, kind: "CONFLICTS" | "AFFINITY", body: (venueId: string) => Promise<void>) {
  const job = await findVenueJob(jobId);
  if (!job || job.kind !== kind || !(await startVenueJob(jobId))) return;
  try {
    await body(job.venueId);
  } catch (error) {
    await failVenueJob(jobId, `Failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export async function runConflictsJob(jobId: string, now = new Date()): Promise<void> {
  await guarded(jobId, "CONFLICTS", async (venueId) => {
    const t0 = performance.now();
    await setVenueJobProgress(jobId, 0.1, "Reading submissions and the reviewer pool");
    const inputs = await loadConflictInputs(venueId);
    const currentYear = now.getUTCFullYear();
    const { submissions, reviewers } = toConflictInput(inputs, currentYear);
    await setVenueJobProgress(jobId, 0.4, `Checking ${submissions.length} papers against ${reviewers.length} reviewers`);
    const found = detectConflicts(submissions, reviewers, { currentYear, institutionYears: conflictYears(inputs.settings) });
    await setVenueJobProgress(jobId, 0.8, `Saving ${found.length} conflicts`);
    await saveDetectedConflicts(jobId, venueId, found, { papers: submissions.length, reviewers: reviewers.length, found: found.length, seconds: Number(((performance.now() - t0) / 1000).toFixed(2)) });
  });
}

export async function runAffinityJob(jobId: string): Promise<void> {
  await guarded(jobId, "AFFINITY", async (venueId) => {
    const t0 = performance.now();
    await setVenueJobProgress(jobId, 0.1, "Reading submissions and reviewer publications");
    const inputs = await loadAffinityInputs(venueId);
    const submissions = inputs.submissions.map((s) => ({ id: s.id, title: s.title, abstract: [s.abstract, s.keywords.join(". ")].filter(Boolean).join("\n") }));
    const reviewers = inputs.reviewers.map((r) => ({ id: r.id, publications: r.publications.map((p) => ({ title: p.title, abstract: p.abstract, year: p.year ?? undefined })) }));
    const pubs = reviewers.reduce((n, r) => n + r.publications.length, 0);
    await setVenueJobProgress(jobId, 0.3, `Scoring ${submissions.length} papers against ${pubs} publications of ${reviewers.length} reviewers`);
    const scores = submissions.length && reviewers.length ? computeAffinity(submissions, reviewers) : [];
    await setVenueJobProgress(jobId, 0.8, `Saving ${scores.length} scores`);
    await saveAffinityScores(jobId, venueId, scores, { papers: submissions.length, reviewers: reviewers.length, publications: pubs, seconds: Number(((performance.now() - t0) / 1000).toFixed(2)) });
  });
}
