import { and, count, desc, eq, exists, inArray, sql, type SQL } from "drizzle-orm";
import { can } from "@/lib/authz/can";
import { alias } from "drizzle-orm/pg-core";
import { searchKey } from "@/lib/arabic/normalize";
import type { Actor } from "@/lib/authz/roles";
import { fail, failField, ok, type Result } from "@/lib/errors";
import { keysetCursor, keysetPage, type CursorCodec, type KeyType } from "@/lib/pagination/cursor";
import type { RichTextDocument } from "@/lib/richtext/schema";
import { containsPattern } from "@/lib/search/like";
import type { ListQuery } from "@/lib/validation/article";
import { allowedTransitions, needsReason } from "@/lib/workflow/policy";
import type { ArticleStatus } from "@/lib/workflow/states";
import type { Db } from "../client";
import { authorsOf, findSectionBySlug } from "../queries/articles";
import { instantKey, keysetAfter, keysetOrderBy, type KeysetOrder } from "../queries/keyset";
import { articleAuthors, articles, revisions, sections, users } from "../schema";

const assignee = alias(users, "assignee");

const listColumns = {
  id: articles.id,
  slug: articles.slug,
  headline: articles.headline,
  status: articles.status,
  language: articles.language,
  version: articles.version,
  sectionSlug: sections.slug,
  sectionNameAr: sections.nameAr,
  sectionNameEn: sections.nameEn,
  createdAt: articles.createdAt,
  updatedAt: articles.updatedAt,
  statusChangedAt: articles.statusChangedAt,
  statusReason: articles.statusReason,
  deadline: articles.deadline,
  publishAt: articles.publishAt,
  firstPublishedAt: articles.firstPublishedAt,
  publishedLateSeconds: articles.publishedLateSeconds,
  breakingUntil: articles.breakingUntil,
  homeSlot: articles.homeSlot,
  homeUntil: articles.homeUntil,
  datelineAt: articles.datelineAt,
  assignedEditorId: assignee.id,
  assignedEditorName: assignee.name,
};

export type ArticleSummary = Omit<Row, "assignedEditorId" | "assignedEditorName" | "sectionSlug" | "sectionNameAr" | "sectionNameEn"> & {
  section: { slug: string; nameAr: string; nameEn: string };
  assignedEditor: { id: string; name: string } | null;
  authors: { id: string; name: string }[];
};

function shape(row: Row & { sortKey?: string }, authors: { id: string; name: string }[]): ArticleSummary {
  const { assignedEditorId, assignedEditorName, sectionSlug, sectionNameAr, sectionNameEn, sortKey: _sortKey, ...rest } = row;
  return {
    ...rest,
    section: { slug: sectionSlug, nameAr: sectionNameAr, nameEn: sectionNameEn },
    assignedEditor: assignedEditorId && assignedEditorName ? { id: assignedEditorId, name: assignedEditorName } : null,
    authors,
  };
}

function baseQuery(db: Db) {
  return db
    .select(listColumns)
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(assignee, eq(assignee.id, articles.assignedEditorId))
    .$dynamic();
}

type Row = Awaited<ReturnType<typeof baseQuery>>[number];

/** Stories `userId` is an author of. */
function authoredBy(db: Db, userId: string): SQL {
  return exists(
    db
      .select({ one: sql`1` })
      .from(articleAuthors)
      .where(and(eq(articleAuthors.articleId, articles.id), eq(articleAuthors.userId, userId))),
  );
}

async function withAuthors(db: Db, rows: Row[]): Promise<ArticleSummary[]> {
  const authors = await authorsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => shape(row, authors.get(row.id) ?? []));
}

/** Sort keys: the expression, its direction and its cursor (one kind per sort, so a cursor cannot cross sorts). */
const SORTS: Record<ListQuery["sort"], KeysetOrder & { cursor: CursorCodec<"uuid"> }> = {
  updated_desc: sortBy("updated_desc", sql`${articles.updatedAt}`, "desc", "instant"),
  updated_asc: sortBy("updated_asc", sql`${articles.updatedAt}`, "asc", "instant"),
  created_desc: sortBy("created_desc", sql`${articles.createdAt}`, "desc", "instant"),
  deadline_asc: sortBy("deadline_asc", sql`coalesce(${articles.deadline}, 'infinity'::timestamptz)`, "asc", "instant", true),
  headline_asc: sortBy("headline_asc", sql`${articles.headline}`, "asc", "text"),
};

function sortBy(name: string, key: SQL, direction: "asc" | "desc", type: KeyType, infinity = false) {
  return { key, id: articles.id, direction, cursor: keysetCursor({ kind: `articles/${name}`, key: type, id: "uuid", infinity }) };
}

export type ArticlePage = { items: ArticleSummary[]; nextCursor: string | null };

