import postgres from "postgres";
import { reconnectDelaySeconds } from "@/db/client";
import { recordDatabaseStatus } from "./database-status";

/**
 * Asks the database every `intervalMs` whether it answers, so the desk can
 * say "database unavailable, retrying" (503) instead of failing page by page,
 * and knows at once when it is back.
 */
export function watchDatabase(databaseUrl: string, intervalMs = 1000): { stop: () => Promise<void> } {
  const client = postgres(databaseUrl, { max: 1, connect_timeout: 2, idle_timeout: 0, onnotice: () => {}, backoff: reconnectDelaySeconds } as postgres.Options<
    Record<string, never>
  >);
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const check = async () => {
    const reachable = await Promise.race([
      client`select 1`.then(
        () => true,
        () => false,
      ),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), intervalMs * 2)),
    ]);
    if (stopped) return;
    const now = Date.now();
    const previous = recordDatabaseStatus(reachable, now);
    if (previous && !reachable) console.error("[database] not answering; the desk shows a retry page until it is back.");
    if (previous && reachable) console.error(`[database] back after ${Math.round((now - previous.since) / 1000)} s.`);
    // check never rejects (an unanswered query counts as down): each run schedules the next.
    timer = setTimeout(() => void check(), intervalMs);
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
