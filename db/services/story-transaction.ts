import { and, eq, lte } from "drizzle-orm";
import { fail, type Result } from "@/lib/errors";
import type { Db } from "../client";
import { lockArticle } from "../queries/articles";
import { articles, type Article } from "../schema";
import { transact } from "../transaction";
import { settleDueSchedule } from "./scheduled";

/** Publishes a story whose scheduled time has passed, in a transaction of its own. */
async function settleIfDue(db: Db, id: string, now: Date): Promise<void> {
  const [due] = await db
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.id, id), eq(articles.status, "scheduled"), lte(articles.publishAt, now)));
  if (!due) return;
  await transact(db, async (tx) => {
    const locked = await lockArticle(tx, id);
    if (locked) await settleDueSchedule(tx, locked, now);
    return { ok: true, data: null };
  });
}

/**
 * Work on one story, under its row lock, in a transaction that a refusal
 * rolls back. A schedule that has come due is carried out first and commits
 * on its own: it is the system's act, not the caller's, and must stand even
 * when the caller's change is refused (a stale version, say), or the caller
 * would be refused against a publication that never lands.
 */
export async function storyTransaction<T>(db: Db, id: string, now: Date, work: (tx: Db, article: Article) => Promise<Result<T>>): Promise<Result<T>> {
  await settleIfDue(db, id, now);
  return transact(db, async (tx) => {
    const locked = await lockArticle(tx, id);
    if (!locked) return fail("not_found", "story_not_found");
    // Due since the check above: settled here, and kept only if the work succeeds; the next call settles it for good.
    return work(tx, await settleDueSchedule(tx, locked, now));
  });
}
