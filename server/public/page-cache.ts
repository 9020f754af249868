import { TaggedStore } from "@/lib/cache/tagged-store";
import { env } from "@/lib/env";

/** What the cache keeps per key: Next.js's own value, and the lifetime it was stored with. */
export type PageCacheValue = { data: unknown; revalidateSeconds: number | false; cacheControl?: unknown };

const KEY = Symbol.for("newsroom.public-page-cache");

type Holder = { [KEY]?: TaggedStore<PageCacheValue> };

/**
 * The one page and data cache of this process. Next.js loads the cache
 * handler (cache-handler.ts) in a module graph of its own, and the listener
 * that carries invalidations between instances is started by our server, so
 * both find the cache here, on the process.
 */
export function publicPageCache(): TaggedStore<PageCacheValue> {
  const holder = globalThis as Holder;
  if (!holder[KEY]) {
    holder[KEY] = new TaggedStore<PageCacheValue>({ maxBytes: env().NEWSROOM_PAGE_CACHE_MB * 1024 * 1024 });
  }
  return holder[KEY];
}
