import { eq } from "drizzle-orm";
import { can } from "@/lib/authz/can";
import type { Actor } from "@/lib/authz/roles";
import { breakingExpiry, isBreaking } from "@/lib/breaking/expiry";
import { fail, ok, type Result } from "@/lib/errors";
import type { BreakingInput } from "@/lib/validation/breaking";
import type { Db } from "../client";
import { enqueueBreakingExpiry, type BreakingExpiryJob } from "../jobs/breaking-queue";
import { lockArticle } from "../queries/articles";
import { recordAudit } from "../queries/audit";
import { announcePublicChange } from "../queries/public-changes";
import { articles } from "../schema";
import { transact } from "../transaction";
import { storyTransaction } from "./story-transaction";

export type BreakingState = { breakingUntil: string | null };

/**
 * Puts a published story in the breaking-news bar until `input`'s end (two
 * hours by default), or moves the end of a mark it already has. The mark is
 * not an edit of the story: its version stays, so nobody's open form of it
 * becomes stale.
 */
export async function markBreaking(db: Db, actor: Actor, id: string, input: BreakingInput, now: Date = new Date()): Promise<Result<BreakingState>> {
  if (!can.markBreaking(actor)) return fail("forbidden", "breaking_editors_only");
  return storyTransaction(db, id, now, async (tx, article) => {
    if (article.status !== "published") return fail("unprocessable", "breaking_story_not_published", { params: { status: article.status } });
    const expiry = breakingExpiry(input, now);
    if (!expiry.ok) return fail("invalid", expiry.reason, { params: expiry.params, fields: { [input.until ? "until" : "minutes"]: expiry } });
    const before = isBreaking(article, now) ? article.breakingUntil!.toISOString() : null;
    await tx.update(articles).set({ breakingUntil: expiry.until }).where(eq(articles.id, id));
    await enqueueBreakingExpiry(tx, { articleId: id, until: expiry.until.toISOString() });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "article.breaking_marked",
      objectType: "article",
      objectId: id,
      before: { breakingUntil: before },
      after: { breakingUntil: expiry.until.toISOString() },
      createdAt: now,
    });
    await announcePublicChange(tx, { type: "breaking.changed" });
    return ok({ breakingUntil: expiry.until.toISOString() });
  });
}

/** Takes a story out of the bar before its time; clearing a story not in it changes nothing. */
export async function clearBreaking(db: Db, actor: Actor, id: string, now: Date = new Date()): Promise<Result<BreakingState>> {
  if (!can.markBreaking(actor)) return fail("forbidden", "breaking_editors_only");
  return storyTransaction(db, id, now, async (tx, article) => {
    if (article.breakingUntil === null) return ok({ breakingUntil: null });
    await tx.update(articles).set({ breakingUntil: null }).where(eq(articles.id, id));
    // A mark already over was taken off the bar by its job; only a live one is a clearing worth recording.
    if (isBreaking(article, now)) {
      await recordAudit(tx, {
        actorId: actor.id,
        action: "article.breaking_cleared",
        objectType: "article",
        objectId: id,
        before: { breakingUntil: article.breakingUntil.toISOString() },
        after: { breakingUntil: null },
        createdAt: now,
      });
    }
    await announcePublicChange(tx, { type: "breaking.changed" });
    return ok({ breakingUntil: null });
  });
}

/**
 * The expiry job: when the story's mark is the one this job was queued for
 * and its time is up, the story leaves the bar (recorded as the system's
 * act). A mark moved later or cleared meanwhile is left alone.
 */
export async function expireBreaking(db: Db, job: BreakingExpiryJob, now: Date = new Date()): Promise<"expired" | "not_due" | "superseded"> {
  const until = new Date(job.until);
  if (until.getTime() > now.getTime()) return "not_due";
  const outcome = await transact(db, async (tx) => {
    const article = await lockArticle(tx, job.articleId);
    if (!article || article.breakingUntil?.getTime() !== until.getTime()) return ok("superseded" as const);
    await tx.update(articles).set({ breakingUntil: null }).where(eq(articles.id, job.articleId));
    await recordAudit(tx, {
      action: "article.breaking_expired",
      objectType: "article",
      objectId: job.articleId,
      before: { breakingUntil: job.until },
      after: { breakingUntil: null },
      createdAt: now,
    });
    await announcePublicChange(tx, { type: "breaking.changed" });
    return ok("expired" as const);
  });
  return outcome.data;
}
