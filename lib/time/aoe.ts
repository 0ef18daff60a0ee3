// Deadlines are stored in UTC and shown in Anywhere-on-Earth (UTC−12): a deadline "Dec 1 AoE" has passed only
// once it is Dec 2 everywhere on Earth.
const AOE_OFFSET_MS = -12 * 60 * 60 * 1000;

/** "2026-12-01 23:59 AoE" */
export function formatAoE(date: Date): string {
  const shifted = new Date(date.getTime() + AOE_OFFSET_MS);
  const iso = shifted.toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} AoE`;
}

/** The instant a day ends in AoE: "2026-12-01" → 2026-12-02T11:59:59.999Z. */
export function endOfDayAoE(day: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) throw new Error(`Expected a date as YYYY-MM-DD, got "${day}"`);
  const utcMidnight = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return new Date(utcMidnight + 24 * 3600 * 1000 - 1 - AOE_OFFSET_MS);
}

/** Whole days and hours left, for "3 days left" badges; null once passed. */
export function timeLeft(deadline: Date, now: Date = new Date()): string | null {
  const ms = deadline.getTime() - now.getTime();
  if (ms <= 0) return null;
  const hours = Math.floor(ms / 3_600_000);
  if (hours < 48) return `${hours} hour${hours === 1 ? "" : "s"} left`;
  return `${Math.floor(hours / 24)} days left`;
}
