import { isIP } from "node:net";
import { eq } from "drizzle-orm";
import { MAX_PASSWORD_LENGTH, normalizeEmail } from "@/lib/auth/credentials";
import { decoyPasswordHash, verifyPassword } from "@/lib/auth/password";
import { throttleDecision, windowStart } from "@/lib/auth/throttle";
import type { Role } from "@/lib/authz/roles";
import type { Db } from "../client";
import { recordAudit } from "../queries/audit";
import { recentFailures, recordLoginAttempt } from "../queries/login-attempts";
import { findUserByEmail } from "../queries/users";
import { users } from "../schema";

export type AuthenticatedUser = { id: string; email: string; name: string; role: Role };

export type AuthenticateResult =
  | { ok: true; user: AuthenticatedUser }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

/** A client address the database can store, or null. */
export function cleanIp(ip: string | null | undefined): string | null {
  const candidate = ip?.trim();
  return candidate && isIP(candidate) ? candidate : null;
}

/**
 * Checks a sign-in attempt. Throttled attempts are refused before the password
 * is looked at; every outcome is recorded as a login attempt and an audit event
 * in one transaction. Unknown email, wrong password and deactivated account
 * all give the same answer.
 */
export async function authenticate(
  db: Db,
  input: { email: string; password: string; ip: string | null },
  now: Date = new Date(),
): Promise<AuthenticateResult> {
  const email = normalizeEmail(input.email);
  const ip = cleanIp(input.ip);

  const failures = await recentFailures(db, email, ip, windowStart(now));
  const decision = throttleDecision(failures.byEmail, failures.byIp, now);
  if (!decision.allowed) {
    await recordAudit(db, {
      action: "auth.sign_in_throttled",
      objectType: "user",
      after: { email, retryAfterSeconds: decision.retryAfterSeconds },
      ip,
      createdAt: now,
    });
    return { ok: false, reason: "throttled", retryAfterSeconds: decision.retryAfterSeconds };
  }

  const user = await findUserByEmail(db, email);
  const passwordFits = input.password.length > 0 && input.password.length <= MAX_PASSWORD_LENGTH;
  const stored = user?.passwordHash ?? (await decoyPasswordHash());
  const passwordMatches = passwordFits && (await verifyPassword(stored, input.password));
  const ok = Boolean(user?.passwordHash && user.active && passwordMatches);

  await db.transaction(async (tx) => {
    await recordLoginAttempt(tx, { email, ip, succeeded: ok, at: now });
    await recordAudit(tx, {
      actorId: user?.id ?? null,
      action: ok ? "auth.sign_in" : "auth.sign_in_failed",
      objectType: "user",
      objectId: user?.id ?? null,
      after: ok ? { email } : { email, reason: !user ? "unknown_email" : !user.active ? "inactive" : "wrong_password" },
      ip,
      createdAt: now,
    });
    if (ok && user) await tx.update(users).set({ lastSignInAt: now }).where(eq(users.id, user.id));
  });

  if (!ok || !user) return { ok: false, reason: "invalid" };
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}
