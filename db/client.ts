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

const APP_DATABASES = Symbol.for("newsroom.app-databases");
type Holder = { [APP_DATABASES]?: Map<string, DatabaseConnection> };

/**
 * The pools the reading public and the desk use. Readers get a small pool
 * of their own: a burst of first renders (old stories, say) then waits for
 * its own connections and never holds up an editor's save, and the desk's
 * pool always has room for writes.
 */
const POOL_SIZES = { desk: 10, public: 4 } as const;
export type Pool = keyof typeof POOL_SIZES;

/**
 * One of the app's own connection pools (db/index.ts), one per process:
 * Next.js bundles this module apart from the launcher, so they live on the
 * process.
 */
export function appDatabase(url: string, pool: Pool): DatabaseConnection {
  const pools = ((globalThis as Holder)[APP_DATABASES] ??= new Map());
  let connection = pools.get(pool);
  if (!connection) pools.set(pool, (connection = connectDatabase(url, { max: POOL_SIZES[pool] })));
  return connection;
}

/** Ends the app's pools, if they were opened: the last step of a server's shutdown. */
export async function closeAppDatabase(): Promise<void> {
  const holder = globalThis as Holder;
  const pools = holder[APP_DATABASES];
  delete holder[APP_DATABASES];
  await Promise.all([...(pools?.values() ?? [])].map((connection) => connection.close()));
}
