// How a track's theorems distribute over assumption regimes: for each categorical field of the taxonomy, the
// count and share of theorems per value — from the authors' declarations or from reviewers' readings (each
// submitted reading of a theorem counts once) — filtered by decision. Pure.
import { ASSUMPTION_FIELDS } from "@/lib/theorems/taxonomy";

export const DECISION_FILTERS = ["all", "accepted", "rejected", "undecided"] as const;
export type DecisionFilter = (typeof DECISION_FILTERS)[number];
export const SOURCES = ["declared", "readings"] as const;
export type RegimeSource = (typeof SOURCES)[number];

export interface ChartTheorem {
  /** The paper's confirmed decision, or null while undecided. */
  decision: string | null;
  declared: unknown;
  /** Submitted reviewers' readings of this theorem's assumptions. */
  readings: readonly unknown[];
}

export interface RegimeBar {
  value: string;
  label: string;
  count: number;
  /** count / observations, 0–1. */
  share: number;
}
export interface RegimeChart {
  key: string;
  label: string;
  observations: number;
  bars: RegimeBar[];
}

export function matchesDecision(decision: string | null, filter: DecisionFilter): boolean {
  switch (filter) {
    case "all":
      return true;
    case "accepted":
      return decision !== null && decision.startsWith("ACCEPT");
    case "rejected":
      return decision === "REJECT";
    case "undecided":
      return decision === null;
  }
}

export function regimeDistribution(theorems: readonly ChartTheorem[], filter: DecisionFilter, source: RegimeSource): { theorems: number; charts: RegimeChart[] } {
  const kept = theorems.filter((t) => matchesDecision(t.decision, filter));
  const observations = kept.flatMap((t) => (source === "declared" ? [t.declared] : t.readings)).map((o) => (o ?? {}) as Record<string, unknown>);
  const charts = ASSUMPTION_FIELDS.map((f) => {
    const counts = new Map<string, number>();
    for (const o of observations) {
      const v = o[f.key];
      const key = typeof v === "string" && f.options.some((opt) => opt.value === v) ? v : "";
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const n = observations.length;
    const bars: RegimeBar[] = f.options.map((opt) => ({ value: opt.value, label: opt.label, count: counts.get(opt.value) ?? 0, share: n ? (counts.get(opt.value) ?? 0) / n : 0 }));
    const unstated = counts.get("") ?? 0;
    if (unstated) bars.push({ value: "", label: "Not stated", count: unstated, share: unstated / n });
    return { key: f.key, label: f.label, observations: n, bars };
  });
  return { theorems: kept.length, charts };
}

/** "37.5%" — shares are shown with one decimal, so small tracks' numbers add up visibly. */
export function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}
