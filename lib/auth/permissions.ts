// Who may do what: the one place Tangent decides it. Every loader, action and route handler asks here, against
// the viewer's memberships as read from the database for this request (never from the session cookie alone).
// Each rule is a pair in HotCRP's style: whyNot*() gives the reason shown to the person (null when allowed),
// can*() the yes/no. Scopes describe which submissions a viewer may see; data.ts turns them into `where` clauses,
// so a paper one may not see is indistinguishable from one that does not exist.
import { formatAoE } from "@/lib/time/aoe";

export type Role = "PROGRAM_CHAIR" | "SENIOR_AREA_CHAIR" | "AREA_CHAIR" | "REVIEWER" | "AUTHOR";

export interface Viewer {
  id: string;
  isSiteAdmin: boolean;
  memberships: readonly { id: string; venueId: string; role: Role }[];
}

export type SubmissionScope =
  | { kind: "venue"; venueId: string }
  | { kind: "handledBy"; venueId: string; userId: string }
  | { kind: "assignedTo"; venueId: string; userId: string }
  | { kind: "authoredBy"; venueId: string; userId: string };

export const CHAIR_ROLES: readonly Role[] = ["PROGRAM_CHAIR", "SENIOR_AREA_CHAIR", "AREA_CHAIR"];

export function rolesIn(viewer: Viewer, venueId: string): Set<Role> {
  return new Set(viewer.memberships.filter((m) => m.venueId === venueId).map((m) => m.role));
}

function has(viewer: Viewer, venueId: string, ...roles: Role[]): boolean {
  const mine = rolesIn(viewer, venueId);
  return roles.some((r) => mine.has(r));
}

/** Site admins act as program chairs of every venue. */
function isProgramChair(viewer: Viewer, venueId: string): boolean {
  return viewer.isSiteAdmin || has(viewer, venueId, "PROGRAM_CHAIR");
}

const NOT_MEMBER = "You have no role in this venue.";

export function whyNotViewVenue(viewer: Viewer, venueId: string): string | null {
  return viewer.isSiteAdmin || rolesIn(viewer, venueId).size > 0 ? null : NOT_MEMBER;
}
export const canViewVenue = (v: Viewer, venueId: string) => whyNotViewVenue(v, venueId) === null;

/** The chair console: program chairs, senior area chairs and area chairs (who see only the papers they handle). */
export function whyNotViewChairConsole(viewer: Viewer, venueId: string): string | null {
  if (isProgramChair(viewer, venueId) || has(viewer, venueId, "SENIOR_AREA_CHAIR", "AREA_CHAIR")) return null;
  return "Only the venue's chairs can open the chair console.";
}
export const canViewChairConsole = (v: Viewer, venueId: string) => whyNotViewChairConsole(v, venueId) === null;

/** Track-wide settings, imports and assignment runs. */
export function whyNotManageVenue(viewer: Viewer, venueId: string): string | null {
  if (isProgramChair(viewer, venueId) || has(viewer, venueId, "SENIOR_AREA_CHAIR")) return null;
  return "Only program chairs and senior area chairs manage the track.";
}
export const canManageVenue = (v: Viewer, venueId: string) => whyNotManageVenue(v, venueId) === null;

/** Who may invite whom: chairs recruit the level below them; program chairs anyone. */
export function whyNotInvite(viewer: Viewer, venueId: string, role: Role): string | null {
  if (isProgramChair(viewer, venueId)) return null;
  if (has(viewer, venueId, "SENIOR_AREA_CHAIR") && (role === "AREA_CHAIR" || role === "REVIEWER")) return null;
  if (has(viewer, venueId, "AREA_CHAIR") && role === "REVIEWER") return null;
  return `You cannot invite a ${role.toLowerCase().replace(/_/g, " ")} to this venue.`;
}
export const canInvite = (v: Viewer, venueId: string, role: Role) => whyNotInvite(v, venueId, role) === null;

export function whyNotViewReviewerConsole(viewer: Viewer, venueId: string): string | null {
  return has(viewer, venueId, "REVIEWER") ? null : "Only the venue's reviewers have a reviewer console.";
}
export const canViewReviewerConsole = (v: Viewer, venueId: string) => whyNotViewReviewerConsole(v, venueId) === null;

export function whyNotViewAuthorConsole(viewer: Viewer, venueId: string): string | null {
  return has(viewer, venueId, "AUTHOR") ? null : "Only the venue's authors have an author console.";
}
export const canViewAuthorConsole = (v: Viewer, venueId: string) => whyNotViewAuthorConsole(v, venueId) === null;

