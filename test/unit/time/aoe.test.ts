import { describe, expect, it } from "vitest";
import { endOfDayAoE, formatAoE, timeLeft } from "@/lib/time/aoe";

describe("Anywhere on Earth", () => {
  it("ends a day at 11:59:59.999 UTC the next day", () => {
    expect(endOfDayAoE("2026-12-01").toISOString()).toBe("2026-12-02T11:59:59.999Z");
  });

  it("formats a UTC instant in AoE", () => {
    expect(formatAoE(new Date("2026-12-02T11:59:59.999Z"))).toBe("2026-12-01 23:59 AoE");
    expect(formatAoE(new Date("2026-01-01T05:00:00Z"))).toBe("2025-12-31 17:00 AoE");
  });

  it("rejects dates that are not YYYY-MM-DD", () => {
    expect(() => endOfDayAoE("12/01/2026")).toThrow(/YYYY-MM-DD/);
  });

  it("counts time left and says nothing once passed", () => {
    const now = new Date("2026-01-01T00:00:00Z");
    expect(timeLeft(new Date("2026-01-01T05:00:00Z"), now)).toBe("5 hours left");
    expect(timeLeft(new Date("2026-01-04T00:00:00Z"), now)).toBe("3 days left");
    expect(timeLeft(new Date("2025-12-31T00:00:00Z"), now)).toBeNull();
  });
});
