import postgres from "postgres";

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

function record(reachable: boolean, now: number): DatabaseStatus | null {
  const holder = globalThis as Holder;
  const previous = holder[KEY];
  if (previous?.reachable === reachable) return null;
  holder[KEY] = { reachable, since: now };
  return previous ?? null;
}

/**
 * Asks the database every `intervalMs` whether it answers, so the desk can
 * say "database unavailable, retrying" (503) instead of failing page by page,
 * and knows at once when it is back.
 */
export function watchDatabase(databaseUrl: string, intervalMs = 1000): { stop: () => Promise<void> } {
  const client = postgres(databaseUrl, { max: 1, connect_timeout: 2, idle_timeout: 0, onnotice: () => {} });
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const check = async () => {
    const reachable = await Promise.race([
      client`select 1`.then(() => true, () => false),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), intervalMs * 2)),
    ]);
    if (stopped) return;
    const now = Date.now();
    const previous = record(reachable, now);
    if (previous && !reachable) console.error("[database] not answering; the desk shows a retry page until it is back.");
    if (previous && reachable) console.error(`[database] back after ${Math.round((now - previous.since) / 1000)} s.`);
    timer = setTimeout(check, intervalMs);
  };
  void check();
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await client.end({ timeout: 1 });
    },
  };
}
