import { and, count, eq, gte, min, sql } from "drizzle-orm";
import { loginAttempts } from "../schema";
import type { Db } from "../client";
import type { RecentFailures } from "@/lib/auth/throttle";

// Namespace for the advisory locks that serialise password guesses per email and per address.
const GUESS_LOCK = 7_301;

/**
 * Serialises, until the transaction ends, every password guess for `email`
 * and from `ip` (sign-in and a password change alike), so that parallel
 * guesses cannot all slip under the throttle's limit.
 */
export async function serialiseGuesses(tx: Db, email: string, ip: string | null): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${GUESS_LOCK}, hashtext(${`email:${email}`}))`);
  if (ip) await tx.execute(sql`select pg_advisory_xact_lock(${GUESS_LOCK}, hashtext(${`ip:${ip}`}))`);
}

async function failuresWhere(db: Db, condition: ReturnType<typeof eq>, since: Date): Promise<RecentFailures> {
  const [row] = await db
    .select({ count: count(), oldest: min(loginAttempts.createdAt) })
    .from(loginAttempts)
    .where(and(condition, eq(loginAttempts.succeeded, false), gte(loginAttempts.createdAt, since)));
  return { count: row?.count ?? 0, oldest: row?.oldest ?? null };
}

/** Failed attempts since `since`, for an email and for a client address. */
export async function recentFailures(db: Db, email: string, ip: string | null, since: Date): Promise<{ byEmail: RecentFailures; byIp: RecentFailures }> {
  const [byEmail, byIp] = await Promise.all([
    failuresWhere(db, eq(loginAttempts.email, email), since),
    ip ? failuresWhere(db, eq(loginAttempts.ip, ip), since) : Promise.resolve({ count: 0, oldest: null }),
  ]);
  return { byEmail, byIp };
}

export async function recordLoginAttempt(db: Db, attempt: { email: string; ip: string | null; succeeded: boolean; at: Date }): Promise<void> {
  await db.insert(loginAttempts).values({ email: attempt.email, ip: attempt.ip, succeeded: attempt.succeeded, createdAt: attempt.at });
}
