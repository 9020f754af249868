import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../client";
import { userSessions, users, type User } from "../schema";

export async function openSession(db: Db, userId: string, at: Date): Promise<string> {
  const [row] = await db.insert(userSessions).values({ userId, createdAt: at }).returning({ id: userSessions.id });
  if (!row) throw new Error("The session was not recorded.");
  return row.id;
}

/** The user of a session that has not been ended. */
export async function findSessionUser(db: Db, sessionId: string, userId: string): Promise<User | undefined> {
  const [row] = await db
    .select({ user: users })
    .from(userSessions)
    .innerJoin(users, eq(users.id, userSessions.userId))
    .where(and(eq(userSessions.id, sessionId), eq(userSessions.userId, userId), isNull(userSessions.revokedAt)));
  return row?.user;
}

export async function endSession(db: Db, sessionId: string, at: Date = new Date()): Promise<void> {
  await db
    .update(userSessions)
    .set({ revokedAt: at })
    .where(and(eq(userSessions.id, sessionId), isNull(userSessions.revokedAt)));
}
