import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { breakingQueue } from "./jobs/breaking-queue";
import { homePinQueue } from "./jobs/home-queue";
import { installJobQueues } from "./jobs/job-queue";
import { publishQueue } from "./jobs/publish-queue";
import { DatabaseSetupError } from "./runtime/errors";
import * as schema from "./schema";
import { backfillSearchDocuments } from "./search-backfill";

const MIGRATIONS_FOLDER = fileURLToPath(new URL("./migrations", import.meta.url));

// Any number of app instances may start at once; one applies the migrations.
const MIGRATION_LOCK = 7_301_962_014;

/**
 * Applies pending migrations, builds the search documents they call for
 * (db/search-backfill.ts) and installs the job queue; safe to call from
 * several processes at once.
 */
export async function migrateDatabase(url: string): Promise<void> {
  const client = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 10 });
  const db = drizzle(client, { schema });
  try {
    await db.execute(sql`select pg_advisory_lock(${MIGRATION_LOCK})`);
    try {
      await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
    } catch (error) {
      // All pending migrations run in one transaction, so nothing was half-applied.
      const cause = (error as { cause?: { message?: string } }).cause?.message ?? (error as Error).message;
      throw new DatabaseSetupError(`The database migrations failed and were rolled back: ${cause}`);
    }
    const indexed = await backfillSearchDocuments(db);
    if (indexed > 0) console.log(`Search: indexed ${indexed} revision(s).`);
    await installJobQueues(url, [publishQueue, breakingQueue, homePinQueue]);
  } finally {
    await db.execute(sql`select pg_advisory_unlock(${MIGRATION_LOCK})`).catch(() => undefined);
    await client.end({ timeout: 5 });
  }
}
