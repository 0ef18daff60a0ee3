import { describe, expect, it } from "vitest";
import { isThrottled, MAX_FAILURES_PER_EMAIL, MAX_FAILURES_PER_IP } from "@/lib/auth/throttle";
import { hashToken, newToken } from "@/lib/auth/tokens";

describe("sign-in throttling", () => {
  it("allows attempts below both limits and refuses at either", () => {
    expect(isThrottled({ byEmail: MAX_FAILURES_PER_EMAIL - 1, byIp: MAX_FAILURES_PER_IP - 1 })).toBe(false);
    expect(isThrottled({ byEmail: MAX_FAILURES_PER_EMAIL, byIp: 0 })).toBe(true);
    expect(isThrottled({ byEmail: 0, byIp: MAX_FAILURES_PER_IP })).toBe(true);
  });
});

describe("emailed-link tokens", () => {
  it("stores only a hash that the token maps to, and never repeats", () => {
    const a = newToken();
    const b = newToken();
    expect(a.token).not.toBe(b.token);
    expect(a.tokenHash).toBe(hashToken(a.token));
    expect(a.tokenHash).not.toContain(a.token);
    expect(a.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});
