// The constraint checks of a chair's hand edit to a proposal (add, remove or swap one reviewer of one paper).
// Pure: the live check and the transaction that applies the edit run the same function on the same kind of
// snapshot, so what the chair was told is what the server enforces.
import { describeConflict, type ConflictReasonRow } from "@/lib/conflicts/describe";

export interface EditRequest {
  paperId: string;
  /** The reviewer taken off the paper (remove, or the first half of a swap). */
  remove?: string;
  /** The reviewer put on the paper (add, or the second half of a swap). */
  add?: string;
}

export type { ConflictReasonRow };

/** What the checks need to know, read from the database for the paper and the (at most two) reviewers named. */
export interface EditSnapshot {
  run: { status: string; deployed: boolean; reviewersPerPaper: number; maxLoadDefault: number; minLoadDefault: number };
  /** null when the paper is not a submitted paper of this venue. */
  paper: { id: string; number: number } | null;
  /** The paper's assigned (not alternate) reviewers in this run. */
  paperReviewers: string[];
  /** The reviewers named in the request: pool membership, loads in this run, their conflict with the paper. */
  people: Record<string, { name: string; inPool: boolean; maxLoad: number | null; minLoad: number | null; load: number; conflict: ConflictReasonRow[] | null; hasReview: boolean }>;
}

export type EditCheck = {
  errors: string[];
  warnings: string[];
  /** What the edit would change, in words, when it may be applied. */
  effects: string[];
};

export interface EditPreview extends EditCheck {
  /** The score the added pair would get, as this run weighs its sources and bids. */
  score: number | null;
}

const papers = (n: number) => `${n} paper${n === 1 ? "" : "s"}`;

export function checkEdit(s: EditSnapshot, req: EditRequest): EditCheck {
  const errors: string[] = [];
  const warnings: string[] = [];
  const effects: string[] = [];
  if (s.run.deployed) return { errors: ["This run is deployed: it can no longer be edited. Start a new run to change the assignment."], warnings, effects };
  if (s.run.status !== "SUCCEEDED") return { errors: ["Only a finished run with a proposal can be edited."], warnings, effects };
  if (!s.paper) return { errors: ["This paper is not a submitted paper of this venue."], warnings, effects };
  if (!req.add && !req.remove) return { errors: ["Choose a reviewer to add, to remove, or both (a swap)."], warnings, effects };
  if (req.add && req.add === req.remove) return { errors: ["Choose two different reviewers for a swap."], warnings, effects };

  const paper = `Paper ${s.paper.number}`;
  const on = new Set(s.paperReviewers);
  const person = (id: string) => s.people[id];
  const maxOf = (p: NonNullable<ReturnType<typeof person>>) => p.maxLoad ?? s.run.maxLoadDefault;
  const minOf = (p: NonNullable<ReturnType<typeof person>>) => Math.min(p.minLoad ?? s.run.minLoadDefault, maxOf(p));

  if (req.remove) {
    const out = person(req.remove);
    if (!out || !on.has(req.remove)) errors.push(`${out?.name ?? "This reviewer"} is not a reviewer of paper ${s.paper.number} in this proposal.`);
    else {
      effects.push(`${out.name} leaves paper ${s.paper.number}: ${out.load} → ${papers(out.load - 1)}.`);
      if (out.load - 1 < minOf(out)) warnings.push(`${out.name} would have ${papers(out.load - 1)}; min load is ${minOf(out)}.`);
      if (out.hasReview) warnings.push(`${out.name} has already begun reviewing paper ${s.paper.number}: deploying this proposal will be refused while the pair is removed.`);
    }
  }
  if (req.add) {
    const inn = person(req.add);
    if (!inn || !inn.inPool) errors.push(`${inn?.name ?? "This person"} is not in this venue's reviewer pool.`);
    else if (on.has(req.add)) errors.push(`${inn.name} already reviews paper ${s.paper.number} in this proposal.`);
    else if (inn.conflict) errors.push(`${paper} is conflicted with ${inn.name}: ${describeConflict(inn.conflict)}.`);
    else if (inn.load + 1 > maxOf(inn)) errors.push(`${inn.name} would have ${papers(inn.load + 1)}; max load is ${maxOf(inn)}.`);
    else effects.push(`${inn.name} joins paper ${s.paper.number}: ${inn.load} → ${papers(inn.load + 1)} (max ${maxOf(inn)}).`);
  }
  const after = s.paperReviewers.length + (req.add ? 1 : 0) - (req.remove ? 1 : 0);
  if (after > s.run.reviewersPerPaper) errors.push(`${paper} would have ${after} reviewers; this run asks for ${s.run.reviewersPerPaper}. Swap a reviewer instead of adding one.`);
  else if (after < s.run.reviewersPerPaper) warnings.push(`${paper} would have ${after} reviewer${after === 1 ? "" : "s"}; this run asks for ${s.run.reviewersPerPaper}.`);
  return { errors, warnings, effects: errors.length ? [] : effects };
}
