import { and, asc, desc, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import type { RichTextDocument } from "@/lib/richtext/schema";
import type { Db } from "../client";
import { articleAuthors, articleSlugs, articles, revisions, sectionSlugs, sections, users } from "../schema";

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
};

export type PublicStory = PublicStoryCard & { body: RichTextDocument; authorIds: string[] };

export type PublicSection = { id: string; slug: string; nameAr: string; nameEn: string };

const sectionColumns = { id: sections.id, slug: sections.slug, nameAr: sections.nameAr, nameEn: sections.nameEn };

export function storyPath(story: { sectionSlug: string; slug: string }): string {
  return `/${encodeURIComponent(story.sectionSlug)}/${encodeURIComponent(story.slug)}`;
}

// A scheduled story is live from its time on, even in the moment before the job
// flips its state; until then its working revision is the approved text that will go out.
const isScheduledAndDue = sql`(${articles.status} = 'scheduled' and ${articles.publishAt} <= now())`;
const readerRevisionId = sql`case when ${isScheduledAndDue} then ${articles.workingRevisionId} else ${articles.liveRevisionId} end`;
const readerPublishedAt = sql<Date | null>`coalesce(${articles.firstPublishedAt}, ${articles.publishAt})`.mapWith(articles.firstPublishedAt);
const isPublic = or(eq(articles.status, "published"), isScheduledAndDue);
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
  return db.select(cardColumns).from(articles).innerJoin(revisions, eq(revisions.id, readerRevisionId)).where(and(isPublic, condition)).$dynamic();
}

/** The newest published stories' ids, newest first. */
export async function listLatestStoryIds(db: Db, limit = 30): Promise<string[]> {
  const rows = await db.select({ id: articles.id }).from(articles).where(isPublic).orderBy(desc(readerPublishedAt), desc(articles.id)).limit(limit);
  return rows.map((r) => r.id);
}

/** Headline cards of the published stories among `ids`, in the order of `ids`. */
export async function findStoryCards(db: Db, ids: readonly string[]): Promise<PublicStoryCard[]> {
  if (ids.length === 0) return [];
  const rows = await published(db, inArray(articles.id, [...ids]));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** A published story with its live body and its authors in byline order. */
export async function findPublicStory(db: Db, id: string): Promise<PublicStory | null> {
  const [[story], authors] = await Promise.all([
    db
      .select({ ...cardColumns, body: revisions.body })
      .from(articles)
      .innerJoin(revisions, eq(revisions.id, readerRevisionId))
      .where(and(isPublic, eq(articles.id, id))),
    db.select({ id: articleAuthors.userId }).from(articleAuthors).where(eq(articleAuthors.articleId, id)).orderBy(asc(articleAuthors.position)),
  ]);
  return story ? { ...story, authorIds: authors.map((a) => a.id) } : null;
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

export async function findPublicSections(db: Db, ids: readonly string[]): Promise<PublicSection[]> {
  if (ids.length === 0) return [];
  return db
    .select(sectionColumns)
    .from(sections)
    .where(inArray(sections.id, [...ids]));
}

/** Names as bylines show them. */
export async function findBylineNames(db: Db, ids: readonly string[]): Promise<{ id: string; name: string }[]> {
  if (ids.length === 0) return [];
  return db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(inArray(users.id, [...ids]));
}
