import { and, asc, count, desc, eq, inArray, isNotNull, isNull, max, or, sql, type SQL } from "drizzle-orm";
import type { StoredPicture } from "@/lib/media/picture";
import { bodyPictureIds, picturesShown } from "@/lib/media/uses";
import type { Position } from "@/lib/pagination/cursor";
import type { RichTextDocument } from "@/lib/richtext/schema";
import type { Db } from "../client";
import { instantKey, keysetAfter, keysetOrderBy, type KeysetOrder } from "./keyset";
import { authorStoriesCursor, sectionStoriesCursor } from "@/lib/site/cursors";
import { articleAuthors, articleSlugs, articles, corrections, media, revisions, sectionSlugs, sections, users } from "../schema";

/**
 * What readers may see, one small query per kind of data. The public pages
 * read each through a cache tagged with what it depends on
 * (server/public/cached-data.ts), so the queries return plain data only:
 * a story names its section and authors by id, never by their names.
 */

export type PublicStoryCard = {
  id: string;
  slug: string;
  sectionId: string;
  language: "ar" | "en";
  publishedAt: Date | null;
  headline: string;
  dek: string | null;
  /** The featured picture, when it names one the library still has. */
  picture: StoredPicture | null;
};

/** `updatedAt`: when the text readers see was published (the first publication, or the latest update). */
export type PublicStory = PublicStoryCard & {
  body: RichTextDocument;
  authorIds: string[];
  updatedAt: Date;
  /** Its published corrections, oldest first. */
  corrections: { text: string; at: Date }[];
  /** When the source says it was filed (an imported wire dateline). */
  datelineAt: Date | null;
  /** The pictures its body places, by library id (a plain object: it goes through the data cache as JSON). */
  bodyPictures: Record<string, StoredPicture>;
};

/** Library pictures as readers get them, by id: description and variants' keys (never the original's); ones the library lost are left out. */
export async function publicPictures(db: Db, ids: readonly string[]): Promise<Record<string, StoredPicture>> {
  if (ids.length === 0) return {};
  const rows = await db
    .select({
      id: media.id,
      width: media.width,
      height: media.height,
      alt: media.alt,
      decorative: media.decorative,
      caption: media.caption,
      credit: media.credit,
      language: media.language,
      variants: media.variants,
    })
    .from(media)
    .where(inArray(media.id, [...ids]));
  return Object.fromEntries(
    rows.map(({ id, variants, ...row }) => [id, { ...row, variants: variants.map(({ format, width, height, key }) => ({ format, width, height, key })) }]),
  );
}

export type PublicSection = { id: string; slug: string; nameAr: string; nameEn: string; hidden: boolean };

const sectionColumns = { id: sections.id, slug: sections.slug, nameAr: sections.nameAr, nameEn: sections.nameEn, hidden: sections.hidden };

export function storyPath(story: { sectionSlug: string; slug: string }): string {
  return `/${encodeURIComponent(story.sectionSlug)}/${encodeURIComponent(story.slug)}`;
}

// A scheduled story is live from its time on, even in the moment before the job
// flips its state; until then its working revision is the approved text that will go out.
const isScheduledAndDue = sql`(${articles.status} = 'scheduled' and ${articles.publishAt} <= now())`;
const readerRevisionId = sql`case when ${isScheduledAndDue} then ${articles.workingRevisionId} else ${articles.liveRevisionId} end`;
const readerPublishedAt = sql<Date | null>`coalesce(${articles.firstPublishedAt}, ${articles.publishAt})`.mapWith(articles.firstPublishedAt);
/** What readers may see: published stories, and scheduled ones whose time has come. */
export const isPublic = or(eq(articles.status, "published"), isScheduledAndDue);
const cardColumns = {
  id: articles.id,
  slug: articles.slug,
  sectionId: articles.sectionId,
  language: articles.language,
  publishedAt: readerPublishedAt,
  headline: revisions.headline,
  dek: revisions.dek,
};

