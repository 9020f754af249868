import { and, eq, gt, ne } from "drizzle-orm";
import type { Actor } from "@/lib/authz/roles";
import { fail, ok, type Result } from "@/lib/errors";
import { mayWork } from "@/lib/workflow/policy";
import type { Db } from "../client";
import { articlePresence, articles, users } from "../schema";

const PRESENCE_TTL_SECONDS = 30;

/** Records that `actor` has the story open, and says who else has had it open in the last 30 s. */
export async function heartbeat(db: Db, actor: Actor, articleId: string, now: Date = new Date()): Promise<Result<{ others: { id: string; name: string }[] }>> {
  if (!mayWork(actor)) return fail("forbidden", "This account is deactivated.");
  const [exists] = await db.select({ id: articles.id }).from(articles).where(eq(articles.id, articleId));
  if (!exists) return fail("not_found", "There is no story with this id.");
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
