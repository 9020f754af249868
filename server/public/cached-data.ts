import "server-only";
import { unstable_cache } from "next/cache";
import { PHASE_PRODUCTION_BUILD } from "next/constants";
import { getPublicDb } from "@/db";
import { readAgainOnConnectionLoss } from "@/db/unavailable";
import { listPublicCorrections } from "@/db/queries/corrections";
import {
  findAuthorIdBySlug,
  findBylineNames,
  findPublicSections,
  findPublicStory,
  findSectionForPath,
  findStoryCards,
  listAuthorStoryIds,
  listBreakingStoryIds,
  listHomePins,
  listVisibleSections,
  listLatestStoryIds,
  listNewsSitemapStories,
  listSectionStoryIds,
  listSitemapMonths,
  listSitemapStories,
  resolveStoryAddress,
  type PublicSection,
  type PublicStory,
  type PublicStoryCard,
} from "@/db/queries/public-stories";
import type { Position } from "@/lib/pagination/cursor";
import { publicTags as t } from "@/lib/site/public-tags";

/**
 * Public data, each read cached under the tags of what it depends on. A page
 * built from these calls carries all their tags, so the invalidation of one
 * story, section or person reaches exactly the pages that show it. Results
 * pass through JSON: dates travel as ISO strings.
 */

/** A safety net under exact invalidation: public data is read again at least this often. */
const PUBLIC_REVALIDATE_SECONDS = 3600;

/** Stories on a section's page, and on each page of older ones. */
const SECTION_PAGE_SIZE = 20;

export type Card = Omit<PublicStoryCard, "publishedAt"> & { publishedAt: string | null };
export type Story = Omit<PublicStory, "publishedAt" | "updatedAt" | "corrections" | "datelineAt"> & {
  publishedAt: string | null;
  datelineAt: string | null;
  updatedAt: string;
  corrections: { text: string; at: string }[];
};
export type Section = PublicSection;

// `next build` prerenders the home page without a database. What it makes is
// never served: the production server's cache starts empty (cache-handler.ts)
// and renders each page on its first request.
const building = process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD;
// `next dev` would keep these reads in its own cache, which no change feed reaches:
// development reads fresh every time.
const developing = process.env.NODE_ENV === "development";

function cached<T>(key: string[], tags: string[], read: () => Promise<T>, whileBuilding: T, revalidate = PUBLIC_REVALIDATE_SECONDS): Promise<T> {
  if (building) return Promise.resolve(whileBuilding);
  if (developing) return read();
  // After a database restart a reader should not get an error page for a connection that died idle.
  return unstable_cache(() => readAgainOnConnectionLoss(read), key, { tags, revalidate })();
}

function withIsoDate<T extends { publishedAt: Date | null }>(row: T): Omit<T, "publishedAt"> & { publishedAt: string | null } {
  return { ...row, publishedAt: row.publishedAt?.toISOString() ?? null };
}

/** The id of the story an address belongs to, now or before it moved. */
export function storyIdAt(sectionSlug: string, slug: string): Promise<string | null> {
  return cached(
    ["address", sectionSlug, slug],
    [t.address(sectionSlug, slug), t.sectionPath(sectionSlug)],
    () => resolveStoryAddress(getPublicDb(), sectionSlug, slug),
    null,
  );
}

export function publicStory(id: string): Promise<Story | null> {
  return cached(
    ["story", id],
    [t.story(id)],
    async () => {
      const story = await findPublicStory(getPublicDb(), id);
      return (
        story && {
          ...withIsoDate(story),
          updatedAt: story.updatedAt.toISOString(),
          datelineAt: story.datelineAt?.toISOString() ?? null,
          corrections: story.corrections.map((c) => ({ text: c.text, at: c.at.toISOString() })),
        }
      );
    },
    null,
  );
}

export function storyCards(ids: readonly string[]): Promise<Card[]> {
  return cached(["cards", ...ids], ids.map(t.story), async () => (await findStoryCards(getPublicDb(), ids)).map(withIsoDate), []);
}

/** The section an address's first segment names, now or before it moved. */
export function sectionIdAt(sectionSlug: string): Promise<string | null> {
  return cached(
    ["section-at", sectionSlug],
    [t.sectionPath(sectionSlug)],
    async () => (await findSectionForPath(getPublicDb(), sectionSlug))?.id ?? null,
    null,
  );
}

/** A page of a section's stories, newest first, from a position (checked by the caller) or the top. */
export function sectionStoryPage(
  sectionId: string,
  after: Position<"uuid"> | null,
  size = SECTION_PAGE_SIZE,
): Promise<{ ids: string[]; next: Position<"uuid"> | null }> {
  return cached(
    ["section-page", sectionId, String(size), after?.key ?? "", after?.id ?? ""],
    [t.sectionList(sectionId)],
    () => listSectionStoryIds(getPublicDb(), sectionId, after, size),
    { ids: [], next: null },
  );
}

