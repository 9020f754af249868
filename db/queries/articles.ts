import { and, asc, eq, inArray, like, or, sql } from "drizzle-orm";
import { slugify } from "@/lib/arabic/slug";
import { rolesAtLeast } from "@/lib/authz/roles";
import type { Db } from "../client";
import { articleAuthors, articleSlugs, articles, sections, users, type Article } from "../schema";

/** The story row, locked until the transaction ends, so checks and writes see the same state. */
export async function lockArticle(db: Db, id: string): Promise<Article | undefined> {
  const [row] = await db.select().from(articles).where(eq(articles.id, id)).for("update");
  return row;
}

export async function authorIdsOf(db: Db, articleId: string): Promise<string[]> {
  const rows = await db
    .select({ userId: articleAuthors.userId })
    .from(articleAuthors)
    .where(eq(articleAuthors.articleId, articleId))
    .orderBy(asc(articleAuthors.position));
  return rows.map((r) => r.userId);
}

export async function authorsOf(db: Db, articleIds: string[]): Promise<Map<string, { id: string; name: string }[]>> {
  const byArticle = new Map<string, { id: string; name: string }[]>();
  if (articleIds.length === 0) return byArticle;
  const rows = await db
    .select({ articleId: articleAuthors.articleId, id: users.id, name: users.name })
    .from(articleAuthors)
    .innerJoin(users, eq(users.id, articleAuthors.userId))
    .where(inArray(articleAuthors.articleId, articleIds))
    .orderBy(asc(articleAuthors.position));
  for (const row of rows) {
    const list = byArticle.get(row.articleId) ?? [];
    list.push({ id: row.id, name: row.name });
    byArticle.set(row.articleId, list);
  }
  return byArticle;
}

export async function findSectionBySlug(db: Db, slug: string) {
  const [section] = await db.select().from(sections).where(eq(sections.slug, slug));
  return section;
}

export async function listSections(db: Db) {
  return db.select().from(sections).orderBy(asc(sections.position), asc(sections.slug));
}

// Namespace for the advisory lock that makes choosing a slug and writing it one step per section.
const SLUG_LOCK = 7_302;

/**
 * A slug for the headline that no other story in the section uses: «…», then
 * «…-2», «…-3». Call inside the transaction that writes it: the section's
 * slugs stay locked until that transaction ends, so two stories with the
 * same headline cannot both take the same one.
 */
export async function uniqueSlug(db: Db, sectionId: string, headline: string, exceptId?: string): Promise<string> {
  await db.execute(sql`select pg_advisory_xact_lock(${SLUG_LOCK}, hashtext(${sectionId}))`);
  const base = slugify(headline) || "story";
  const used = await slugsInUse(db, sectionId, base, exceptId);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * Slugs in the section that are `base` or `base-N`, taken by other stories
 * now or before (an old address keeps redirecting, so it is never reused).
 */
async function slugsInUse(db: Db, sectionId: string, base: string, exceptId?: string): Promise<Set<string>> {
  const matching = (column: typeof articles.slug | typeof articleSlugs.slug) => or(eq(column, base), like(column, `${base}-%`));
  const [current, retired] = await Promise.all([
    db
      .select({ slug: articles.slug, id: articles.id })
      .from(articles)
      .where(and(eq(articles.sectionId, sectionId), matching(articles.slug))),
    db
      .select({ slug: articleSlugs.slug, id: articleSlugs.articleId })
      .from(articleSlugs)
      .where(and(eq(articleSlugs.sectionId, sectionId), matching(articleSlugs.slug))),
  ]);
  return new Set([...current, ...retired].filter((t) => t.id !== exceptId).map((t) => t.slug));
}

/** Whether a chosen slug is free in the section for this story. */
export async function slugIsFree(db: Db, sectionId: string, slug: string, articleId: string): Promise<boolean> {
  await db.execute(sql`select pg_advisory_xact_lock(${SLUG_LOCK}, hashtext(${sectionId}))`);
  return !(await slugsInUse(db, sectionId, slug, articleId)).has(slug);
}

/** Keeps a published address answering (with a redirect) after the story moves. */
export async function retireSlug(db: Db, article: { id: string; sectionId: string; slug: string }, at: Date): Promise<void> {
  await db.insert(articleSlugs).values({ articleId: article.id, sectionId: article.sectionId, slug: article.slug, retiredAt: at }).onConflictDoNothing();
}

/** Who can be assigned a story: active editors and admins. The list offers them; the write checks the same rule. */
function assignable() {
  return and(eq(users.active, true), inArray(users.role, rolesAtLeast("editor")));
}

export async function listAssignableEditors(db: Db) {
  return db.select({ id: users.id, name: users.name }).from(users).where(assignable()).orderBy(asc(users.name));
}

export async function isAssignableEditor(db: Db, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ one: sql<number>`1` })
    .from(users)
    .where(and(eq(users.id, userId), assignable()));
  return Boolean(row);
}
