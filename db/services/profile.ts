import { and, eq, isNull, ne, sql } from "drizzle-orm";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { throttleDecision, windowStart } from "@/lib/auth/throttle";
import type { Actor } from "@/lib/authz/roles";
import { fail, failField, ok, type Result } from "@/lib/errors";
import { passwordProblem } from "@/lib/people/password-policy";
import type { ProfileInput } from "@/lib/validation/profile";
import type { Db } from "../client";
import { transact } from "../transaction";
import { announcePublicChange } from "../queries/public-changes";
import { recordAudit } from "../queries/audit";
import { recentFailures, recordLoginAttempt, serialiseGuesses } from "../queries/login-attempts";
import { userSessions, users } from "../schema";

/** Anyone's own name and UI language. */
export async function updateProfile(db: Db, actor: Actor, input: ProfileInput, now: Date = new Date()): Promise<Result<null>> {
  if (!actor.active) return fail("forbidden", "account_inactive");
  return transact(db, async (tx) => {
    const [before] = await tx
      .select({ name: users.name, locale: users.locale, notifyByEmail: users.notifyByEmail })
      .from(users)
      .where(eq(users.id, actor.id))
      .for("update");
    if (!before) return fail("not_found", "person_not_found");
    // A new name is a change an admin's open form of this person must not overwrite.
    const renamed = before.name !== input.name ? { version: sql`${users.version} + 1` } : {};
    await tx
      .update(users)
      .set({ name: input.name, locale: input.locale, notifyByEmail: input.notifyByEmail, ...renamed, updatedAt: now })
      .where(eq(users.id, actor.id));
    await recordAudit(tx, { actorId: actor.id, action: "user.profile_updated", objectType: "user", objectId: actor.id, before, after: input, createdAt: now });
    if (before.name !== input.name) await announcePublicChange(tx, { type: "person.renamed", personId: actor.id });
    return ok(null);
  });
}

/**
 * A new password for oneself: the current one is required, the new one
 * follows the policy, and every other session ends (this one stays). A wrong
 * current password counts as a failed sign-in for the account's email, under
 * the same throttle and lock: a stolen session must not become a second way
 * to guess the password.
 */
export async function changeOwnPassword(db: Db, actor: Actor, sessionId: string, current: string, next: string, now: Date = new Date()): Promise<Result<null>> {
  if (!actor.active) return fail("forbidden", "account_inactive");
  // Not transact(): a wrong guess is recorded for the throttle, so this transaction commits its refusals.
  return db.transaction(async (tx) => {
    const [me] = await tx.select().from(users).where(eq(users.id, actor.id));
    if (!me?.passwordHash) return fail("not_found", "person_not_found");
    await serialiseGuesses(tx, me.email, null);
    const failures = await recentFailures(tx, me.email, null, windowStart(now));
    const decision = throttleDecision(failures.byEmail, failures.byIp, now);
    if (!decision.allowed)
      return failField("too_many_requests", "current", {
        reason: "current_password_throttled",
        params: { minutes: Math.ceil(decision.retryAfterSeconds / 60) },
      });
    if (!(await verifyPassword(me.passwordHash, current))) {
      await recordLoginAttempt(tx, { email: me.email, ip: null, succeeded: false, at: now });
      await recordAudit(tx, { actorId: actor.id, action: "user.password_change_failed", objectType: "user", objectId: actor.id, createdAt: now });
      return failField("invalid", "current", "current_password_wrong");
    }
    const problem = passwordProblem(next, { email: me.email, name: me.name });
    if (problem) return failField("invalid", "next", problem);
    await tx
      .update(users)
      .set({ passwordHash: await hashPassword(next), updatedAt: now })
      .where(eq(users.id, actor.id));
    await tx
      .update(userSessions)
      .set({ revokedAt: now })
      .where(and(eq(userSessions.userId, actor.id), isNull(userSessions.revokedAt), ne(userSessions.id, sessionId)));
    await recordAudit(tx, { actorId: actor.id, action: "user.password_changed", objectType: "user", objectId: actor.id, createdAt: now });
    return ok(null);
  });
}
