// Shared fixtures for the permission tests: a viewer with roles in one venue, and a paper's roles.
import type { PaperRoles, Role, Viewer } from "@/lib/auth/permissions";

export const V = "venue-1";

export function viewerWith(id: string, roles: Role[], venueId = V, isSiteAdmin = false): Viewer {
  return { id, isSiteAdmin, memberships: roles.map((role, i) => ({ id: `m${i}`, venueId, role })) };
}

/** A submitted paper with reviewer "rev", author "auth", area chair "ac" and senior area chair "sac". */
export function paperRoles(over: Partial<PaperRoles> = {}): PaperRoles {
  return {
    venueId: V,
    phase: "REVIEWING",
    status: "SUBMITTED",
    assignedUserIds: ["rev"],
    authorUserIds: ["auth"],
    areaChairUserId: "ac",
    seniorAreaChairUserId: "sac",
    rebuttalDeadline: null,
    decisionReleased: false,
    ...over,
  };
}
