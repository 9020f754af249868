import { eq } from "drizzle-orm";
import { cleanIp } from "@/lib/auth/client-address";
import { MAX_PASSWORD_LENGTH, normalizeEmail } from "@/lib/auth/credentials";
import { decoyPasswordHash, verifyPassword } from "@/lib/auth/password";
import { THROTTLE_POLICY, throttleDecision, windowStart, type ThrottlePolicy } from "@/lib/auth/throttle";
import type { Role } from "@/lib/authz/roles";
import type { Db } from "../client";
import { recordAudit } from "../queries/audit";
import { recentFailures, recordLoginAttempt, serialiseGuesses } from "../queries/login-attempts";
import { openSession } from "../queries/sessions";
import { findUserByEmail } from "../queries/users";
import { users } from "../schema";

type AuthenticatedUser = { id: string; email: string; name: string; role: Role; sessionId: string };

export type AuthenticateResult =
  { ok: true; user: AuthenticatedUser } | { ok: false; reason: "invalid" | "inactive" } | { ok: false; reason: "throttled"; retryAfterSeconds: number };

/**
 * Checks a sign-in attempt. Attempts for the same email or from the same
 * address are serialised, so parallel guesses cannot all slip under the
 * limit; throttled attempts are refused before the password is looked at.
 * Every outcome is recorded as a login attempt and an audit event in the
 * same transaction; a success also opens a server-side session. Unknown email and wrong password give the same
 * answer; only someone who knows the password of a deactivated account is told it is deactivated.
 */
export async function authenticate(
  db: Db,
  input: { email: string; password: string; ip: string | null },
  now: Date = new Date(),
  policy: ThrottlePolicy = THROTTLE_POLICY,
): Promise<AuthenticateResult> {
  const email = normalizeEmail(input.email);
  const ip = cleanIp(input.ip);

  // Not transact(): a refused sign-in is recorded (for throttling and the audit log), so this transaction commits its refusals.
  return db.transaction(async (tx) => {
    await serialiseGuesses(tx, email, ip);

    const failures = await recentFailures(tx, email, ip, windowStart(now, policy));
    const decision = throttleDecision(failures.byEmail, failures.byIp, now, policy);
    if (!decision.allowed) {
      await recordAudit(tx, {
        action: "auth.sign_in_throttled",
        objectType: "user",
        after: { email, retryAfterSeconds: decision.retryAfterSeconds },
        ip,
        createdAt: now,
      });
      return { ok: false, reason: "throttled", retryAfterSeconds: decision.retryAfterSeconds } as const;
    }

    const user = await findUserByEmail(tx, email);
    const passwordFits = input.password.length > 0 && input.password.length <= MAX_PASSWORD_LENGTH;
    const stored = user?.passwordHash ?? (await decoyPasswordHash());
    const passwordMatches = passwordFits && (await verifyPassword(stored, input.password));
    const ok = Boolean(user?.passwordHash && user.active && passwordMatches);

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
    if (user && !user.active && user.passwordHash && passwordMatches) return { ok: false, reason: "inactive" } as const;
    if (!ok || !user) return { ok: false, reason: "invalid" } as const;
    await tx.update(users).set({ lastSignInAt: now }).where(eq(users.id, user.id));
    const sessionId = await openSession(tx, user.id, now);
    return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionId } } as const;
  });
}