/**
 * Published stories (and scheduled ones whose time has come), through the
 * revision meant for readers only. Every public query starts here, so none
 * can forget the rule.
 */
function published(db: Db, condition?: SQL) {
  return db
    .select({ ...cardColumns, featuredImageId: revisions.featuredImageId })
    .from(articles)
    .innerJoin(revisions, eq(revisions.id, readerRevisionId))
    .where(and(isPublic, condition))
    .$dynamic();
}

/** The newest published stories' ids, newest first. */
export async function listLatestStoryIds(db: Db, limit = 30): Promise<string[]> {
  const rows = await db.select({ id: articles.id }).from(articles).where(isPublic).orderBy(desc(readerPublishedAt), desc(articles.id)).limit(limit);
  return rows.map((r) => r.id);
}

/** The stories in the breaking-news bar now, the latest to end first; a few at most. */
export async function listBreakingStoryIds(db: Db, limit = 3): Promise<string[]> {
  const rows = await db
    .select({ id: articles.id })
    .from(articles)
    .where(and(isPublic, sql`${articles.breakingUntil} > now()`))
    .orderBy(desc(articles.breakingUntil), desc(articles.id))
    .limit(limit);
  return rows.map((r) => r.id);
}

/** The stories editors pinned to the home page whose pins still hold, with their slots. */
export async function listHomePins(db: Db): Promise<{ id: string; slot: number }[]> {
  const rows = await db
    .select({ id: articles.id, slot: articles.homeSlot })
    .from(articles)
    .where(and(isPublic, isNotNull(articles.homeSlot), or(isNull(articles.homeUntil), sql`${articles.homeUntil} > now()`)))
    .orderBy(asc(articles.homeSlot));
  return rows.flatMap((r) => (r.slot === null ? [] : [{ id: r.id, slot: r.slot }]));
}

/** The sections readers see, in the order admins gave them. */
export async function listVisibleSections(db: Db): Promise<PublicSection[]> {
  return db.select(sectionColumns).from(sections).where(eq(sections.hidden, false)).orderBy(asc(sections.position), asc(sections.slug));
}

/** A page of at most `limit` ids from a query that read one row more, and where the next page starts. */
function idsAndNext(rows: { id: string; key: string }[], limit: number): { ids: string[]; next: Position<"uuid"> | null } {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { ids: page.map((r) => r.id), next: rows.length > limit && last ? { key: last.key, id: last.id } : null };
}

const newestFirst: KeysetOrder = { key: readerPublishedAt, id: articles.id, direction: "desc" };

/**
 * One page of a section's published stories, newest first, after `after`
 * (a position from sectionStoriesCursor) or from the top; `next` is where
 * the following page starts, null on the last.
 */
export async function listSectionStoryIds(
  db: Db,
  sectionId: string,
  after: Position<"uuid"> | null,
  limit: number,
): Promise<{ ids: string[]; next: Position<"uuid"> | null }> {
  const rows = await db
    .select({ id: articles.id, key: instantKey(readerPublishedAt) })
    .from(articles)
    .where(and(isPublic, eq(articles.sectionId, sectionId), after ? keysetAfter(sectionStoriesCursor, newestFirst, after) : undefined))
    .orderBy(...keysetOrderBy(newestFirst))
    .limit(limit + 1);
  return idsAndNext(rows, limit);
}

