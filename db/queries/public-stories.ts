import { and, asc, desc, eq, inArray, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import { articleAuthors, articles, revisions, sections, users } from "../schema";

/**
 * What readers may see: published stories, through their live revision only.
 * Every public query goes through this predicate.
 */
function publiclyVisible(): SQL {
  return eq(articles.status, "published");
}

const summaryColumns = {
  id: articles.id,
  slug: articles.slug,
  language: articles.language,
  publishedAt: articles.firstPublishedAt,
  headline: revisions.headline,
  dek: revisions.dek,
  sectionSlug: sections.slug,
  sectionNameAr: sections.nameAr,
  sectionNameEn: sections.nameEn,
};

export type PublicStorySummary = {
  id: string;
  slug: string;
  language: "ar" | "en";
  publishedAt: Date | null;
  headline: string;
  dek: string | null;
  sectionSlug: string;
  sectionNameAr: string;
  sectionNameEn: string;
};

export function storyPath(story: { sectionSlug: string; slug: string }): string {
  return `/${encodeURIComponent(story.sectionSlug)}/${encodeURIComponent(story.slug)}`;
}

/** Newest published stories first. */
export async function listPublishedStories(db: Db, limit = 30): Promise<PublicStorySummary[]> {
  return db
    .select(summaryColumns)
    .from(articles)
    .innerJoin(revisions, eq(revisions.id, articles.liveRevisionId))
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(publiclyVisible())
    .orderBy(desc(articles.firstPublishedAt), desc(articles.id))
    .limit(limit);
}

/** Published stories among `ids`, for resolving related-story references. */
export async function findPublishedStoriesByIds(db: Db, ids: string[]): Promise<PublicStorySummary[]> {
  if (ids.length === 0) return [];
  return db
    .select(summaryColumns)
    .from(articles)
    .innerJoin(revisions, eq(revisions.id, articles.liveRevisionId))
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(and(publiclyVisible(), inArray(articles.id, ids)));
}

/** A published story by its public address, with its live revision and bylines. */
export async function findPublishedStory(db: Db, sectionSlug: string, slug: string) {
  const [row] = await db
    .select({ story: summaryColumns, body: revisions.body, source: articles.source })
    .from(articles)
    .innerJoin(revisions, eq(revisions.id, articles.liveRevisionId))
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(and(publiclyVisible(), eq(sections.slug, sectionSlug), eq(articles.slug, slug)))
    .limit(1);
  if (!row) return null;
  const authors = await db
    .select({ name: users.name })
    .from(articleAuthors)
    .innerJoin(users, eq(users.id, articleAuthors.userId))
    .where(eq(articleAuthors.articleId, row.story.id))
    .orderBy(asc(articleAuthors.position));
  return { ...row.story, body: row.body, source: row.source, authors: authors.map((a) => a.name) };
}
