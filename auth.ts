import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/db";
import { endSession } from "@/db/queries/sessions";
import { authenticate } from "@/db/services/authenticate";
import { signInFormSchema } from "@/lib/auth/credentials";
import { THROTTLE_POLICY } from "@/lib/auth/throttle";
import { env } from "@/lib/env";
import { clientIp } from "@/server/client-ip";
import { authConfig } from "./auth.config";

/** Too many recent failures for this email or client address. */
export class ThrottledSignIn extends CredentialsSignin {
  code = "throttled";
  constructor(readonly retryAfterSeconds: number) {
    super();
  }
}

/** The right password for an account an admin deactivated: the person is told so, and no one else is. */
export class DeactivatedSignIn extends CredentialsSignin {
  code = "deactivated";
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  logger: {
    // A refused sign-in is an expected outcome, already in the audit log.
    error(error) {
      if (error instanceof CredentialsSignin) return;
      console.error(`[auth] ${error.name}: ${error.message}`);
    },
  },
  events: {
    // Auth.js's own sign-out (POST /api/auth/signout) only clears the cookie; a copy of it must die too.
    async signOut(message) {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (typeof sid === "string" && /^[0-9a-f-]{36}$/i.test(sid)) await endSession(getDb(), sid);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = signInFormSchema.safeParse(raw);
        if (!parsed.success) return null;
        const policy = { ...THROTTLE_POLICY, maxFailuresPerIp: env().NEWSROOM_SIGNIN_IP_LIMIT };
        const result = await authenticate(getDb(), { ...parsed.data, ip: clientIp(request.headers) }, new Date(), policy);
        if (result.ok) return { id: result.user.id, name: result.user.name, email: result.user.email, sessionId: result.user.sessionId };
        if (result.reason === "throttled") throw new ThrottledSignIn(result.retryAfterSeconds);
        if (result.reason === "inactive") throw new DeactivatedSignIn();
        return null;
      },
    }),
  ],
});
