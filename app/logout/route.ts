import { headers } from "next/headers";
import { NextResponse } from "next/server";
import { signOut } from "@/auth";
import { getDb } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { endSession } from "@/db/queries/sessions";
import { cleanIp } from "@/lib/auth/client-address";
import { clientIp } from "@/server/client-ip";
import { currentUser, sessionIds } from "@/server/session";

/**
 * Sign-out as a plain form POST answered with a redirect, so the browser
 * loads /login afresh. The session is ended on the server first: Auth.js
 * re-issues the cookie on other responses (a link prefetch in flight, say),
 * and such a cookie must not bring the session back.
 */
export async function POST() {
  const [user, session] = await Promise.all([currentUser(), sessionIds()]);
  if (session) await endSession(getDb(), session.sessionId);
  if (user) {
    await recordAudit(getDb(), {
      actorId: user.id,
      action: "auth.sign_out",
      objectType: "user",
      objectId: user.id,
      ip: cleanIp(clientIp(await headers())),
    });
  }
  await signOut({ redirect: false });
  return new NextResponse(null, { status: 303, headers: { Location: "/login" } });
}
