import { describe, expect, it } from "vitest";
import { paperReviewerLabels } from "@/lib/reviews/matrix";
import { assignmentProgress, byReviewer, REMINDER_COOLDOWN_MS } from "@/lib/track/progress";
import { matchesDecision, percent, regimeDistribution } from "@/lib/track/regimes";
import { venueSettings } from "@/lib/venues/schema";

describe("regime distribution", () => {
  it("counts each value's share, with a 'Not stated' bar for missing or unknown values", () => {
    const theorems = [
      { decision: null, declared: { width: "infinite" }, readings: [] },
      { decision: null, declared: { width: "infinite" }, readings: [] },
      { decision: null, declared: { width: "bogus" }, readings: [] },
      { decision: null, declared: {}, readings: [] },
    ];
    const width = regimeDistribution(theorems, "all", "declared").charts.find((c) => c.key === "width")!;
    expect(width.observations).toBe(4);
    expect(width.bars.find((b) => b.value === "infinite")).toMatchObject({ count: 2, share: 0.5 });
    expect(width.bars.at(-1)).toMatchObject({ value: "", label: "Not stated", count: 2, share: 0.5 });
    expect(width.bars.reduce((a, b) => a + b.count, 0)).toBe(4);
    expect(percent(1 / 3)).toBe("33.3%");
  });

  it("filters by decision and has no bars' shares when nothing matches", () => {
    expect(["ACCEPT_ORAL", "ACCEPT_POSTER", "REJECT", null].map((d) => matchesDecision(d, "accepted"))).toEqual([true, true, false, false]);
    const empty = regimeDistribution([{ decision: "REJECT", declared: { width: "finite" }, readings: [] }], "accepted", "declared");
    expect(empty.theorems).toBe(0);
    expect(empty.charts[0]!.bars.every((b) => b.share === 0)).toBe(true);
  });
});

describe("review progress", () => {
  const row = (over: object) => ({ assignmentId: "a", reviewerId: "r", reviewerName: "R", reviewerEmail: "r@x", paperNumber: 1, dueAt: null, lastRemindedAt: null, review: null, ...over });
  it("uses the personal due date over the venue's, and marks recent reminders", () => {
    const now = new Date("2027-01-10T00:00:00Z");
    const venueDeadline = new Date("2027-01-20T00:00:00Z");
    const [a, b, c] = assignmentProgress(
      [
        row({ assignmentId: "a", dueAt: new Date("2027-01-09T00:00:00Z") }),
        row({ assignmentId: "b", review: { status: "DRAFT", submittedAt: null }, lastRemindedAt: new Date(now.getTime() - REMINDER_COOLDOWN_MS + 1) }),
        row({ assignmentId: "c", review: { status: "SUBMITTED", submittedAt: now } }),
      ],
      venueDeadline,
      now,
    );
    expect([a!.state, b!.state, c!.state]).toEqual(["late", "missing", "submitted"]);
    expect([a!.recentlyReminded, b!.recentlyReminded, b!.started]).toEqual([false, true, true]);
    expect(byReviewer([a!, b!, c!])[0]).toMatchObject({ assigned: 3, late: 1, missing: 1, submitted: 1 });
  });
});

describe("paper reviewer labels and venue settings", () => {
  it("labels a reviewer the same whatever order or subset of the paper's reviewers is passed", () => {
    const all = paperReviewerLabels("paper-1", ["u1", "u2", "u3"]);
    expect(paperReviewerLabels("paper-1", ["u3", "u1", "u2", "u1"]).get("u1")).toBe(all.get("u1"));
    expect(new Set(all.values()).size).toBe(3);
    expect(paperReviewerLabels("paper-2", ["u1"]).get("u1")).not.toBe(all.get("u1"));
  });

  it("reads settings with defaults, ignoring values of the wrong type", () => {
    expect(venueSettings(null)).toMatchObject({ reviewersSeeEachOther: false, authorResponseMaxLength: 5_000 });
    expect(venueSettings({ reviewersSeeEachOther: "yes", authorResponseMaxLength: 800, extra: 1 })).toMatchObject({ reviewersSeeEachOther: false, authorResponseMaxLength: 800 });
  });
});