/** Stories' corrections on the corrections page, and on each page of older ones. */
const CORRECTIONS_PAGE_SIZE = 20;

/** A page of every published story's corrections, newest first (dates as ISO text). */
export function correctionsPage(
  after: Position<"uuid"> | null,
): Promise<{ items: { id: string; storyId: string; text: string; at: string }[]; next: Position<"uuid"> | null }> {
  return cached(
    ["corrections", after?.key ?? "", after?.id ?? ""],
    [t.corrections],
    async () => {
      const page = await listPublicCorrections(getPublicDb(), after, CORRECTIONS_PAGE_SIZE);
      return { items: page.items.map((c) => ({ ...c, at: c.at.toISOString() })), next: page.next };
    },
    { items: [], next: null },
  );
}

/** The stories in the breaking-news bar (their cards carry their own tags). */
export function breakingStoryIds(): Promise<string[]> {
  return cached(["breaking"], [t.breaking], () => listBreakingStoryIds(getPublicDb()), []);
}

/** The stories pinned to the home page's slots (their cards carry their own tags). */
export function homePins(): Promise<{ id: string; slot: number }[]> {
  return cached(["home-pins"], [t.home], () => listHomePins(getPublicDb()), []);
}

/** The sections readers see, in order: the navigation and the home page's rails. */
export function visibleSections(): Promise<Section[]> {
  return cached(["visible-sections"], [t.sections], () => listVisibleSections(getPublicDb()), []);
}

export function latestStoryIds(limit = 30): Promise<string[]> {
  return cached(["latest", String(limit)], [t.latest], () => listLatestStoryIds(getPublicDb(), limit), []);
}

export function sectionsById(ids: readonly string[]): Promise<Section[]> {
  const unique = [...new Set(ids)].sort();
  return cached(["sections", ...unique], unique.map(t.section), () => findPublicSections(getPublicDb(), unique), []);
}

export function bylineNames(ids: readonly string[]): Promise<{ id: string; name: string; slug: string }[]> {
  return cached(["bylines", ...ids], ids.map(t.person), () => findBylineNames(getPublicDb(), ids), []);
}

/** The person an author page's address names; the address never changes hands (lib/arabic/slug, db/queries/author-slugs). */
export function authorIdAt(slug: string): Promise<string | null> {
  return cached(["author-at", slug], [t.authorPath(slug)], () => findAuthorIdBySlug(getPublicDb(), slug), null);
}

/** A page of a person's published stories, newest first, from a position (checked by the caller) or the top. */
export function authorStoryPage(userId: string, after: Position<"uuid"> | null): Promise<{ ids: string[]; next: Position<"uuid"> | null }> {
  return cached(
    ["author-page", userId, after?.key ?? "", after?.id ?? ""],
    [t.authorList(userId)],
    () => listAuthorStoryIds(getPublicDb(), userId, after, SECTION_PAGE_SIZE),
    { ids: [], next: null },
  );
}

/** The months with published stories, for the sitemaps (dates as ISO text, as every cached read returns them). */
export function sitemapMonths(): Promise<{ year: number; month: number; count: number; lastmod: string }[]> {
  return cached(
    ["sitemap-months"],
    [t.sitemaps],
    async () => (await listSitemapMonths(getPublicDb())).map((m) => ({ ...m, lastmod: m.lastmod.toISOString() })),
    [],
  );
}

export function sitemapStories(year: number, month: number, offset: number, limit: number): Promise<{ sectionSlug: string; slug: string; lastmod: string }[]> {
  return cached(
    ["sitemap-stories", String(year), String(month), String(offset), String(limit)],
    [t.sitemaps],
    async () => (await listSitemapStories(getPublicDb(), year, month, offset, limit)).map((s) => ({ ...s, lastmod: s.lastmod.toISOString() })),
    [],
  );
}

/** Seconds a news sitemap is kept: stories leave it 48 hours after publication, which no change announces. */
const NEWS_SITEMAP_REVALIDATE_SECONDS = 600;

export function newsSitemapStories(
  since: Date,
  limit: number,
): Promise<{ sectionSlug: string; slug: string; headline: string; language: "ar" | "en"; publishedAt: string }[]> {
  // Keyed by the hour, so one cached read serves every request until the window has moved on.
  const hour = new Date(Math.floor(since.getTime() / 3_600_000) * 3_600_000);
  return cached(
    ["news-sitemap", hour.toISOString(), String(limit)],
    [t.sitemaps],
    async () => (await listNewsSitemapStories(getPublicDb(), hour, limit)).map((s) => ({ ...s, publishedAt: s.publishedAt.toISOString() })),
    [],
    NEWS_SITEMAP_REVALIDATE_SECONDS,
  );
}
