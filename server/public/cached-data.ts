import "server-only";
import { unstable_cache } from "next/cache";
import { PHASE_PRODUCTION_BUILD } from "next/constants";
import { getDb } from "@/db";
import {
  findBylineNames,
  findPublicSections,
  findPublicStory,
  findStoryCards,
  listLatestStoryIds,
  resolveStoryAddress,
  type PublicSection,
  type PublicStory,
  type PublicStoryCard,
} from "@/db/queries/public-stories";
import { publicTags as t } from "@/lib/site/public-tags";

/**
 * Public data, each read cached under the tags of what it depends on. A page
 * built from these calls carries all their tags, so the invalidation of one
 * story, section or person reaches exactly the pages that show it. Results
 * pass through JSON: dates travel as ISO strings.
 */

/** A safety net under exact invalidation: public data is read again at least this often. */
const PUBLIC_REVALIDATE_SECONDS = 3600;

export type Card = Omit<PublicStoryCard, "publishedAt"> & { publishedAt: string | null };
export type Story = Omit<PublicStory, "publishedAt"> & { publishedAt: string | null };
export type Section = PublicSection;

// `next build` prerenders the home page without a database. What it makes is
// never served: the production server's cache starts empty (cache-handler.ts)
// and renders each page on its first request.
const building = process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD;
// `next dev` would keep these reads in its own cache, which no change feed reaches:
// development reads fresh every time.
const developing = process.env.NODE_ENV === "development";

function cached<T>(key: string[], tags: string[], read: () => Promise<T>, whileBuilding: T): Promise<T> {
  if (building) return Promise.resolve(whileBuilding);
  if (developing) return read();
  return unstable_cache(read, key, { tags, revalidate: PUBLIC_REVALIDATE_SECONDS })();
}

function withIsoDate<T extends { publishedAt: Date | null }>(row: T): Omit<T, "publishedAt"> & { publishedAt: string | null } {
  return { ...row, publishedAt: row.publishedAt?.toISOString() ?? null };
}

/** The id of the story an address belongs to, now or before it moved. */
export function storyIdAt(sectionSlug: string, slug: string): Promise<string | null> {
  return cached(
    ["address", sectionSlug, slug],
    [t.address(sectionSlug, slug), t.sectionPath(sectionSlug)],
    () => resolveStoryAddress(getDb(), sectionSlug, slug),
    null,
  );
}

export function publicStory(id: string): Promise<Story | null> {
  return cached(
    ["story", id],
    [t.story(id)],
    async () => {
      const story = await findPublicStory(getDb(), id);
      return story && withIsoDate(story);
    },
    null,
  );
}

export function storyCards(ids: readonly string[]): Promise<Card[]> {
  return cached(["cards", ...ids], ids.map(t.story), async () => (await findStoryCards(getDb(), ids)).map(withIsoDate), []);
}

export function latestStoryIds(): Promise<string[]> {
  return cached(["latest"], [t.latest], () => listLatestStoryIds(getDb()), []);
}

export function sectionsById(ids: readonly string[]): Promise<Section[]> {
  const unique = [...new Set(ids)].sort();
  return cached(["sections", ...unique], unique.map(t.section), () => findPublicSections(getDb(), unique), []);
}

export function bylineNames(ids: readonly string[]): Promise<{ id: string; name: string }[]> {
  return cached(["bylines", ...ids], ids.map(t.person), () => findBylineNames(getDb(), ids), []);
}
