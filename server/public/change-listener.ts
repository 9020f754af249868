import postgres from "postgres";
import { reconnectDelaySeconds } from "@/db/client";
import { parsePublicChangeMessage, PUBLIC_CHANGES_CHANNEL } from "@/db/queries/public-changes";

export type ChangeListener = { stop: () => Promise<void> };

type Target = { expireTags: (tags: string[]) => unknown; markAllStale: () => void };

/**
 * Keeps this instance's public cache in step with every change committed by
 * any instance or worker: each notification expires its tags. postgres.js
 * re-subscribes after the connection drops; notifications sent meanwhile are
 * lost, so on every re-subscription the whole cache is marked stale (served
 * once more while it is rendered again, see lib/cache/tagged-store.ts).
 */
export async function listenForPublicChanges(databaseUrl: string, cache: Target): Promise<ChangeListener> {
  const client = postgres(databaseUrl, {
    max: 1,
    onnotice: () => {},
    backoff: reconnectDelaySeconds,
  } as postgres.Options<Record<string, never>>);
  let subscribed = false;
  await client.listen(
    PUBLIC_CHANGES_CHANNEL,
    (payload) => cache.expireTags(parsePublicChangeMessage(payload)),
    () => {
      if (subscribed) cache.markAllStale();
      subscribed = true;
    },
  );
  return { stop: () => client.end({ timeout: 2 }) };
}
