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
