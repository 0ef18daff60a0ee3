// Auth.js (next-auth v5): email + password, sessions in a signed JWT cookie. Roles are not kept in the token:
// every request reads the memberships from the database (lib/auth/session.ts), so revoking a role is immediate.
import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { findUserByEmail, countRecentFailures } from "@/lib/accounts/data";
import { recordSignInAttempt } from "@/lib/accounts/mutations";
import { signInSchema } from "@/lib/accounts/schema";
import { burnVerifyTime, verifyPassword } from "./password";
import { isThrottled, THROTTLE_WINDOW_MS } from "./throttle";

export class ThrottledSignIn extends CredentialsSignin {
  override code = "throttled";
}

/** The client address as the proxy in front reports it (Next.js sets x-forwarded-for itself when there is none). */
export function clientIp(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || "unknown";
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: "jwt", maxAge: 30 * 24 * 3600 },
  pages: { signIn: "/signin", error: "/signin" },
  logger: {
    // A wrong password is an expected outcome, answered on the form; it is not a server error worth a stack trace.
    error(error) {
      if (error instanceof CredentialsSignin) return;
      console.error(error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(raw, request) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const ip = clientIp(request.headers);
        if (isThrottled(await countRecentFailures(email, ip, new Date(Date.now() - THROTTLE_WINDOW_MS)))) {
          throw new ThrottledSignIn();
        }
        const user = await findUserByEmail(email);
        const ok = user?.passwordHash ? await verifyPassword(user.passwordHash, password) : (await burnVerifyTime(password), false);
        await recordSignInAttempt(email, ip, ok);
        if (!ok || !user) return null;
        return { id: user.id, email: user.email, name: user.name };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
});
