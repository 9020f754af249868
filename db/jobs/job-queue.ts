import PgBoss from "pg-boss";
import type postgres from "postgres";
import type { Db } from "../client";

/**
 * Background work runs on pg-boss, a job queue kept in PostgreSQL
 * (docs/architecture.md says why). Jobs are queued, replaced or cancelled in
 * the same transaction as the change that asks for them, so the two never
 * disagree.
 */

/** pg-boss's SQL, run on one of our connections or inside one of our transactions. */
export function jobExecutor(db: Db): PgBoss.Db {
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

// Builds pg-boss's statements for the calls that queue jobs; each runs them on the `db` it is given.
let planner: PgBoss | undefined;
export function jobPlanner(): PgBoss {
  planner ??= new PgBoss({
    db: {
      executeSql: () => {
        throw new Error("pg-boss calls from the app must name the connection to run on.");
      },
    },
  });
  return planner;
}

/** A queue's name and pg-boss options, as installJobQueues creates it. */
export type QueueDefinition = { name: string; options: Omit<PgBoss.Queue, "name"> };

/** Creates pg-boss's schema (its own migrations) and our queues; safe to run from several processes at once. */
export async function installJobQueues(url: string, queues: QueueDefinition[]): Promise<void> {
  const boss = new PgBoss({ connectionString: url, max: 1, supervise: false, schedule: false, migrate: true });
  boss.on("error", () => {});
  await boss.start();
  try {
    for (const queue of queues) if (!(await boss.getQueue(queue.name))) await boss.createQueue(queue.name, { name: queue.name, ...queue.options });
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}
