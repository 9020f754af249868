import { and, asc, eq, gte, inArray, lt, or, type SQL } from "drizzle-orm";
import { can } from "@/lib/authz/can";
import type { Actor } from "@/lib/authz/roles";
import { fail, ok, type Result } from "@/lib/errors";
import type { CalendarQuery } from "@/lib/validation/calendar";
import type { ArticleStatus } from "@/lib/workflow/states";
import type { Db } from "../client";
import { articleAuthors, articles, sections, users } from "../schema";

export type CalendarEntry = {
  id: string;
  headline: string;
  language: string;
  status: ArticleStatus;
  version: number;
  /** A deadline falls due, or a scheduled story goes out. */
  kind: "deadline" | "publish";
  at: Date;
  section: { slug: string; nameAr: string; nameEn: string };
  authors: string[];
};

/** Stories still being worked on: their deadlines are the desk's to meet. */
const OPEN: ArticleStatus[] = ["draft", "in_review", "changes_requested", "approved"];
const OVERDUE_SHOWN = 50;

/** The section and person filters: a person is on a story they wrote or are the assigned editor of. */
function filters(db: Db, query: Pick<CalendarQuery, "section" | "person">): (SQL | undefined)[] {
  return [
    query.section ? eq(sections.slug, query.section) : undefined,
    query.person
      ? or(
          eq(articles.assignedEditorId, query.person),
          inArray(articles.id, db.select({ id: articleAuthors.articleId }).from(articleAuthors).where(eq(articleAuthors.userId, query.person))),
        )
      : undefined,
  ];
}

const columns = {
  id: articles.id,
  headline: articles.headline,
  language: articles.language,
  status: articles.status,
  version: articles.version,
  deadline: articles.deadline,
  publishAt: articles.publishAt,
  slug: sections.slug,
  nameAr: sections.nameAr,
  nameEn: sections.nameEn,
};

type Row = {
  id: string;
  headline: string;
  language: string;
  status: ArticleStatus;
  version: number;
  deadline: Date | null;
  publishAt: Date | null;
  slug: string;
  nameAr: string;
  nameEn: string;
};

async function withAuthors(db: Db, rows: { id: string }[]): Promise<Map<string, string[]>> {
  if (rows.length === 0) return new Map();
  const names = await db
    .select({ articleId: articleAuthors.articleId, name: users.name })
    .from(articleAuthors)
    .innerJoin(users, eq(users.id, articleAuthors.userId))
    .where(
      inArray(
        articleAuthors.articleId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(asc(articleAuthors.position));
  const byStory = new Map<string, string[]>();
  for (const n of names) byStory.set(n.articleId, [...(byStory.get(n.articleId) ?? []), n.name]);
  return byStory;
}

function entry(row: Row, kind: CalendarEntry["kind"], authors: Map<string, string[]>): CalendarEntry {
  return {
    id: row.id,
    headline: row.headline,
    language: row.language,
    status: row.status,
    version: row.version,
    kind,
    at: (kind === "deadline" ? row.deadline : row.publishAt)!,
    section: { slug: row.slug, nameAr: row.nameAr, nameEn: row.nameEn },
    authors: authors.get(row.id) ?? [],
  };
}

/**
 * The planning calendar: deadlines of stories still being worked on, and
 * scheduled publications, between two instants, in time order; and the
 * stories whose deadline has passed, whatever the range.
 */
export async function listCalendar(
  db: Db,
  actor: Actor,
  query: CalendarQuery,
  now: Date = new Date(),
): Promise<Result<{ entries: CalendarEntry[]; overdue: CalendarEntry[] }>> {
  if (!can.work(actor)) return fail("forbidden", "account_inactive");
  const base = () => db.select(columns).from(articles).innerJoin(sections, eq(sections.id, articles.sectionId));
  const [deadlines, publications, overdue] = await Promise.all([
    base().where(and(inArray(articles.status, OPEN), gte(articles.deadline, query.from), lt(articles.deadline, query.until), ...filters(db, query))),
    base().where(and(eq(articles.status, "scheduled"), gte(articles.publishAt, query.from), lt(articles.publishAt, query.until), ...filters(db, query))),
    base()
      .where(and(inArray(articles.status, OPEN), lt(articles.deadline, now), ...filters(db, query)))
      .orderBy(asc(articles.deadline))
      .limit(OVERDUE_SHOWN),
  ]);
  const authors = await withAuthors(db, [...deadlines, ...publications, ...overdue]);
  const entries = [...deadlines.map((r) => entry(r, "deadline", authors)), ...publications.map((r) => entry(r, "publish", authors))].sort(
    (a, b) => a.at.getTime() - b.at.getTime(),
  );
  return ok({ entries, overdue: overdue.map((r) => entry(r, "deadline", authors)) });
}
