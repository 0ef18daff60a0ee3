// The signed-in user's id from Auth.js's session cookie alone, for the review autosave route, which runs for
// every pause in typing. `auth()` (lib/auth/config.ts) runs Auth.js's whole session endpoint per call: a CSRF
// token, decrypting the JWT, re-encrypting it with a new expiry and setting the cookie again (two key
// derivations, a digest, an AES-CBC+HMAC decrypt and encrypt). This decrypts and checks the same cookie with the
// same secrets and salt as Auth.js (`decode` from next-auth/jwt), and remembers the outcome per exact token string:
// the token is a credential only the server can mint, so an identical string decrypts identically, and its expiry
// is checked again on every use. Roles are never taken from the token: callers read them from the database.
import "server-only";
import { cookies } from "next/headers";
import { decode } from "next-auth/jwt";

// Auth.js's cookie names: `__Secure-` prefixed when the site is served over https. The name is also the salt of
// the token's encryption key, so a token only decrypts under the name it was issued with.
const COOKIE_NAMES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;
const MAX_REMEMBERED = 10_000;
const remembered = new Map<string, { userId: string; expiresAt: number }>();

/** Auth.js's secrets as it reads them from the environment (AUTH_SECRET, and AUTH_SECRET_1..3 while rotating). */
function secrets(): string[] {
  const env = process.env;
  return [env.AUTH_SECRET_3, env.AUTH_SECRET_2, env.AUTH_SECRET_1, env.AUTH_SECRET].filter((s): s is string => !!s);
}

/** A cookie's value, joined again if Auth.js split it into chunks (`name.0`, `name.1`, …) for being long. */
function cookieValue(jar: Awaited<ReturnType<typeof cookies>>, name: string): string | null {
  const whole = jar.get(name)?.value;
  if (whole) return whole;
  const chunks: string[] = [];
  for (let i = 0; ; i++) {
    const part = jar.get(`${name}.${i}`)?.value;
    if (!part) break;
    chunks.push(part);
  }
  return chunks.length > 0 ? chunks.join("") : null;
}

/** The id of the user whose valid, unexpired session cookie came with this request, or null. */
export async function sessionUserId(now: number = Date.now()): Promise<string | null> {
  const jar = await cookies();
  for (const name of COOKIE_NAMES) {
    const token = cookieValue(jar, name);
    if (!token) continue;
    const key = `${name}\u0000${token}`;
    const hit = remembered.get(key);
    if (hit) {
      if (hit.expiresAt > now) return hit.userId;
      remembered.delete(key);
      return null;
    }
    const payload = await decode({ token, secret: secrets(), salt: name }).catch(() => null);
    const userId = typeof payload?.sub === "string" ? payload.sub : null;
    const expiresAt = typeof payload?.exp === "number" ? payload.exp * 1000 : 0;
    // jwtDecrypt already refused an expired token (with 15 s of clock tolerance); one without `exp` is refused.
    if (!userId || expiresAt <= now - 15_000) return null;
    // Oldest first out: Map keeps insertion order.
    if (remembered.size >= MAX_REMEMBERED) remembered.delete(remembered.keys().next().value!);
    remembered.set(key, { userId, expiresAt: expiresAt + 15_000 });
    return userId;
  }
  return null;
}
