import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../client";
import { auditEvents, users } from "../schema";

export type TimelineEntry = { id: number; action: string; at: Date; actor: string | null; after: unknown };

/** A story's history from the audit log, oldest first. */
export async function articleTimeline(db: Db, articleId: string): Promise<TimelineEntry[]> {
  const rows = await db
    .select({ id: auditEvents.id, action: auditEvents.action, at: auditEvents.createdAt, actor: users.name, after: auditEvents.after })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(and(eq(auditEvents.objectType, "article"), eq(auditEvents.objectId, articleId)))
    .orderBy(asc(auditEvents.createdAt), asc(auditEvents.id));
  return rows;
}
