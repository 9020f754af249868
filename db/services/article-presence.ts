import { and, eq, gt, ne } from "drizzle-orm";
import { can } from "@/lib/authz/can";
import type { Actor } from "@/lib/authz/roles";
import { fail, ok, type Result } from "@/lib/errors";

import type { Db } from "../client";
import { articlePresence, articles, users } from "../schema";

const PRESENCE_TTL_SECONDS = 30;

/** Records that `actor` has the story open, and says who else has had it open in the last 30 s. */
export async function heartbeat(db: Db, actor: Actor, articleId: string, now: Date = new Date()): Promise<Result<{ others: { id: string; name: string }[] }>> {
  if (!can.work(actor)) return fail("forbidden", "account_inactive");
  const [exists] = await db.select({ id: articles.id }).from(articles).where(eq(articles.id, articleId));
  if (!exists) return fail("not_found", "story_not_found");
  await db
    .insert(articlePresence)
    .values({ articleId, userId: actor.id, seenAt: now })
    .onConflictDoUpdate({ target: [articlePresence.articleId, articlePresence.userId], set: { seenAt: now } });
  const since = new Date(now.getTime() - PRESENCE_TTL_SECONDS * 1000);
  const others = await db
    .select({ id: users.id, name: users.name })
    .from(articlePresence)
    .innerJoin(users, eq(users.id, articlePresence.userId))
    .where(and(eq(articlePresence.articleId, articleId), ne(articlePresence.userId, actor.id), gt(articlePresence.seenAt, since), eq(users.active, true)))
    .orderBy(users.name);
  return ok({ others });
}

/** The story page was closed: the others stop seeing `actor` at their next heartbeat, not 30 s later. */
export async function leave(db: Db, actor: Actor, articleId: string): Promise<Result<null>> {
  if (!can.work(actor)) return fail("forbidden", "account_inactive");
  await db.delete(articlePresence).where(and(eq(articlePresence.articleId, articleId), eq(articlePresence.userId, actor.id)));
  return ok(null);
}
