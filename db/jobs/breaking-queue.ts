import type { Db } from "../client";
import { jobExecutor, jobPlanner, type QueueDefinition } from "./job-queue";

/**
 * The end of a story's time in the breaking-news bar: at that moment a job
 * takes it out and tells every instance's page cache, since cached pages do
 * not know the time. A mark replaced or cleared before then leaves its job to
 * find nothing to do.
 */
export const BREAKING_QUEUE = "breaking-expiry";

export type BreakingExpiryJob = { articleId: string; until: string };

export const breakingQueue: QueueDefinition = { name: BREAKING_QUEUE, options: { retryLimit: 1_000, retryDelay: 5, expireInSeconds: 15 } };

export async function enqueueBreakingExpiry(tx: Db, job: BreakingExpiryJob): Promise<void> {
  await jobPlanner().send(BREAKING_QUEUE, job, { startAfter: new Date(job.until), db: jobExecutor(tx) });
}
