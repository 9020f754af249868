import PgBoss from "pg-boss";
import { connectDatabase } from "../client";
import { expireBreaking } from "../services/breaking-news";
import { expireHomePin } from "../services/home-slots";
import { remindDeadlines, sendQueuedNotificationMail, type NotificationMailItem } from "../services/notifications";
import { requeueOrphanedPublishJobs, runPublishJob } from "../services/scheduled";
import { BREAKING_QUEUE, type BreakingExpiryJob } from "./breaking-queue";
import { HOME_PIN_QUEUE, type HomePinExpiryJob } from "./home-queue";
import { PUBLISH_QUEUE, type PublishJob } from "./publish-queue";

export type RunningWorker = { stop: () => Promise<void> };

/** How often the worker asks for due jobs: a scheduled story goes out within this of its time. */
const POLL_SECONDS = 0.5;
/** How often one of the workers looks for jobs whose worker died (see PUBLISH_QUEUE_OPTIONS). */
const MAINTENANCE_SECONDS = 5;
const QUIET_ERRORS_MS = 30_000;
/** How often a worker looks for scheduled stories whose job is gone (failed for good, say). */
const REQUEUE_MS = 60_000;
/** How often a worker looks for deadlines within the hour, and for notification mail to send. */
const NOTIFY_MS = 5_000;

export type WorkerOptions = {
  /** Sends one queued notification e-mail; without it the outbox is left to a worker that has one. */
  mailNotification?: (item: NotificationMailItem) => Promise<unknown>;
};

/**
 * Publishes scheduled stories at their time, and takes stories out of the
 * breaking-news bar and out of their home-page slots at theirs. Runs inside `npm run dev` /
 * `npm start` and alone as `npm run worker`; any number of workers share the
 * queue, and pg-boss hands each job to one of them (SKIP LOCKED). A story
 * missed while no worker ran is simply due when one starts.
 */
export async function startJobWorker(databaseUrl: string, log: (line: string) => void = console.error, options: WorkerOptions = {}): Promise<RunningWorker> {
  const boss = new PgBoss({
    connectionString: databaseUrl,
    max: 2,
    migrate: false,
    schedule: false,
    supervise: true,
    maintenanceIntervalSeconds: MAINTENANCE_SECONDS,
  });
  // While the database is away pg-boss reports every poll; one line per half minute is enough.
  let quietUntil = 0;
  boss.on("error", (error: Error) => {
    if (Date.now() < quietUntil) return;
    quietUntil = Date.now() + QUIET_ERRORS_MS;
    log(`[worker] ${error.message}`);
  });
  await boss.start();
  const { db, close } = connectDatabase(databaseUrl, { max: 2 });
  const requeue = async () => {
    const queued = await requeueOrphanedPublishJobs(db);
    if (queued > 0) log(`[worker] queued ${queued} scheduled ${queued === 1 ? "story" : "stories"} whose publish job was gone.`);
  };
  await requeue();
  const requeueTimer = setInterval(() => void requeue().catch((error: Error) => log(`[worker] ${error.message}`)), REQUEUE_MS);
  const { mailNotification } = options;
  const notifyTimer = setInterval(
    () =>
      void (async () => {
        await remindDeadlines(db);
        if (mailNotification) while ((await sendQueuedNotificationMail(db, mailNotification)) > 0);
      })().catch((error: Error) => log(`[worker] notifications: ${error.message}`)),
    NOTIFY_MS,
  );
  await boss.work<PublishJob>(PUBLISH_QUEUE, { pollingIntervalSeconds: POLL_SECONDS, batchSize: 20 }, async (jobs) => {
    for (const job of jobs) {
      try {
        // pg-boss and the job read the same (database) clock, so a job handed out is due.
        if ((await runPublishJob(db, job.data)) === "not_due") throw new Error(`The job for story ${job.data.articleId} came before its time.`);
      } catch (error) {
        log(`[worker] story ${job.data.articleId} was not published, will retry: ${(error as Error).message}`);
        await boss.fail(PUBLISH_QUEUE, job.id, { message: (error as Error).message });
      }
    }
  });
  await boss.work<BreakingExpiryJob>(BREAKING_QUEUE, { pollingIntervalSeconds: POLL_SECONDS, batchSize: 20 }, async (jobs) => {
    for (const job of jobs) {
      try {
        if ((await expireBreaking(db, job.data)) === "not_due") throw new Error("the job came before its time");
      } catch (error) {
        log(`[worker] the breaking mark of story ${job.data.articleId} did not expire, will retry: ${(error as Error).message}`);
        await boss.fail(BREAKING_QUEUE, job.id, { message: (error as Error).message });
      }
    }
  });
  await boss.work<HomePinExpiryJob>(HOME_PIN_QUEUE, { pollingIntervalSeconds: POLL_SECONDS, batchSize: 20 }, async (jobs) => {
    for (const job of jobs) {
      try {
        if ((await expireHomePin(db, job.data)) === "not_due") throw new Error("the job came before its time");
      } catch (error) {
        log(`[worker] the home-page pin of story ${job.data.articleId} did not expire, will retry: ${(error as Error).message}`);
        await boss.fail(HOME_PIN_QUEUE, job.id, { message: (error as Error).message });
      }
    }
  });
  return {
    stop: async () => {
      clearInterval(requeueTimer);
      clearInterval(notifyTimer);
      await boss.stop({ graceful: true, wait: true, timeout: 5_000 });
      await close();
    },
  };
}
