// A conflict's reasons in words, for chairs: the same wording on the conflicts page and in the proposal editor.

/** As stored in Conflict.reasons. */
export interface ConflictReasonRow {
  kind?: string;
  detail?: string;
}

const KIND_LABEL: Record<string, string> = {
  "email-domain": "email domain",
  institution: "same institution",
  "co-author": "co-author",
  declared: "declared by the reviewer",
  chair: "entered by a chair",
};

/** "same institution (affiliated with Duke University within the last 3 years, as is author …)" */
export function describeConflict(reasons: ConflictReasonRow[]): string {
  const parts = reasons.map((r) => {
    const label = KIND_LABEL[r.kind ?? ""] ?? r.kind ?? "conflict";
    return r.detail ? `${label} (${r.detail})` : label;
  });
  return parts.length ? parts.join("; ") : "recorded without a reason";
}

