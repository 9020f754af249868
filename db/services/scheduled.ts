import { eq, sql } from "drizzle-orm";
import { decideTransition } from "@/lib/workflow/policy";
import type { Db } from "../client";
import { enqueuePublish, PUBLISH_QUEUE, type PublishJob } from "../jobs/publish-queue";
import { authorIdsOf, lockArticle } from "../queries/articles";
import { recordAudit } from "../queries/audit";
import { announceIfCorrected } from "../queries/corrections";
import { announcePublicChange, storyAddress, storyAuthors } from "../queries/public-changes";
import { articles, type Article } from "../schema";
import { notifyStep } from "./notifications";

/** A schedule that fires this late or later is marked on the desk as published late. */
const LATE_AFTER_SECONDS = 60;

/**
 * Carries out a due schedule: the story is published, dated its scheduled
 * time, by the system, with an audit row dated that time too (and the moment
 * it actually went out). The queue's job does this at the time; anyone acting
 * on a locked story first settles it the same way, so edits and steps are
 * judged against what readers see. Returns the row as it now is.
 */
export async function settleDueSchedule(tx: Db, article: Article, now: Date): Promise<Article> {
  if (article.status !== "scheduled" || !article.publishAt || article.publishAt > now) return article;
  const decision = decideTransition("system", { status: article.status, authorIds: [] }, "published", { now });
  if (!decision.ok) return article;
  const lateSeconds = Math.floor((now.getTime() - article.publishAt.getTime()) / 1000);
  const [published] = await tx
    .update(articles)
    .set({
      status: "published",
      version: article.version + 1,
      liveRevisionId: article.workingRevisionId,
      firstPublishedAt: article.firstPublishedAt ?? article.publishAt,
      statusChangedAt: article.publishAt,
      statusReason: null,
      publishAt: null,
      scheduledJobId: null,
      publishedLateSeconds: lateSeconds >= LATE_AFTER_SECONDS ? lateSeconds : null,
      updatedAt: now,
    })
    .where(eq(articles.id, article.id))
    .returning();
  await recordAudit(tx, {
    action: `article.${decision.rule.label}`,
    objectType: "article",
    objectId: article.id,
    before: { status: article.status, version: article.version },
    after: { status: "published", version: article.version + 1, publishAt: article.publishAt.toISOString(), firedAt: now.toISOString(), lateSeconds },
    createdAt: article.publishAt,
  });
  await announcePublicChange(tx, {
    type: "story.published",
    storyId: article.id,
    address: await storyAddress(tx, article),
    authors: await storyAuthors(tx, article.id),
  });
  await announceIfCorrected(tx, article.id);
  await notifyStep(
    tx,
    decision.rule.label,
    { id: article.id, assignedEditorId: article.assignedEditorId, authorIds: await authorIdsOf(tx, article.id) },
    null,
    now,
  );
  return published ?? article;
}

export type PublishJobOutcome = "published" | "not_due" | "nothing_to_do";

/**
 * The queue's job for a scheduled story. It acts only while the story is
 * still scheduled for the job's time, under the story's row lock, so a job
 * run twice (a worker killed mid-job, two workers, a replaced schedule)
 * publishes once. Times are the database's, the clock pg-boss keeps too.
 */
export async function runPublishJob(db: Db, job: PublishJob, now?: Date): Promise<PublishJobOutcome> {
  return db.transaction(async (tx) => {
    const article = await lockArticle(tx, job.articleId);
    if (!article || article.status !== "scheduled" || article.publishAt?.toISOString() !== new Date(job.publishAt).toISOString()) return "nothing_to_do";
    const at = now ?? (await databaseNow(tx));
    if (article.publishAt > at) return "not_due";
    await settleDueSchedule(tx, article, at);
    return "published";
  });
}

async function databaseNow(tx: Db): Promise<Date> {
  const [row] = await tx.execute<{ ms: string | number }>(sql`select extract(epoch from now()) * 1000 as ms`);
  return new Date(Math.floor(Number(row!.ms)));
}

/**
 * Queues a new job for every scheduled story whose job is gone: never queued
 * (scheduled before the queue existed), failed for good, or archived. Workers
 * run it when they start and every minute; returns how many were queued.
 */
export async function requeueOrphanedPublishJobs(db: Db): Promise<number> {
  const orphans = await db.execute<{ id: string }>(sql`
    select a.id from ${articles} a
    left join pgboss.job j on j.id = a.scheduled_job_id and j.name = ${PUBLISH_QUEUE}
    where a.status = 'scheduled' and (j.id is null or j.state in ('completed', 'cancelled', 'failed'))`);
  let queued = 0;
  for (const { id } of orphans) {
    queued += await db.transaction(async (tx) => {
      const article = await lockArticle(tx, id);
      if (!article || article.status !== "scheduled" || !article.publishAt) return 0;
      const jobId = await enqueuePublish(tx, { articleId: id, publishAt: article.publishAt.toISOString() });
      await tx.update(articles).set({ scheduledJobId: jobId }).where(eq(articles.id, id));
      return 1;
    });
  }
  return queued;
}
