// A paper's conversation as its reviewers and chairs read it: its discussion (posters under anonymous reviewer
// labels unless the venue lets reviewers see each other) and the authors' submitted response.
// Authors never reach this: whyNotReadDiscussion refuses them, and a refusal is a 404.
import "server-only";
import { whyNotPostToDiscussion, whyNotReadDiscussion, type Viewer } from "@/lib/auth/permissions";
import { paperReviewerLabels } from "@/lib/reviews/matrix";
import { findAuthorResponse } from "@/lib/responses/data";
import { findPaperRoles } from "@/lib/submissions/data";
import { findVenueForViewer } from "@/lib/venues/data";
import { venueSettings } from "@/lib/venues/schema";
import { listDiscussion } from "./data";

const CHAIR_TITLES = [
  ["PROGRAM_CHAIR", "Program chair"],
  ["SENIOR_AREA_CHAIR", "Senior area chair"],
  ["AREA_CHAIR", "Area chair"],
] as const;

export interface DiscussionPostView {
  id: string;
  who: string;
  mine: boolean;
  body: string;
  createdAt: Date;
}

/** The conversation as this viewer may read it, or null when they may not (the page answers 404). */
export async function paperConversation(viewer: Viewer, slug: string, number: number) {
  const venue = await findVenueForViewer(slug, viewer);
  if (!venue) return null;
  const paper = await findPaperRoles(venue.id, number);
  if (!paper || whyNotReadDiscussion(viewer, paper.roles)) return null;
  const settings = venueSettings(paper.settings);
  const [rows, response] = await Promise.all([listDiscussion(paper.id, venue.id), findAuthorResponse(paper.id)]);
  const labels = paperReviewerLabels(paper.id, paper.reviewerIds);

  const posts: DiscussionPostView[] = rows.map((p) => {
    const mine = p.authorId === viewer.id;
    const label = labels.get(p.authorId);
    let who: string;
    if (label) who = settings.reviewersSeeEachOther ? `${p.author.name} (${label})` : label;
    else if (p.authorId === paper.roles.areaChairUserId) who = "Area chair";
    else who = CHAIR_TITLES.find(([role]) => p.author.memberships.some((m) => m.role === role))?.[1] ?? "Chair";
    return { id: p.id, who: mine ? `You (${who})` : who, mine, body: p.body, createdAt: p.createdAt };
  });

  return {
    slug: venue.slug,
    number,
    posts,
    postingClosed: whyNotPostToDiscussion(viewer, paper.roles),
    maxLength: settings.discussionPostMaxLength,
    identitiesShown: settings.reviewersSeeEachOther,
    // Only a submitted response is the authors' word; a draft stays theirs.
    response: response?.submittedAt ? { body: response.body, submittedAt: response.submittedAt } : null,
  };
}
export type Conversation = NonNullable<Awaited<ReturnType<typeof paperConversation>>>;
