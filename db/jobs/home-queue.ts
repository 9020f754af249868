import type { Db } from "../client";
import { jobExecutor, jobPlanner, type QueueDefinition } from "./job-queue";

/**
 * The end of a story's pin to the home page: at that moment a job takes it
 * out of its slot and tells every instance's page cache, since a cached home
 * page does not know the time. A pin replaced or removed before then leaves
 * its job to find nothing to do.
 */
export const HOME_PIN_QUEUE = "home-pin-expiry";

export type HomePinExpiryJob = { articleId: string; until: string };

export const homePinQueue: QueueDefinition = { name: HOME_PIN_QUEUE, options: { retryLimit: 1_000, retryDelay: 5, expireInSeconds: 15 } };

export async function enqueueHomePinExpiry(tx: Db, job: HomePinExpiryJob): Promise<void> {
  await jobPlanner().send(HOME_PIN_QUEUE, job, { startAfter: new Date(job.until), db: jobExecutor(tx) });
}
