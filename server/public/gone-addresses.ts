import "server-only";
import { getPublicDb } from "@/db";
import { isUnpublishedAt } from "@/db/queries/public-stories";
import { publicTags as t } from "@/lib/site/public-tags";
import { publicPageCache } from "./page-cache";

// `next dev` runs without the feed of changes that keeps the cache right: it asks every time.
const developing = process.env.NODE_ENV === "development";

/**
 * Whether a story address belongs to a story taken off the site (410 Gone).
 * Asked by the proxy for every two-segment public address, so the answer is
 * kept in the public cache under the address's tags: publishing, unpublishing
 * or moving the story expires it like the page itself.
 */
export async function isGoneAddress(sectionSlug: string, slug: string): Promise<boolean> {
  if (developing) return isUnpublishedAt(getPublicDb(), sectionSlug, slug);
  const cache = publicPageCache();
  const key = `gone:${JSON.stringify([sectionSlug, slug])}`;
  const hit = cache.get(key);
  if (hit && !cache.isStale(hit)) return hit.value.data === true;
  cache.noteRender(key);
  const gone = await isUnpublishedAt(getPublicDb(), sectionSlug, slug);
  cache.set(key, { data: gone, revalidateSeconds: false }, [t.address(sectionSlug, slug), t.sectionPath(sectionSlug)], key.length * 2 + 64);
  return gone;
}
