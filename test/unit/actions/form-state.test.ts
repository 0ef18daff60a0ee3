import { describe, expect, it } from "vitest";
import { parseForm } from "@/lib/actions/form-state";
import { inviteSchema, newPasswordSchema } from "@/lib/accounts/schema";

function form(fields: Record<string, string>): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.set(k, v);
  return fd;
}

describe("parseForm", () => {
  it("normalises valid input", () => {
    const r = parseForm(inviteSchema, form({ venueId: "v", email: "  Ada@Example.ORG ", name: "Ada", role: "REVIEWER" }));
    expect(r.data).toEqual({ venueId: "v", email: "ada@example.org", name: "Ada", role: "REVIEWER" });
  });

  it("puts each message next to its field", () => {
    const r = parseForm(inviteSchema, form({ venueId: "v", email: "not-an-email", name: "", role: "KING" }));
    expect(r.state?.ok).toBe(false);
    expect(Object.keys(r.state?.fieldErrors ?? {}).sort()).toEqual(["email", "name", "role"]);
    expect(r.state?.fieldErrors?.email).toEqual(["Enter a valid email address"]);
  });

  it("checks that the two passwords agree and are long enough", () => {
    const short = parseForm(newPasswordSchema, form({ token: "x".repeat(43), password: "short", confirm: "short" }));
    expect(short.state?.fieldErrors?.password?.[0]).toMatch(/at least 10/);
    const differ = parseForm(newPasswordSchema, form({ token: "x".repeat(43), password: "long-enough-1", confirm: "long-enough-2" }));
    expect(differ.state?.fieldErrors?.confirm).toEqual(["The two passwords differ"]);
  });
});