/** Headline cards of the published stories among `ids`, in the order of `ids`. */
export async function findStoryCards(db: Db, ids: readonly string[]): Promise<PublicStoryCard[]> {
  if (ids.length === 0) return [];
  const rows = await published(db, inArray(articles.id, [...ids]));
  const pictures = await publicPictures(
    db,
    rows.flatMap((r) => r.featuredImageId ?? []),
  );
  const byId = new Map(rows.map(({ featuredImageId, ...card }) => [card.id, { ...card, picture: (featuredImageId && pictures[featuredImageId]) || null }]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** A published story with its live body and its authors in byline order. */
export async function findPublicStory(db: Db, id: string): Promise<PublicStory | null> {
  const [[story], authors, corrected] = await Promise.all([
    db
      .select({
        ...cardColumns,
        body: revisions.body,
        updatedAt: revisions.createdAt,
        datelineAt: articles.datelineAt,
        featuredImageId: revisions.featuredImageId,
      })
      .from(articles)
      .innerJoin(revisions, eq(revisions.id, readerRevisionId))
      .where(and(isPublic, eq(articles.id, id))),
    db.select({ id: articleAuthors.userId }).from(articleAuthors).where(eq(articleAuthors.articleId, id)).orderBy(asc(articleAuthors.position)),
    // Oldest first: the order they happened in.
    db
      .select({ text: corrections.publicText, at: corrections.createdAt })
      .from(corrections)
      .where(eq(corrections.articleId, id))
      .orderBy(asc(corrections.createdAt), asc(corrections.id)),
  ]);
  if (!story) return null;
  const { featuredImageId, ...rest } = story;
  const pictures = await publicPictures(db, picturesShown(story));
  return {
    ...rest,
    authorIds: authors.map((a) => a.id),
    corrections: corrected,
    picture: (featuredImageId && pictures[featuredImageId]) || null,
    bodyPictures: Object.fromEntries(bodyPictureIds(story.body).flatMap((id) => (pictures[id] ? [[id, pictures[id]]] : []))),
  };
}

/**
 * The section an address's first segment names: the section that has it now,
 * or the one that had it before it moved.
 */
export async function findSectionForPath(db: Db, sectionSlug: string): Promise<PublicSection | null> {
  const [current] = await db.select(sectionColumns).from(sections).where(eq(sections.slug, sectionSlug));
  if (current) return current;
  const [moved] = await db
    .select(sectionColumns)
    .from(sectionSlugs)
    .innerJoin(sections, eq(sections.id, sectionSlugs.sectionId))
    .where(eq(sectionSlugs.slug, sectionSlug));
  return moved ?? null;
}

/**
 * The story an address belongs to: the one living there, or the one that
 * lived there before its slug or its section's address changed. The caller
 * checks the story is public and redirects when its address is not this one.
 */
export async function resolveStoryAddress(db: Db, sectionSlug: string, slug: string): Promise<string | null> {
  const section = await findSectionForPath(db, sectionSlug);
  if (!section) return null;
  const [living] = await db
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.sectionId, section.id), eq(articles.slug, slug), isPublic));
  if (living) return living.id;
  const [retired] = await db
    .select({ id: articleSlugs.articleId })
    .from(articleSlugs)
    .where(and(eq(articleSlugs.sectionId, section.id), eq(articleSlugs.slug, slug)));
  return retired?.id ?? null;
}

/**
 * Whether the story at an address (living there or retired from it) was
 * taken off the site: its address answers 410 Gone, not 404.
 */
export async function isUnpublishedAt(db: Db, sectionSlug: string, slug: string): Promise<boolean> {
  const section = await findSectionForPath(db, sectionSlug);
  if (!section) return false;
  const [living] = await db
    .select({ status: articles.status })
    .from(articles)
    .where(and(eq(articles.sectionId, section.id), eq(articles.slug, slug)));
  if (living) return living.status === "unpublished";
  const [retired] = await db
    .select({ status: articles.status })
    .from(articleSlugs)
    .innerJoin(articles, eq(articles.id, articleSlugs.articleId))
    .where(and(eq(articleSlugs.sectionId, section.id), eq(articleSlugs.slug, slug)));
  return retired?.status === "unpublished";
}

export async function findPublicSections(db: Db, ids: readonly string[]): Promise<PublicSection[]> {
  if (ids.length === 0) return [];
  return db
    .select(sectionColumns)
    .from(sections)
    .where(inArray(sections.id, [...ids]));
}

/** Names as bylines show them, with the address of each person's author page. */
export async function findBylineNames(db: Db, ids: readonly string[]): Promise<{ id: string; name: string; slug: string }[]> {
  if (ids.length === 0) return [];
  return db
    .select({ id: users.id, name: users.name, slug: users.slug })
    .from(users)
    .where(inArray(users.id, [...ids]));
}

