import { drizzle } from "drizzle-orm/postgres-js";
import type { PgDatabase } from "drizzle-orm/pg-core";
import type { PostgresJsQueryResultHKT } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema";

/** A database handle or an open transaction: queries accept either. */
export type Db = PgDatabase<PostgresJsQueryResultHKT, typeof schema>;

export type DatabaseConnection = { db: Db; close: () => Promise<void> };

/** Seconds before the `attempt`-th reconnection after the database went away. */
export function reconnectDelaySeconds(attempt: number): number {
  return Math.min(0.25 * attempt, 2);
}

export function connectDatabase(url: string, options: { max?: number } = {}): DatabaseConnection {
  const client = postgres(url, {
    max: options.max ?? 10,
    connect_timeout: 10,
    onnotice: () => {},
    // After an outage, back within a couple of seconds of the database (postgres.js's own backoff reaches 20 s).
    backoff: reconnectDelaySeconds,
  } as postgres.Options<Record<string, never>>);
  const db = drizzle(client, { schema });
  return { db, close: () => client.end({ timeout: 5 }) };
}

const APP_DATABASE = Symbol.for("newsroom.app-database");
type Holder = { [APP_DATABASE]?: DatabaseConnection };

/**
 * The app's own connection pool (db/index.ts), one per process: Next.js
 * bundles this module apart from the launcher, so it lives on the process.
 */
export function appDatabase(url: string): DatabaseConnection {
  return ((globalThis as Holder)[APP_DATABASE] ??= connectDatabase(url));
}

/** Ends the app's pool, if it was opened: the last step of a server's shutdown. */
export async function closeAppDatabase(): Promise<void> {
  const holder = globalThis as Holder;
  const connection = holder[APP_DATABASE];
  delete holder[APP_DATABASE];
  await connection?.close();
}