/** Which submissions the chair console lists: all for PCs and SACs, an area chair's own otherwise. */
export function chairSubmissionScope(viewer: Viewer, venueId: string): SubmissionScope | null {
  if (isProgramChair(viewer, venueId) || has(viewer, venueId, "SENIOR_AREA_CHAIR")) return { kind: "venue", venueId };
  if (has(viewer, venueId, "AREA_CHAIR")) return { kind: "handledBy", venueId, userId: viewer.id };
  return null;
}

/** A reviewer sees exactly the papers deployed to them; never their authors (loaders select no author fields). */
export function reviewerSubmissionScope(viewer: Viewer, venueId: string): SubmissionScope | null {
  return has(viewer, venueId, "REVIEWER") ? { kind: "assignedTo", venueId, userId: viewer.id } : null;
}

export function authorSubmissionScope(viewer: Viewer, venueId: string): SubmissionScope | null {
  return has(viewer, venueId, "AUTHOR") ? { kind: "authoredBy", venueId, userId: viewer.id } : null;
}

/** What deciding on a review needs to know of the paper, read from the database for this request. */
export interface ReviewablePaper {
  venueId: string;
  status: string;
  /** Reviewers with a deployed Assignment row for the paper. */
  assignedUserIds: readonly string[];
  /** The deadline that applies to this reviewer: their personal one (emergency reviewers) or the venue's. */
  deadline: Date | null;
}

/**
 * Writing, saving or revising a review: only a reviewer of the venue whose assignment to the paper is deployed,
 * only while the paper is under review, and only until the deadline has passed everywhere on Earth (the
 * deadline is stored as the UTC instant that day ends in AoE).
 */
export function whyNotReviewPaper(viewer: Viewer, paper: ReviewablePaper, now: Date = new Date()): string | null {
  if (!has(viewer, paper.venueId, "REVIEWER")) return "Only the venue's reviewers can write reviews.";
  if (!paper.assignedUserIds.includes(viewer.id)) return "This paper is not assigned to you, so you cannot review it.";
  if (paper.status !== "SUBMITTED") return "This paper was withdrawn or desk-rejected; it no longer takes reviews.";
  if (paper.deadline && now.getTime() > paper.deadline.getTime()) {
    return `The review deadline (${formatAoE(paper.deadline)}) has passed; reviews can no longer be changed.`;
  }
  return null;
}
export const canReviewPaper = (v: Viewer, paper: ReviewablePaper, now?: Date) => whyNotReviewPaper(v, paper, now) === null;

/** What deciding on a paper's theorem declarations needs to know, read from the database for this request. */
export interface DeclarablePaper {
  venueId: string;
  status: string;
  /** Accounts linked to the paper's author list (SubmissionAuthor.userId). */
  authorUserIds: readonly string[];
  /** Stored as the UTC instant the submission day ends in AoE. */
  submissionDeadline: Date | null;
}

/**
 * Declaring a paper's theorems and their assumptions: only an author of this paper (linked in its author list,
 * and an author of the venue), only while the paper is in play, and only until the submission deadline has
 * passed everywhere on Earth — after it, reviewers read exactly what was declared.
 */
export function whyNotDeclareTheorems(viewer: Viewer, paper: DeclarablePaper, now: Date = new Date()): string | null {
  if (!has(viewer, paper.venueId, "AUTHOR") || !paper.authorUserIds.includes(viewer.id)) return "Only the paper's authors can declare its theorems.";
  if (paper.status === "WITHDRAWN" || paper.status === "DESK_REJECTED") return "This paper was withdrawn or desk-rejected; its theorems can no longer be changed.";
  if (paper.submissionDeadline && now.getTime() > paper.submissionDeadline.getTime()) {
    return `The submission deadline (${formatAoE(paper.submissionDeadline)}) has passed; theorems and their assumptions can no longer be changed.`;
  }
  return null;
}
export const canDeclareTheorems = (v: Viewer, paper: DeclarablePaper, now?: Date) => whyNotDeclareTheorems(v, paper, now) === null;

/** What deciding on bidding needs to know of the venue, read from the database for this request. */
export interface BiddingVenue {
  id: string;
  phase: string;
  /** Stored as the UTC instant the bidding day ends in AoE (lib/time/aoe.ts endOfDayAoE). */
  biddingDeadline: Date | null;
}

/**
 * Bidding policy: bidding is open while the venue is in its BIDDING phase — chairs open it by moving the venue
 * into that phase and close it by moving on — and, when a bidding deadline is set, only until that deadline has
 * passed everywhere on Earth, so a forgotten phase switch never keeps bidding open past the announced date.
 * Only the venue's reviewers bid.
 */