/** The desk's story list: filters, a stable sort and keyset pagination (no OFFSET, so page 4,000 is as fast as page 1). */
export async function listArticles(db: Db, actor: Actor, query: ListQuery): Promise<Result<ArticlePage>> {
  if (!can.work(actor)) return fail("forbidden", "account_inactive");
  const sort = SORTS[query.sort];
  const conditions: (SQL | undefined)[] = [];
  if (query.status) conditions.push(eq(articles.status, query.status));
  if (query.language) conditions.push(eq(articles.language, query.language));
  if (query.section) {
    const section = await findSectionBySlug(db, query.section);
    if (!section) return failField("invalid", "section", "section_slug_unknown");
    conditions.push(eq(articles.sectionId, section.id));
  }
  if (query.author) conditions.push(authoredBy(db, query.author === "me" ? actor.id : query.author));
  const key = query.q ? searchKey(query.q) : "";
  if (key) conditions.push(sql`${articles.searchKey} like ${containsPattern(key)}`);
  if (query.cursor) {
    const after = sort.cursor.decode(query.cursor);
    if (!after.ok) return after;
    conditions.push(keysetAfter(sort.cursor, sort, after.data));
  }
  const rows = await db
    .select({ ...listColumns, sortKey: sort.cursor.key === "instant" ? instantKey(sort.key) : sql<string>`${sort.key}` })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(assignee, eq(assignee.id, articles.assignedEditorId))
    .where(and(...conditions))
    .orderBy(...keysetOrderBy(sort))
    .limit(query.limit + 1);
  const page = keysetPage(rows, query.limit, sort.cursor, (row) => ({ key: row.sortKey, id: row.id }));
  return ok({ items: await withAuthors(db, page.items), nextCursor: page.nextCursor });
}

/** The desk's summaries of the stories among `ids` (in no particular order). */
export async function findArticleSummaries(db: Db, ids: readonly string[]): Promise<ArticleSummary[]> {
  if (ids.length === 0) return [];
  return withAuthors(db, await baseQuery(db).where(inArray(articles.id, [...ids])));
}

export type ArticleDetail = ArticleSummary & {
  working: { id: string; headline: string; dek: string | null; body: RichTextDocument; createdAt: Date } | null;
  liveRevisionId: string | null;
  /** The address was set by hand, so it no longer follows the headline. */
  slugChosen: boolean;
  /** The working version's featured picture (media library id). */
  featuredImageId: string | null;
  allowedTransitions: { to: ArticleStatus; action: string; needsReason: boolean; needsPublishAt: boolean }[];
  canEdit: boolean;
  canAssign: boolean;
  canMarkBreaking: boolean;
  canCurateHome: boolean;
};

/** One story as the desk sees it, with the steps this user may take now. */
export async function getArticle(db: Db, actor: Actor, id: string): Promise<Result<ArticleDetail>> {
  if (!can.work(actor)) return fail("forbidden", "account_inactive");
  const [row] = await baseQuery(db).where(eq(articles.id, id));
  if (!row) return fail("not_found", "story_not_found");
  const [[meta], [summary]] = await Promise.all([
    db
      .select({ working: articles.workingRevisionId, live: articles.liveRevisionId, approved: articles.approvedRevisionId, slugChosen: articles.slugChosen })
      .from(articles)
      .where(eq(articles.id, id)),
    withAuthors(db, [row]),
  ]);
  const [working] = meta?.working
    ? await db
        .select({
          id: revisions.id,
          headline: revisions.headline,
          dek: revisions.dek,
          body: revisions.body,
          createdAt: revisions.createdAt,
          featuredImageId: revisions.featuredImageId,
        })
        .from(revisions)
        .where(eq(revisions.id, meta.working))
    : [];
  if (!summary) return fail("not_found", "story_not_found");
  const facts = { status: row.status, authorIds: summary.authors.map((a) => a.id), workingApproved: meta?.approved === meta?.working };
  return ok({
    ...summary,
    working: working ? { id: working.id, headline: working.headline, dek: working.dek, body: working.body, createdAt: working.createdAt } : null,
    featuredImageId: working?.featuredImageId ?? null,
    liveRevisionId: meta?.live ?? null,
    slugChosen: meta?.slugChosen ?? false,
    allowedTransitions: allowedTransitions(actor, facts).map((rule) => ({
      to: rule.to,
      action: rule.label,
      needsReason: needsReason(actor, facts, rule),
      needsPublishAt: rule.publishAt === "required",
    })),
    canEdit: can.editStory(actor, facts),
    canAssign: can.assignStory(actor),
    canMarkBreaking: can.markBreaking(actor),
    canCurateHome: can.curateHome(actor),
  });
}

export type QueueOrder = "waiting" | "publish_at" | "published" | "updated";

const QUEUE_ORDER: Record<QueueOrder, (now: Date) => SQL[]> = {
  // Overdue first, then whoever has waited longest.
  waiting: (now) => [sql`case when ${articles.deadline} < ${now.toISOString()}::timestamptz then 0 else 1 end`, sql`${articles.statusChangedAt} asc`],
  publish_at: () => [sql`${articles.publishAt} asc nulls last`],
  published: () => [sql`${articles.firstPublishedAt} desc nulls last`],
  updated: () => [sql`${articles.updatedAt} desc`],
};

/** One of the dashboard's queues: stories in a state, optionally by one author, and how many there are in all. */
export async function deskQueue(
  db: Db,
  options: { status: ArticleStatus; authorId?: string; order: QueueOrder; now: Date; limit?: number },
): Promise<{ items: ArticleSummary[]; total: number }> {
  const where = and(eq(articles.status, options.status), options.authorId ? authoredBy(db, options.authorId) : undefined);
  const [rows, [counted]] = await Promise.all([
    baseQuery(db)
      .where(where)
      .orderBy(...QUEUE_ORDER[options.order](options.now), desc(articles.id))
      .limit(options.limit ?? 20),
    db.select({ n: count() }).from(articles).where(where),
  ]);
  return { items: await withAuthors(db, rows), total: counted?.n ?? 0 };
}
