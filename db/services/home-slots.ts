import { and, eq, ne, sql } from "drizzle-orm";
import { can } from "@/lib/authz/can";
import type { Actor } from "@/lib/authz/roles";
import { fail, ok, type Result } from "@/lib/errors";
import { homePinExpiry, isPinned } from "@/lib/home/lineup";
import type { HomePinInput } from "@/lib/validation/home-pin";
import type { Db } from "../client";
import { enqueueHomePinExpiry, type HomePinExpiryJob } from "../jobs/home-queue";
import { lockArticle } from "../queries/articles";
import { recordAudit } from "../queries/audit";
import { announcePublicChange } from "../queries/public-changes";
import { articles } from "../schema";
import { transact } from "../transaction";

export type HomePinState = { slot: number | null; until: string | null };

// Pinning takes this lock before any story's row: it may take two rows (the
// story and the one it displaces), and two pins taking them in opposite orders
// would deadlock.
const HOME_LOCK = 7_301_962_018;

/**
 * Puts a published story in a slot of the home page (1 is the lead) until
 * `minutes` from now. The story that held the slot leaves it; a story pinned
 * elsewhere moves. Like the breaking mark, a pin is not an edit: the story's
 * version stays.
 */
export async function pinToHome(db: Db, actor: Actor, id: string, input: HomePinInput, now: Date = new Date()): Promise<Result<HomePinState>> {
  if (!can.curateHome(actor)) return fail("forbidden", "home_editors_only");
  return transact(db, async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${HOME_LOCK})`);
    const article = await lockArticle(tx, id);
    if (!article) return fail("not_found", "story_not_found");
    if (article.status !== "published") return fail("unprocessable", "home_story_not_published", { params: { status: article.status } });
    const until = homePinExpiry(input.minutes, now);
    const displaced = await tx
      .update(articles)
      .set({ homeSlot: null, homeUntil: null })
      .where(and(eq(articles.homeSlot, input.slot), ne(articles.id, id)))
      .returning({ id: articles.id, homeUntil: articles.homeUntil });
    await tx.update(articles).set({ homeSlot: input.slot, homeUntil: until }).where(eq(articles.id, id));
    await enqueueHomePinExpiry(tx, { articleId: id, until: until.toISOString() });
    const before = isPinned(article, now) ? { slot: article.homeSlot, until: article.homeUntil?.toISOString() ?? null } : { slot: null, until: null };
    await recordAudit(tx, {
      actorId: actor.id,
      action: "article.home_pinned",
      objectType: "article",
      objectId: id,
      before,
      after: { slot: input.slot, until: until.toISOString() },
      createdAt: now,
    });
    for (const other of displaced) {
      await recordAudit(tx, {
        actorId: actor.id,
        action: "article.home_unpinned",
        objectType: "article",
        objectId: other.id,
        before: { slot: input.slot, until: other.homeUntil?.toISOString() ?? null },
        after: { slot: null, until: null, replacedBy: id },
        createdAt: now,
      });
    }
    await announcePublicChange(tx, { type: "home.changed" });
    return ok({ slot: input.slot, until: until.toISOString() });
  });
}

/** Takes a story out of its home-page slot; the slot goes back to the newest stories. */
export async function unpinFromHome(db: Db, actor: Actor, id: string, now: Date = new Date()): Promise<Result<HomePinState>> {
  if (!can.curateHome(actor)) return fail("forbidden", "home_editors_only");
  return transact(db, async (tx) => {
    const article = await lockArticle(tx, id);
    if (!article) return fail("not_found", "story_not_found");
    if (article.homeSlot === null) return ok({ slot: null, until: null });
    await tx.update(articles).set({ homeSlot: null, homeUntil: null }).where(eq(articles.id, id));
    // A pin already over was taken out by its job; only a live one is worth recording.
    if (isPinned(article, now)) {
      await recordAudit(tx, {
        actorId: actor.id,
        action: "article.home_unpinned",
        objectType: "article",
        objectId: id,
        before: { slot: article.homeSlot, until: article.homeUntil?.toISOString() ?? null },
        after: { slot: null, until: null },
        createdAt: now,
      });
    }
    await announcePublicChange(tx, { type: "home.changed" });
    return ok({ slot: null, until: null });
  });
}

/**
 * The expiry job: when the story's pin is the one this job was queued for and
 * its time is up, the story leaves its slot (recorded as the system's act).
 */
export async function expireHomePin(db: Db, job: HomePinExpiryJob, now: Date = new Date()): Promise<"expired" | "not_due" | "superseded"> {
  const until = new Date(job.until);
  if (until.getTime() > now.getTime()) return "not_due";
  const outcome = await transact(db, async (tx) => {
    const article = await lockArticle(tx, job.articleId);
    if (!article || article.homeSlot === null || article.homeUntil?.getTime() !== until.getTime()) return ok("superseded" as const);
    await tx.update(articles).set({ homeSlot: null, homeUntil: null }).where(eq(articles.id, job.articleId));
    await recordAudit(tx, {
      action: "article.home_expired",
      objectType: "article",
      objectId: job.articleId,
      before: { slot: article.homeSlot, until: job.until },
      after: { slot: null, until: null },
      createdAt: now,
    });
    await announcePublicChange(tx, { type: "home.changed" });
    return ok("expired" as const);
  });
  return outcome.data;
}
