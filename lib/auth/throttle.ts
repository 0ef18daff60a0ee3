// Sign-in throttling policy, pure so it is tested without a database. Failures are counted over a sliding
// window per account and per client address; the per-address limit is higher because offices share addresses.
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_IP = 30;

export interface FailureCounts {
  byEmail: number;
  byIp: number;
}

export function isThrottled(counts: FailureCounts): boolean {
  return counts.byEmail >= MAX_FAILURES_PER_EMAIL || counts.byIp >= MAX_FAILURES_PER_IP;
}