export function whyNotBidInVenue(viewer: Viewer, venue: BiddingVenue, now: Date = new Date()): string | null {
  if (!has(viewer, venue.id, "REVIEWER")) return "Only the venue's reviewers can bid on papers.";
  if (venue.phase !== "BIDDING") return "Bidding is closed: the venue is not in its bidding phase.";
  if (venue.biddingDeadline && now.getTime() > venue.biddingDeadline.getTime()) {
    return `The bidding deadline (${formatAoE(venue.biddingDeadline)}) has passed; bids can no longer be changed.`;
  }
  return null;
}
export const canBidInVenue = (v: Viewer, venue: BiddingVenue, now?: Date) => whyNotBidInVenue(v, venue, now) === null;

/** What deciding on one bid needs to know of the paper, read from the database for this request. */
export interface BiddablePaper {
  venueId: string;
  status: string;
  /** Reviewers with a conflict on the paper that no chair has lifted. */
  conflictedUserIds: readonly string[];
}

/**
 * Bidding on one paper: bidding is open for the viewer (above), the paper belongs to the venue and is under
 * review, and the viewer has no (non-lifted) conflict with it — a conflicted pair is hidden from bidding.
 */
export function whyNotBid(viewer: Viewer, venue: BiddingVenue, paper: BiddablePaper, now: Date = new Date()): string | null {
  const closed = whyNotBidInVenue(viewer, venue, now);
  if (closed) return closed;
  if (paper.venueId !== venue.id) return "This paper is not part of this venue.";
  if (paper.status !== "SUBMITTED") return "This paper was withdrawn or desk-rejected; it takes no bids.";
  if (paper.conflictedUserIds.includes(viewer.id)) return "You have a conflict with this paper, so you cannot bid on it.";
  return null;
}
export const canBid = (v: Viewer, venue: BiddingVenue, paper: BiddablePaper, now?: Date) => whyNotBid(v, venue, paper, now) === null;

/** The console a member lands on when opening a venue: the most senior role first. */
export function homeConsole(viewer: Viewer, venueId: string): "chair" | "reviewer" | "author" | null {
  if (canViewChairConsole(viewer, venueId)) return "chair";
  if (canViewReviewerConsole(viewer, venueId)) return "reviewer";
  if (canViewAuthorConsole(viewer, venueId)) return "author";
  return null;
}

// ───────────── discussion, author response, meta-reviews and decisions ─────────────

/** Who handles one paper and where the venue stands, read from the database for this request. */
export interface PaperRoles {
  venueId: string;
  phase: string;
  status: string;
  /** Reviewers with a deployed assignment to the paper. */
  assignedUserIds: readonly string[];
  /** The paper's authors with accounts (ids only: used for checks, never shown). */
  authorUserIds: readonly string[];
  areaChairUserId: string | null;
  /** The senior area chair the paper's area chair reports to. */
  seniorAreaChairUserId: string | null;
  rebuttalDeadline: Date | null;
  decisionReleased: boolean;
}

export const DISCUSSION_PHASES: readonly string[] = ["REVIEWING", "DISCUSSION"];
/** The rebuttal happens in the discussion phase: reviews are in, reviewers and the area chair are discussing. */
export const REBUTTAL_PHASE = "DISCUSSION";
const DECIDING_PHASES: readonly string[] = ["REVIEWING", "DISCUSSION", "DECISIONS"];

/**
 * Reading a paper's discussion and its authors' response: the paper's assigned reviewers, its area chair, and the
 * senior area chairs and program chairs (who see every paper of the track). Never its authors.
 */
export function whyNotReadDiscussion(viewer: Viewer, paper: PaperRoles): string | null {
  if (isProgramChair(viewer, paper.venueId) || has(viewer, paper.venueId, "SENIOR_AREA_CHAIR")) return null;
  if (has(viewer, paper.venueId, "AREA_CHAIR") && paper.areaChairUserId === viewer.id) return null;
  if (has(viewer, paper.venueId, "REVIEWER") && paper.assignedUserIds.includes(viewer.id)) return null;
  return "Only the paper's reviewers and chairs take part in its discussion.";
}
export const canReadDiscussion = (v: Viewer, paper: PaperRoles) => whyNotReadDiscussion(v, paper) === null;

/** Posting: the same people, only while the venue is reviewing or discussing and the paper is under review. */
export function whyNotPostToDiscussion(viewer: Viewer, paper: PaperRoles): string | null {
  const reader = whyNotReadDiscussion(viewer, paper);
  if (reader) return reader;
  if (paper.status !== "SUBMITTED") return "This paper was withdrawn or desk-rejected; its discussion is closed.";
  if (!DISCUSSION_PHASES.includes(paper.phase)) return "The discussion is open only while the venue is in its reviewing or discussion phase.";
  return null;
}
export const canPostToDiscussion = (v: Viewer, paper: PaperRoles) => whyNotPostToDiscussion(v, paper) === null;

