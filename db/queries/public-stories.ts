import { and, asc, desc, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import { articleAuthors, articleSlugs, articles, revisions, sectionSlugs, sections, users } from "../schema";

export type PublicStorySummary = {
  id: string;
  slug: string;
  language: "ar" | "en";
  publishedAt: Date | null;
  readerRevisionId: string;
  headline: string;
  dek: string | null;
  sectionSlug: string;
  sectionNameAr: string;
  sectionNameEn: string;
};

export function storyPath(story: { sectionSlug: string; slug: string }): string {
  return `/${encodeURIComponent(story.sectionSlug)}/${encodeURIComponent(story.slug)}`;
}

// A scheduled story is live from its time on, even before the job flips its state;
// until then its working revision is the approved text that will go out.
const isScheduledAndDue = sql`(${articles.status} = 'scheduled' and ${articles.publishAt} <= now())`;
const readerRevisionId = sql`case when ${isScheduledAndDue} then ${articles.workingRevisionId} else ${articles.liveRevisionId} end`;
const readerPublishedAt = sql<Date | null>`coalesce(${articles.firstPublishedAt}, ${articles.publishAt})`.mapWith(articles.firstPublishedAt);

/**
 * What readers may see: published stories (and scheduled ones whose time has
 * come), through the revision meant for readers only. Every public query
 * starts here, so none can forget the rule.
 */
function published(db: Db, condition?: SQL) {
  return db
    .select({
      id: articles.id,
      slug: articles.slug,
      language: articles.language,
      publishedAt: readerPublishedAt,
      readerRevisionId: revisions.id,
      headline: revisions.headline,
      dek: revisions.dek,
      sectionSlug: sections.slug,
      sectionNameAr: sections.nameAr,
      sectionNameEn: sections.nameEn,
    })
    .from(articles)
    .innerJoin(revisions, eq(revisions.id, readerRevisionId))
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(and(or(eq(articles.status, "published"), isScheduledAndDue), condition))
    .$dynamic();
}

/** Newest published stories first. */
export async function listPublishedStories(db: Db, limit = 30): Promise<PublicStorySummary[]> {
  return published(db).orderBy(desc(readerPublishedAt), desc(articles.id)).limit(limit);
}

/** Published stories among `ids`, for resolving related-story references. */
export async function findPublishedStoriesByIds(db: Db, ids: string[]): Promise<PublicStorySummary[]> {
  if (ids.length === 0) return [];
  return published(db, inArray(articles.id, ids));
}

/** A published story by its public address, with its live body and bylines. */
export async function findPublishedStory(db: Db, sectionSlug: string, slug: string) {
  const [story] = await published(db, and(eq(sections.slug, sectionSlug), eq(articles.slug, slug))).limit(1);
  if (!story) return null;
  const [[live], authors] = await Promise.all([
    db.select({ body: revisions.body }).from(revisions).where(eq(revisions.id, story.readerRevisionId)),
    db
      .select({ name: users.name })
      .from(articleAuthors)
      .innerJoin(users, eq(users.id, articleAuthors.userId))
      .where(eq(articleAuthors.articleId, story.id))
      .orderBy(asc(articleAuthors.position)),
  ]);
  if (!live) return null;
  return { ...story, body: live.body, authors: authors.map((a) => a.name) };
}

/**
 * Where a story now lives when `sectionSlug/slug` is an address it had before
 * it moved: null when the address was never retired, when the story is not
 * on the site, or when the story has moved back to it.
 */
export async function findMovedStoryPath(db: Db, sectionSlug: string, slug: string): Promise<{ sectionSlug: string; slug: string } | null> {
  const [retired] = await db
    .select({ articleId: articleSlugs.articleId })
    .from(articleSlugs)
    .innerJoin(sections, eq(sections.id, articleSlugs.sectionId))
    .where(and(eq(sections.slug, sectionSlug), eq(articleSlugs.slug, slug)));
  if (!retired) return null;
  const [now] = await findPublishedStoriesByIds(db, [retired.articleId]);
  if (!now || (now.sectionSlug === sectionSlug && now.slug === slug)) return null;
  return { sectionSlug: now.sectionSlug, slug: now.slug };
}

/** The section's address now, when `slug` is one it had before. */
export async function findMovedSectionSlug(db: Db, slug: string): Promise<string | null> {
  const [row] = await db.select({ slug: sections.slug }).from(sectionSlugs).innerJoin(sections, eq(sections.id, sectionSlugs.sectionId)).where(eq(sectionSlugs.slug, slug));
  return row && row.slug !== slug ? row.slug : null;
}
