import { and, eq, gte, lt, type SQL } from "drizzle-orm";
import type { AuditCsvEntry } from "@/lib/audit/csv";
import type { Actor } from "@/lib/authz/roles";
import { fail, ok, type Result } from "@/lib/errors";
import { keysetCursor, type Position } from "@/lib/pagination/cursor";
import { can } from "@/lib/authz/can";
import type { AuditQuery } from "@/lib/validation/audit";
import type { Db } from "../client";
import { instantKey, keysetAfter, keysetOrderBy, type KeysetOrder } from "../queries/keyset";
import { auditEvents, users } from "../schema";

export type AuditLogEntry = AuditCsvEntry;

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
    items: items.map(({ event, actorName }) => ({
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
