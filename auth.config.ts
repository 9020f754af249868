import type { NextAuthConfig } from "next-auth";
import { safeAuthRedirect } from "@/lib/auth/safe-redirect";

const PROTECTED_PREFIXES = ["/dashboard", "/admin"];

/**
 * The part of the Auth.js setup that the proxy uses: it only sends signed-out
 * visitors to the sign-in page. Who may do what is decided on the server by
 * requireUser() and the policies in lib/authz, never here.
 */
export const authConfig = {
  trustHost: true,
  // Errors go to the sign-in page too: Auth.js's own error page answers ?error=Configuration with a 500, to anyone.
  pages: { signIn: "/login", error: "/login" },
  session: { strategy: "jwt", maxAge: 7 * 24 * 60 * 60 },
  providers: [],
  callbacks: {
    authorized({ auth, request: { nextUrl } }) {
      const isProtected = PROTECTED_PREFIXES.some((p) => nextUrl.pathname === p || nextUrl.pathname.startsWith(`${p}/`));
      if (!isProtected || auth?.user) return true;
      const login = new URL("/login", nextUrl);
      login.searchParams.set("callbackUrl", `${nextUrl.pathname}${nextUrl.search}`);
      return Response.redirect(login);
    },
    redirect({ url, baseUrl }) {
      return safeAuthRedirect(url, baseUrl);
    },
    jwt({ token, user }) {
      if (user?.id) {
        token.uid = user.id;
        token.sid = user.sessionId;
      }
      return token;
    },
    session({ session, token }) {
      if (typeof token.uid === "string") session.user.id = token.uid;
      if (typeof token.sid === "string") session.sessionId = token.sid;
      return session;
    },
  },
} satisfies NextAuthConfig;
