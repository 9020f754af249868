import "server-only";
import { toActor, type Actor } from "@/lib/authz/roles";
import { fail, ok, type Result } from "@/lib/errors";
import { sessionUser } from "@/server/session";

/**
 * The API's caller, from the session cookie, re-read from the database:
 * 401 when signed out, 403 when the account has been deactivated since.
 */
export async function apiCaller(): Promise<Result<Actor>> {
  const user = await sessionUser();
  if (!user) return fail("unauthenticated", "sign_in_first");
  if (!user.active) return fail("forbidden", "account_inactive");
  return ok(toActor(user));
}
