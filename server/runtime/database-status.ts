/** Whether this process can reach its database, as last checked. */
export type DatabaseStatus = { reachable: boolean; since: number };

const KEY = Symbol.for("newsroom.database-status");
type Holder = { [KEY]?: DatabaseStatus };

/**
 * The last known status, or undefined when nothing watches (development).
 * Read by proxy.ts, which Next.js bundles apart from our server, so the status
 * lives on the process.
 */
export function databaseStatus(): DatabaseStatus | undefined {
  return (globalThis as Holder)[KEY];
}

/** Records a check's outcome; returns the previous status when it changed. */
export function recordDatabaseStatus(reachable: boolean, now: number): DatabaseStatus | null {
  const holder = globalThis as Holder;
  const previous = holder[KEY];
  if (previous?.reachable === reachable) return null;
  holder[KEY] = { reachable, since: now };
  return previous ?? null;
}
