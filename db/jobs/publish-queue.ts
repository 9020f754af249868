import PgBoss from "pg-boss";
import type postgres from "postgres";
import type { Db } from "../client";

/**
 * Scheduled publishing runs on pg-boss, a job queue kept in PostgreSQL
 * (docs/architecture.md says why). A story's job is queued, replaced or
 * cancelled in the same transaction that schedules or unschedules it, so the
 * story and its job never disagree.
 */
export const PUBLISH_QUEUE = "publish-scheduled";

export type PublishJob = { articleId: string; publishAt: string };

/**
 * A worker killed mid-job leaves its job active; pg-boss hands it to another
 * worker once it expires. Publishing takes milliseconds, and a second run of
 * a job finds the story already out and does nothing.
 */
const PUBLISH_QUEUE_OPTIONS = { retryLimit: 1_000, retryDelay: 5, expireInSeconds: 15 } as const;

/** pg-boss's SQL, run on one of our connections or inside one of our transactions. */
function jobExecutor(db: Db): PgBoss.Db {
  // A Drizzle database or transaction over postgres.js exposes its connection as `_.session.client`.
  const { client } = db._.session as unknown as { client: postgres.Sql };
  return {
    executeSql: async (text, values = []) => {
      // pg-boss leaves JSON (job data) to the driver to encode; postgres.js wants it as text here.
      const params = values.map((v: unknown) =>
        v !== null && typeof v === "object" && !(v instanceof Date) && !Array.isArray(v) ? JSON.stringify(v) : (v ?? null),
      );
      return { rows: await client.unsafe(text, params as postgres.ParameterOrJSON<never>[]) };
    },
  };
}

// Builds pg-boss's statements for the calls below; each runs them on the `db` it is given.
let planner: PgBoss | undefined;
function queue(): PgBoss {
  planner ??= new PgBoss({
    db: {
      executeSql: () => {
        throw new Error("pg-boss calls from the app must name the connection to run on.");
      },
    },
  });
  return planner;
}

/** Queues the job that will publish a scheduled story at its time; returns the job's id. */
export async function enqueuePublish(tx: Db, job: PublishJob): Promise<string> {
  const id = await queue().send(PUBLISH_QUEUE, job, { startAfter: new Date(job.publishAt), db: jobExecutor(tx) });
  if (!id) throw new Error(`The publish job for story ${job.articleId} was not queued.`);
  return id;
}

/** Cancels a story's queued publish job (unscheduled or rescheduled); a job already done stays done. */
export async function cancelPublish(tx: Db, jobId: string): Promise<void> {
  await queue().cancel(PUBLISH_QUEUE, jobId, { db: jobExecutor(tx) });
}

/** Creates pg-boss's schema (its own migrations) and our queue; safe to run from several processes at once. */
export async function installJobQueue(url: string): Promise<void> {
  const boss = new PgBoss({ connectionString: url, max: 1, supervise: false, schedule: false, migrate: true });
  boss.on("error", () => {});
  await boss.start();
  try {
    if (!(await boss.getQueue(PUBLISH_QUEUE))) await boss.createQueue(PUBLISH_QUEUE, { name: PUBLISH_QUEUE, ...PUBLISH_QUEUE_OPTIONS });
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}
