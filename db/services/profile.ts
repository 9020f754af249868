import { and, eq, isNull, ne } from "drizzle-orm";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/authz/roles";
import { fail, ok, type Result } from "@/lib/errors";
import { PASSWORD_PROBLEMS, passwordProblem } from "@/lib/people/password-policy";
import type { ProfileInput } from "@/lib/validation/profile";
import type { Db } from "../client";
import { recordAudit } from "../queries/audit";
import { userSessions, users } from "../schema";

/** Anyone's own name and UI language. */
export async function updateProfile(db: Db, actor: Actor, input: ProfileInput, now: Date = new Date()): Promise<Result<null>> {
  if (!actor.active) return fail("forbidden", "This account is deactivated.");
  return db.transaction(async (tx) => {
    const [before] = await tx.select({ name: users.name, locale: users.locale }).from(users).where(eq(users.id, actor.id)).for("update");
    if (!before) return fail("not_found", "There is no such person.");
    await tx.update(users).set({ name: input.name, locale: input.locale, updatedAt: now }).where(eq(users.id, actor.id));
    await recordAudit(tx, { actorId: actor.id, action: "user.profile_updated", objectType: "user", objectId: actor.id, before, after: input, createdAt: now });
    return ok(null);
  });
}

/**
 * A new password for oneself: the current one is required, the new one
 * follows the policy, and every other session ends (this one stays).
 */
export async function changeOwnPassword(db: Db, actor: Actor, sessionId: string, current: string, next: string, now: Date = new Date()): Promise<Result<null>> {
  if (!actor.active) return fail("forbidden", "This account is deactivated.");
  const [me] = await db.select().from(users).where(eq(users.id, actor.id));
  if (!me?.passwordHash || !(await verifyPassword(me.passwordHash, current))) {
    await recordAudit(db, { actorId: actor.id, action: "user.password_change_failed", objectType: "user", objectId: actor.id, createdAt: now });
    return fail("invalid", "Check these fields: current.", { current: "This is not your current password." });
  }
  const problem = passwordProblem(next, { email: me.email, name: me.name });
  if (problem) return fail("invalid", "Check these fields: next.", { next: PASSWORD_PROBLEMS[problem] });
  const passwordHash = await hashPassword(next);
  return db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, updatedAt: now }).where(eq(users.id, actor.id));
    await tx
      .update(userSessions)
      .set({ revokedAt: now })
      .where(and(eq(userSessions.userId, actor.id), isNull(userSessions.revokedAt), ne(userSessions.id, sessionId)));
    await recordAudit(tx, { actorId: actor.id, action: "user.password_changed", objectType: "user", objectId: actor.id, createdAt: now });
    return ok(null);
  });
}
