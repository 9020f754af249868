import type { Db } from "../client";
import { jobExecutor, jobPlanner, type QueueDefinition } from "./job-queue";

/** Scheduled publishing: a story's job is queued when it is scheduled and cancelled when it is not. */
export const PUBLISH_QUEUE = "publish-scheduled";

export type PublishJob = { articleId: string; publishAt: string };

/**
 * A worker killed mid-job leaves its job active; pg-boss hands it to another
 * worker once it expires. Publishing takes milliseconds, and a second run of
 * a job finds the story already out and does nothing.
 */
export const publishQueue: QueueDefinition = { name: PUBLISH_QUEUE, options: { retryLimit: 1_000, retryDelay: 5, expireInSeconds: 15 } };

/** Queues the job that will publish a scheduled story at its time; returns the job's id. */
export async function enqueuePublish(tx: Db, job: PublishJob): Promise<string> {
  const id = await jobPlanner().send(PUBLISH_QUEUE, job, { startAfter: new Date(job.publishAt), db: jobExecutor(tx) });
  if (!id) throw new Error(`The publish job for story ${job.articleId} was not queued.`);
  return id;
}

/** Cancels a story's queued publish job (unscheduled or rescheduled); a job already done stays done. */
export async function cancelPublish(tx: Db, jobId: string): Promise<void> {
  await jobPlanner().cancel(PUBLISH_QUEUE, jobId, { db: jobExecutor(tx) });
}
