import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/db";
import { authenticate } from "@/db/services/authenticate";
import { signInFormSchema } from "@/lib/auth/credentials";
import { clientIp } from "@/server/client-ip";
import { authConfig } from "./auth.config";

/** Too many recent failures for this email or client address. */
export class ThrottledSignIn extends CredentialsSignin {
  code = "throttled";
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
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = signInFormSchema.safeParse(raw);
        if (!parsed.success) return null;
        const result = await authenticate(getDb(), { ...parsed.data, ip: clientIp(request.headers) });
        if (result.ok) return { id: result.user.id, name: result.user.name, email: result.user.email };
        if (result.reason === "throttled") throw new ThrottledSignIn();
        return null;
      },
    }),
  ],
});
