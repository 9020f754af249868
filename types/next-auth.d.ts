import "next-auth";

declare module "next-auth" {
  interface User {
    /** The server-side session opened at sign-in (user_sessions.id). */
    sessionId?: string;
  }
  interface Session {
    sessionId?: string;
  }
}
