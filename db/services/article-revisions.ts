import { and, desc, eq, sql } from "drizzle-orm";
import { can } from "@/lib/authz/can";
import type { Actor } from "@/lib/authz/roles";
import { fail, ok, type Result } from "@/lib/errors";
import type { RichTextDocument } from "@/lib/richtext/schema";

import type { ArticleStatus } from "@/lib/workflow/states";
import type { Db } from "../client";
import { articles, revisions, sections, users } from "../schema";

export type RevisionSummary = {
  id: string;
  createdAt: Date;
  author: { id: string; name: string } | null;
  status: ArticleStatus;
  reason: string | null;
  /** When the version this one brought back was made, for a restore. */
  restoredFrom: Date | null;
  /** Equal for versions with the same text (headline, summary, body): a workflow step makes a version without changing it. */
  textKey: string;
  headline: string;
  working: boolean;
  live: boolean;
  /** Still open: its author's autosaves keep updating it until a save or a step seals it. */
  autosave: boolean;
  updatedAt: Date | null;
};

export type RevisionDetail = RevisionSummary & { dek: string | null; body: RichTextDocument; section: string };

const columns = {
  id: revisions.id,
  createdAt: revisions.createdAt,
  authorId: users.id,
  authorName: users.name,
  status: revisions.status,
  reason: revisions.reason,
  restoredFrom: sql<Date | null>`(select earlier.created_at from revisions earlier where earlier.id = ${revisions.restoredFromId})`.mapWith(
    revisions.createdAt,
  ),
  headline: revisions.headline,
  textKey: sql<string>`md5(${revisions.headline} || chr(31) || coalesce(${revisions.dek}, '') || chr(31) || ${revisions.body}::text)`,
  autosave: revisions.autosave,
  updatedAt: revisions.updatedAt,
  workingId: articles.workingRevisionId,
  liveId: articles.liveRevisionId,
};

type Row = {
  id: string;
  createdAt: Date;
  authorId: string | null;
  authorName: string | null;
  status: ArticleStatus;
  reason: string | null;
  restoredFrom: Date | null;
  textKey: string;
  headline: string;
  autosave: boolean;
  updatedAt: Date | null;
  workingId: string | null;
  liveId: string | null;
};

function summary(row: Row): RevisionSummary {
  return {
    id: row.id,
    createdAt: row.createdAt,
    author: row.authorId && row.authorName ? { id: row.authorId, name: row.authorName } : null,
    status: row.status,
    reason: row.reason,
    restoredFrom: row.restoredFrom,
    textKey: row.textKey,
    headline: row.headline,
    autosave: row.autosave,
    updatedAt: row.updatedAt,
    working: row.id === row.workingId,
    live: row.id === row.liveId,
  };
}

/** A story's revisions, newest first: who, when, why, and the state it was in. */
export async function listRevisions(db: Db, actor: Actor, articleId: string): Promise<Result<RevisionSummary[]>> {
  if (!can.work(actor)) return fail("forbidden", "account_inactive");
  const [exists] = await db.select({ id: articles.id }).from(articles).where(eq(articles.id, articleId));
  if (!exists) return fail("not_found", "story_not_found");
  const rows = await db
    .select(columns)
    .from(revisions)
    .innerJoin(articles, eq(articles.id, revisions.articleId))
    .leftJoin(users, eq(users.id, revisions.createdBy))
    .where(eq(revisions.articleId, articleId))
    .orderBy(desc(revisions.createdAt), desc(revisions.id));
  return ok(rows.map(summary));
}

/** One revision in full. */
export async function getRevision(db: Db, actor: Actor, articleId: string, revisionId: string): Promise<Result<RevisionDetail>> {
  if (!can.work(actor)) return fail("forbidden", "account_inactive");
  const [row] = await db
    .select({ ...columns, dek: revisions.dek, body: revisions.body, section: sections.slug })
    .from(revisions)
    .innerJoin(articles, eq(articles.id, revisions.articleId))
    .innerJoin(sections, eq(sections.id, revisions.sectionId))
    .leftJoin(users, eq(users.id, revisions.createdBy))
    .where(and(eq(revisions.articleId, articleId), eq(revisions.id, revisionId)));
  if (!row) return fail("not_found", "revision_not_found");
  return ok({ ...summary(row), dek: row.dek, body: row.body, section: row.section });
}