/** The person an author page's address names (their stories decide whether the page exists). */
export async function findAuthorIdBySlug(db: Db, slug: string): Promise<string | null> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.slug, slug));
  return row?.id ?? null;
}

/**
 * One page of a person's published stories (as any of their authors),
 * newest first, after `after` (a position from authorStoriesCursor) or from
 * the top; `next` is where the following page starts, null on the last.
 */
export async function listAuthorStoryIds(
  db: Db,
  userId: string,
  after: Position<"uuid"> | null,
  limit: number,
): Promise<{ ids: string[]; next: Position<"uuid"> | null }> {
  const rows = await db
    .select({ id: articles.id, key: instantKey(readerPublishedAt) })
    .from(articleAuthors)
    .innerJoin(articles, eq(articles.id, articleAuthors.articleId))
    .where(and(isPublic, eq(articleAuthors.userId, userId), after ? keysetAfter(authorStoriesCursor, newestFirst, after) : undefined))
    .orderBy(...keysetOrderBy(newestFirst))
    .limit(limit + 1);
  return idsAndNext(rows, limit);
}

// Sitemaps count months in UTC: a story's month never depends on where the server runs.
const readerMonth = sql<string>`to_char(${readerPublishedAt} at time zone 'UTC', 'YYYY-MM')`;

/** The months with published stories: how many each, and when the last text among them was published. */
export async function listSitemapMonths(db: Db): Promise<{ year: number; month: number; count: number; lastmod: Date }[]> {
  const rows = await db
    .select({ month: readerMonth, count: count(), lastmod: max(revisions.createdAt) })
    .from(articles)
    .innerJoin(revisions, eq(revisions.id, readerRevisionId))
    .where(isPublic)
    .groupBy(readerMonth);
  return rows.flatMap((r) => {
    const [year, month] = r.month.split("-").map(Number);
    return r.lastmod ? [{ year: year!, month: month!, count: r.count, lastmod: r.lastmod }] : [];
  });
}

/** A month's stories in sitemap order (first publication, then id, so later parts only grow), `offset` on. */
export async function listSitemapStories(
  db: Db,
  year: number,
  month: number,
  offset: number,
  limit: number,
): Promise<{ sectionSlug: string; slug: string; lastmod: Date }[]> {
  const from = new Date(Date.UTC(year, month - 1, 1));
  const to = new Date(Date.UTC(year, month, 1));
  return db
    .select({ sectionSlug: sections.slug, slug: articles.slug, lastmod: revisions.createdAt })
    .from(articles)
    .innerJoin(revisions, eq(revisions.id, readerRevisionId))
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(and(isPublic, sql`${readerPublishedAt} >= ${from.toISOString()}::timestamptz`, sql`${readerPublishedAt} < ${to.toISOString()}::timestamptz`))
    .orderBy(asc(readerPublishedAt), asc(articles.id))
    .offset(offset)
    .limit(limit);
}

/** Stories first published since `since`, newest first, for the Google News sitemap. */
export async function listNewsSitemapStories(
  db: Db,
  since: Date,
  limit: number,
): Promise<{ sectionSlug: string; slug: string; headline: string; language: "ar" | "en"; publishedAt: Date }[]> {
  const rows = await db
    .select({ sectionSlug: sections.slug, slug: articles.slug, headline: revisions.headline, language: articles.language, publishedAt: readerPublishedAt })
    .from(articles)
    .innerJoin(revisions, eq(revisions.id, readerRevisionId))
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(and(isPublic, sql`${readerPublishedAt} >= ${since.toISOString()}::timestamptz`))
    .orderBy(desc(readerPublishedAt), desc(articles.id))
    .limit(limit);
  return rows.flatMap((r) => (r.publishedAt ? [{ ...r, publishedAt: r.publishedAt }] : []));
}
