import { and, desc, eq, gte, lt, or, type SQL } from "drizzle-orm";
import type { AuditCsvEntry } from "@/lib/audit/csv";
import type { Actor } from "@/lib/authz/roles";
import { fail, ok, type Result } from "@/lib/errors";
import { mayManagePeople } from "@/lib/people/guards";
import type { AuditQuery } from "@/lib/validation/audit";
import type { Db } from "../client";
import { auditEvents, users } from "../schema";

export type AuditLogEntry = AuditCsvEntry;

type Cursor = { at: Date; id: number };

function encodeCursor(entry: { createdAt: Date; id: number }): string {
  return Buffer.from(`${entry.createdAt.toISOString()}|${entry.id}`).toString("base64url");
}

function decodeCursor(raw: string): Cursor | null {
  const [at, id] = Buffer.from(raw, "base64url").toString("utf8").split("|");
  const date = new Date(at ?? "");
  const n = Number(id);
  return Number.isNaN(date.getTime()) || !Number.isSafeInteger(n) ? null : { at: date, id: n };
}

/**
 * The audit log, newest first, filtered by person, action, object and days,
 * in keyset pages (created_at, id): reading page 500 costs what page 1 does.
 */
export async function listAudit(db: Db, actor: Actor, query: AuditQuery): Promise<Result<{ items: AuditLogEntry[]; nextCursor: string | null }>> {
  if (!mayManagePeople(actor)) return fail("forbidden", "Only admins read the audit log.");
  const cursor = query.cursor ? decodeCursor(query.cursor) : null;
  if (query.cursor && !cursor) return fail("invalid", "Check these fields: cursor.", { cursor: "This cursor is not valid." });
  const conditions: (SQL | undefined)[] = [
    query.actor ? eq(auditEvents.actorId, query.actor) : undefined,
    query.action ? eq(auditEvents.action, query.action) : undefined,
    query.objectType ? eq(auditEvents.objectType, query.objectType) : undefined,
    query.objectId ? eq(auditEvents.objectId, query.objectId) : undefined,
    query.from ? gte(auditEvents.createdAt, query.from) : undefined,
    query.until ? lt(auditEvents.createdAt, query.until) : undefined,
    cursor ? or(lt(auditEvents.createdAt, cursor.at), and(eq(auditEvents.createdAt, cursor.at), lt(auditEvents.id, cursor.id))) : undefined,
  ];
  const rows = await db
    .select({ event: auditEvents, actorName: users.name })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(and(...conditions))
    .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id))
    .limit(query.limit + 1);
  const items = rows.slice(0, query.limit).map(({ event, actorName }) => ({
    id: event.id,
    createdAt: event.createdAt,
    actor: event.actorId ? { id: event.actorId, name: actorName ?? "" } : null,
    action: event.action,
    objectType: event.objectType,
    objectId: event.objectId,
    before: event.before,
    after: event.after,
    ip: event.ip,
  }));
  const last = items.at(-1);
  return ok({ items, nextCursor: rows.length > query.limit && last ? encodeCursor(last) : null });
}

/** Every event the filters match, page after page, for an export. */
export async function* allAudit(db: Db, actor: Actor, query: AuditQuery): AsyncGenerator<Result<AuditLogEntry[]>> {
  let cursor: string | undefined;
  do {
    const page = await listAudit(db, actor, { ...query, limit: 200, cursor });
    yield page.ok ? ok(page.data.items) : page;
    if (!page.ok) return;
    cursor = page.data.nextCursor ?? undefined;
  } while (cursor);
}