/**
 * The authors' one response: only the paper's authors, only in the rebuttal (discussion) phase, and only until the
 * rebuttal deadline has passed everywhere on Earth.
 */
export function whyNotRespondAsAuthor(viewer: Viewer, paper: PaperRoles, now: Date = new Date()): string | null {
  if (!has(viewer, paper.venueId, "AUTHOR") || !paper.authorUserIds.includes(viewer.id)) return "Only the paper's authors can write its response.";
  if (paper.status !== "SUBMITTED") return "This paper was withdrawn or desk-rejected; it takes no response.";
  if (paper.phase !== REBUTTAL_PHASE) return "The author response is open only during the venue's rebuttal (discussion) phase.";
  if (paper.rebuttalDeadline && now.getTime() > paper.rebuttalDeadline.getTime()) {
    return `The author response deadline (${formatAoE(paper.rebuttalDeadline)}) has passed; the response can no longer be changed.`;
  }
  return null;
}
export const canRespondAsAuthor = (v: Viewer, paper: PaperRoles, now?: Date) => whyNotRespondAsAuthor(v, paper, now) === null;

/** The phases from the rebuttal on, in which authors read the reviews (so the response answers what was written). */
const AUTHORS_READ_REVIEWS_PHASES: readonly string[] = [REBUTTAL_PHASE, "DECISIONS", "RELEASED"];

/**
 * The authors reading their paper's submitted reviews — only fields visible to authors, under anonymous labels —
 * from the rebuttal phase on, or once its decision is released. The meta-review and the decision are not covered:
 * authors read those only after release (`PaperRoles.decisionReleased`).
 */
export function whyNotReadReviewsAsAuthor(viewer: Viewer, paper: PaperRoles): string | null {
  if (!has(viewer, paper.venueId, "AUTHOR") || !paper.authorUserIds.includes(viewer.id)) return "Only the paper's authors read its reviews as authors.";
  if (paper.decisionReleased || AUTHORS_READ_REVIEWS_PHASES.includes(paper.phase)) return null;
  return "The reviews are shown to the authors from the rebuttal (discussion) phase on.";
}
export const canReadReviewsAsAuthor = (v: Viewer, paper: PaperRoles) => whyNotReadReviewsAsAuthor(v, paper) === null;

function whyNotHandleAsAreaChair(viewer: Viewer, paper: PaperRoles, what: string): string | null {
  if (!has(viewer, paper.venueId, "AREA_CHAIR") || paper.areaChairUserId !== viewer.id) return `Only the paper's area chair ${what}.`;
  if (paper.decisionReleased) return "The decision on this paper has been released to its authors; it can no longer change.";
  if (!DECIDING_PHASES.includes(paper.phase)) return "Meta-reviews and decisions are written during the reviewing, discussion and decision phases.";
  return null;
}

/** The meta-review: written by the paper's area chair until the decision is released. */
export function whyNotWriteMetaReview(viewer: Viewer, paper: PaperRoles): string | null {
  return whyNotHandleAsAreaChair(viewer, paper, "writes its meta-review");
}
export const canWriteMetaReview = (v: Viewer, paper: PaperRoles) => whyNotWriteMetaReview(v, paper) === null;

/** A decision is proposed by the paper's area chair … */
export function whyNotProposeDecision(viewer: Viewer, paper: PaperRoles): string | null {
  return whyNotHandleAsAreaChair(viewer, paper, "proposes its decision");
}
export const canProposeDecision = (v: Viewer, paper: PaperRoles) => whyNotProposeDecision(v, paper) === null;

/**
 * … and confirmed by the senior area chair its area chair reports to (any senior area chair when it reports to
 * none), or by a program chair.
 */
export function whyNotConfirmDecision(viewer: Viewer, paper: PaperRoles): string | null {
  const pc = isProgramChair(viewer, paper.venueId);
  const sac = has(viewer, paper.venueId, "SENIOR_AREA_CHAIR") && (paper.seniorAreaChairUserId === null || paper.seniorAreaChairUserId === viewer.id);
  if (!pc && !sac) return "Only the paper's senior area chair or a program chair confirms its decision.";
  if (paper.decisionReleased) return "The decision on this paper has been released to its authors; it can no longer change.";
  return null;
}
export const canConfirmDecision = (v: Viewer, paper: PaperRoles) => whyNotConfirmDecision(v, paper) === null;

