import { and, count, eq, gte, min } from "drizzle-orm";
import { loginAttempts } from "../schema";
import type { Db } from "../client";
import type { RecentFailures } from "@/lib/auth/throttle";

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
