import { and, eq, gte, inArray, lt, type SQL } from "drizzle-orm";
import type { AuditCsvEntry } from "@/lib/audit/csv";
import { describeChanges, peopleNamed } from "@/lib/audit/describe";
import type { Actor } from "@/lib/authz/roles";
import { fail, ok, type Result } from "@/lib/errors";
import { keysetCursor, type Position } from "@/lib/pagination/cursor";
import { can } from "@/lib/authz/can";
import type { AuditQuery } from "@/lib/validation/audit";
import type { Db } from "../client";
import { instantKey, keysetAfter, keysetOrderBy, type KeysetOrder } from "../queries/keyset";
import { articles, auditEvents, sections, users } from "../schema";

/** What an event was done to, by name: a story's headline, a person's name, a section's name in each language. */
type AuditObjectName = { text: string } | { ar: string; en: string };

export type AuditLogEntry = AuditCsvEntry & {
  object: AuditObjectName | null;
  /** The names of the people the event's values name by id (an assigned editor). */
  people: Record<string, string>;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
type RawEntry = Omit<AuditLogEntry, "object" | "people">;

/**
 * The names of a page's objects and of the people its values name, read in
 * three small queries. A deleted section is named by the names it had, which
 * its deletion recorded.
 */
async function named(db: Db, items: RawEntry[]): Promise<AuditLogEntry[]> {
  const ids = (type: string) => [...new Set(items.filter((i) => i.objectType === type && i.objectId && UUID.test(i.objectId)).map((i) => i.objectId!))];
  const mentioned = items.flatMap((i) => peopleNamed(describeChanges(i.action, i.before, i.after))).filter((id) => UUID.test(id));
  const personIds = [...new Set([...ids("user"), ...mentioned])];
  const [stories, people, sectionRows] = await Promise.all([
    ids("article").length
      ? db
          .select({ id: articles.id, headline: articles.headline })
          .from(articles)
          .where(inArray(articles.id, ids("article")))
      : [],
    personIds.length ? db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, personIds)) : [],
    ids("section").length
      ? db
          .select({ id: sections.id, ar: sections.nameAr, en: sections.nameEn })
          .from(sections)
          .where(inArray(sections.id, ids("section")))
      : [],
  ]);
  const headlines = new Map(stories.map((r) => [r.id, r.headline]));
  const names = new Map(people.map((r) => [r.id, r.name]));
  const sectionNames = new Map(sectionRows.map((r) => [r.id, { ar: r.ar, en: r.en }]));
  const objectName = (item: RawEntry): AuditObjectName | null => {
    const id = item.objectId ?? "";
    if (item.objectType === "article") return headlines.has(id) ? { text: headlines.get(id)! } : null;
    if (item.objectType === "user") return names.has(id) ? { text: names.get(id)! } : null;
    if (item.objectType !== "section") return null;
    const gone = item.before as { nameAr?: unknown; nameEn?: unknown } | null;
    if (sectionNames.has(id)) return sectionNames.get(id)!;
    return typeof gone?.nameAr === "string" && typeof gone.nameEn === "string" ? { ar: gone.nameAr, en: gone.nameEn } : null;
  };
  return items.map((item) => ({
    ...item,
    object: objectName(item),
    people: Object.fromEntries(
      peopleNamed(describeChanges(item.action, item.before, item.after))
        .filter((id) => names.has(id))
        .map((id) => [id, names.get(id)!]),
    ),
  }));
}

const auditCursor = keysetCursor({ kind: "audit", key: "instant", id: "serial" });
// Newest first, on the (created_at, id) index read backwards.
const auditOrder: KeysetOrder = { key: auditEvents.createdAt, id: auditEvents.id, direction: "desc" };

const forbidden = () => fail("forbidden", "audit_admins_only");

/** One page of events after `after`, and the position of its last event when more follow. */
async function auditPage(db: Db, query: AuditQuery, limit: number, after: Position<"serial"> | null) {
  const conditions: (SQL | undefined)[] = [
    query.actor ? eq(auditEvents.actorId, query.actor) : undefined,
    query.action ? eq(auditEvents.action, query.action) : undefined,
    query.objectType ? eq(auditEvents.objectType, query.objectType) : undefined,
    query.objectId ? eq(auditEvents.objectId, query.objectId) : undefined,
    query.from ? gte(auditEvents.createdAt, query.from) : undefined,
    query.until ? lt(auditEvents.createdAt, query.until) : undefined,
    after ? keysetAfter(auditCursor, auditOrder, after) : undefined,
  ];
  const rows = await db
    // The key is read as text, microseconds and all: createdAt as a Date keeps only milliseconds.
    .select({ event: auditEvents, actorName: users.name, key: instantKey(auditEvents.createdAt) })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(and(...conditions))
    .orderBy(...keysetOrderBy(auditOrder))
    .limit(limit + 1);
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items: await named(
      db,
      items.map(({ event, actorName }) => ({
        id: event.id,
        createdAt: event.createdAt,
        actor: event.actorId ? { id: event.actorId, name: actorName ?? "" } : null,
        action: event.action,
        objectType: event.objectType,
        objectId: event.objectId,
        before: event.before,
        after: event.after,
        ip: event.ip,
      })),
    ),
    next: rows.length > limit && last ? { key: last.key, id: last.event.id } : null,
  };
}

/**
 * The audit log, newest first, filtered by person, action, object and days,
 * in keyset pages (created_at, id): reading page 500 costs what page 1 does.
 */
export async function listAudit(db: Db, actor: Actor, query: AuditQuery): Promise<Result<{ items: AuditLogEntry[]; nextCursor: string | null }>> {
  if (!can.readAudit(actor)) return forbidden();
  const after = query.cursor ? auditCursor.decode(query.cursor) : null;
  if (after && !after.ok) return after;
  const page = await auditPage(db, query, query.limit, after?.data ?? null);
  return ok({ items: page.items, nextCursor: page.next ? auditCursor.encode(page.next) : null });
}

/** Every event the filters match, page after page from the newest, for an export. */
export async function* allAudit(db: Db, actor: Actor, query: AuditQuery): AsyncGenerator<Result<AuditLogEntry[]>> {
  if (!can.readAudit(actor)) {
    yield forbidden();
    return;
  }
  // Positions pass from page to page as they are, with no cursor text between them.
  let after: Position<"serial"> | null = null;
  do {
    const page = await auditPage(db, query, 200, after);
    yield ok(page.items);
    after = page.next;
  } while (after);
}