/** Releasing confirmed decisions, meta-reviews and reviews to authors: program chairs, for the whole venue. */
export function whyNotReleaseDecisions(viewer: Viewer, venueId: string): string | null {
  return isProgramChair(viewer, venueId) ? null : "Only program chairs release decisions to authors.";
}
export const canReleaseDecisions = (v: Viewer, venueId: string) => whyNotReleaseDecisions(v, venueId) === null;

// ───────────── experiments ─────────────

/** A paper's experiments as the experiment rules see it: its roles plus the submission deadline. */
export interface ExperimentPaper extends PaperRoles {
  submissionDeadline: Date | null;
}

/**
 * Seeing a paper's experiments, runs and figures: its authors, its assigned reviewers, its area chair, and the
 * senior area chairs and program chairs. Pages never show who the authors are.
 */
export function whyNotViewExperiments(viewer: Viewer, paper: ExperimentPaper): string | null {
  if (has(viewer, paper.venueId, "AUTHOR") && paper.authorUserIds.includes(viewer.id)) return null;
  return whyNotReadDiscussion(viewer, paper) ? "Only the paper's authors, reviewers and chairs see its experiments." : null;
}
export const canViewExperiments = (v: Viewer, paper: ExperimentPaper) => whyNotViewExperiments(v, paper) === null;

/** Attaching or replacing experiments: the paper's authors, until the submission deadline (AoE). */
export function whyNotEditExperiments(viewer: Viewer, paper: ExperimentPaper, now: Date = new Date()): string | null {
  if (!has(viewer, paper.venueId, "AUTHOR") || !paper.authorUserIds.includes(viewer.id)) return "Only the paper's authors attach experiments to it.";
  if (paper.status !== "SUBMITTED") return "This paper was withdrawn or desk-rejected.";
  if (paper.submissionDeadline && now.getTime() > paper.submissionDeadline.getTime()) {
    return `Experiments can be attached until the submission deadline (${formatAoE(paper.submissionDeadline)}); it has passed.`;
  }
  return null;
}
export const canEditExperiments = (v: Viewer, paper: ExperimentPaper, now?: Date) => whyNotEditExperiments(v, paper, now) === null;

/** Re-running at the declared defaults: the paper's authors and its chairs (a reviewer's runs are stress tests). */
export function whyNotRerunExperiment(viewer: Viewer, paper: ExperimentPaper): string | null {
  if (has(viewer, paper.venueId, "AUTHOR") && paper.authorUserIds.includes(viewer.id)) return null;
  if (isProgramChair(viewer, paper.venueId) || has(viewer, paper.venueId, "SENIOR_AREA_CHAIR")) return null;
  if (has(viewer, paper.venueId, "AREA_CHAIR") && paper.areaChairUserId === viewer.id) return null;
  return "Only the paper's authors and chairs re-run its experiments at the declared settings.";
}
export const canRerunExperiment = (v: Viewer, paper: ExperimentPaper) => whyNotRerunExperiment(v, paper) === null;

/** A stress test: one of the paper's assigned reviewers, while the paper is under review, within the quota. */
export function whyNotStressTest(viewer: Viewer, paper: ExperimentPaper, used: number, quota: number): string | null {
  if (!has(viewer, paper.venueId, "REVIEWER") || !paper.assignedUserIds.includes(viewer.id)) return "Only the paper's assigned reviewers run stress tests.";
  if (paper.status !== "SUBMITTED") return "This paper was withdrawn or desk-rejected.";
  if (paper.decisionReleased) return "The decision on this paper has been released.";
  if (used >= quota) return `You have used all ${quota} stress-test runs for this paper.`;
  return null;
}
export const canStressTest = (v: Viewer, paper: ExperimentPaper, used: number, quota: number) => whyNotStressTest(v, paper, used, quota) === null;

/** Cancelling a queued or running run: whoever started it, or the paper's chairs. */
export function whyNotCancelRun(viewer: Viewer, paper: ExperimentPaper, requestedById: string | null): string | null {
  if (requestedById === viewer.id) return null;
  if (isProgramChair(viewer, paper.venueId) || has(viewer, paper.venueId, "SENIOR_AREA_CHAIR")) return null;
  if (has(viewer, paper.venueId, "AREA_CHAIR") && paper.areaChairUserId === viewer.id) return null;
  return "Only the person who started this run, or the paper's chairs, can cancel it.";
}
export const canCancelRun = (v: Viewer, paper: ExperimentPaper, requestedById: string | null) => whyNotCancelRun(v, paper, requestedById) === null;
