import "server-only";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { z } from "zod";
import { auth } from "@/auth";
import { getDb } from "@/db";
import { findSessionUser } from "@/db/queries/sessions";
import type { User } from "@/db/schema";
import { safeCallbackPath } from "@/lib/auth/safe-redirect";
import { mayEnter, type Role } from "@/lib/authz/roles";
import { APP_PATH_HEADER } from "./proxy-headers";

/**
 * The signed-in user, re-read from the database on every request (once per
 * request), so a deactivated account or a changed role takes effect at once.
 */
export const currentUser = cache(async (): Promise<User | null> => {
  const user = await sessionUser();
  return user?.active ? user : null;
});

const ids = z.object({ userId: z.uuid(), sessionId: z.uuid() });

/** The signed session's ids, when the cookie holds one. */
export async function sessionIds(): Promise<z.infer<typeof ids> | null> {
  const session = await auth();
  const parsed = ids.safeParse({ userId: session?.user?.id, sessionId: session?.sessionId });
  return parsed.success ? parsed.data : null;
}

/**
 * The user a session cookie names, active or not (the API answers a
 * deactivated one with 403), provided the session was not ended on the
 * server: a signed-out cookie that a late response re-issued stays dead.
 */
export const sessionUser = cache(async (): Promise<User | null> => {
  const session = await sessionIds();
  if (!session) return null;
  return (await findSessionUser(getDb(), session.sessionId, session.userId)) ?? null;
});

async function loginPath(): Promise<string> {
  const wanted = (await headers()).get(APP_PATH_HEADER);
  return wanted ? `/login?callbackUrl=${encodeURIComponent(safeCallbackPath(wanted))}` : "/login";
}

/** The one gate for pages and actions: signed out → /login (and back), lacking the role → 403. */
export async function requireUser(role: Role = "reporter"): Promise<User> {
  const user = await currentUser();
  const access = mayEnter(user, role);
  if (access === "signed_out" || !user) redirect(await loginPath());
  if (access === "forbidden") forbidden();
  return user;
}
