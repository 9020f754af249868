import { and, count, eq, gt, inArray, isNotNull, isNull, lte, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { can } from "@/lib/authz/can";
import type { Actor } from "@/lib/authz/roles";
import { fail, ok, type Result } from "@/lib/errors";
import { deadlineReminders, DEADLINE_WARNING_MINUTES, notificationsForStep, type NotificationDraft, type NotificationKind } from "@/lib/notifications/kinds";
import { keysetCursor, type Position } from "@/lib/pagination/cursor";
import type { NotificationQuery, NotificationsRead } from "@/lib/validation/notifications";
import type { Db } from "../client";
import { instantKey, keysetAfter, keysetOrderBy, type KeysetOrder } from "../queries/keyset";
import { articleAuthors, articles, notifications, users } from "../schema";

export type NotificationView = {
  id: number;
  kind: NotificationKind;
  createdAt: Date;
  read: boolean;
  story: { id: string; headline: string; language: string } | null;
  actor: { id: string; name: string } | null;
};

const cursor = keysetCursor({ kind: "notifications", key: "instant", id: "serial" });
const order: KeysetOrder = { key: notifications.createdAt, id: notifications.id, direction: "desc" };

/**
 * Writes notifications inside the caller's transaction, so they exist exactly
 * when the change they tell of does. Inactive people are told nothing; those
 * who asked for e-mail get one queued (the worker sends it after commit). A
 * reminder a job raises twice is written once (its dedupe key).
 */
export async function notify(tx: Db, drafts: readonly NotificationDraft[], now: Date): Promise<void> {
  if (drafts.length === 0) return;
  const people = await tx
    .select({ id: users.id, mail: users.notifyByEmail })
    .from(users)
    .where(and(inArray(users.id, [...new Set(drafts.map((d) => d.recipientId))]), eq(users.active, true)));
  const byId = new Map(people.map((p) => [p.id, p.mail]));
  const rows = drafts
    .filter((d) => byId.has(d.recipientId))
    .map((d) => ({
      recipientId: d.recipientId,
      kind: d.kind,
      articleId: d.articleId,
      actorId: d.actorId,
      dedupeKey: d.dedupeKey ?? null,
      createdAt: now,
      mailPending: byId.get(d.recipientId) === true,
    }));
  if (rows.length)
    await tx
      .insert(notifications)
      .values(rows)
      .onConflictDoNothing({ target: [notifications.recipientId, notifications.dedupeKey] });
}

const unreadCount = async (db: Db, recipientId: string) =>
  (
    await db
      .select({ n: count() })
      .from(notifications)
      .where(and(eq(notifications.recipientId, recipientId), isNull(notifications.readAt)))
  )[0]?.n ?? 0;

/** A person's own notifications, newest first in keyset pages, with how many are unread. */
export async function listNotifications(
  db: Db,
  actor: Actor,
  query: NotificationQuery,
): Promise<Result<{ items: NotificationView[]; unread: number; nextCursor: string | null }>> {
  if (!can.work(actor)) return fail("forbidden", "account_inactive");
  const after = query.cursor ? cursor.decode(query.cursor) : null;
  if (after && !after.ok) return after;
  const by = alias(users, "by");
  const rows = await db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
      key: instantKey(notifications.createdAt),
      storyId: articles.id,
      headline: articles.headline,
      language: articles.language,
      actorId: by.id,
      actorName: by.name,
    })
    .from(notifications)
    .leftJoin(articles, eq(articles.id, notifications.articleId))
    .leftJoin(by, eq(by.id, notifications.actorId))
    .where(and(eq(notifications.recipientId, actor.id), after ? keysetAfter(cursor, order, after.data as Position<"serial">) : undefined))
    .orderBy(...keysetOrderBy(order))
    .limit(query.limit + 1);
  const items = rows.slice(0, query.limit);
  const last = items.at(-1);
  return ok({
    items: items.map((r) => ({
      id: r.id,
      kind: r.kind as NotificationKind,
      createdAt: r.createdAt,
      read: r.readAt !== null,
      story: r.storyId && r.headline !== null ? { id: r.storyId, headline: r.headline, language: r.language ?? "ar" } : null,
      actor: r.actorId && r.actorName !== null ? { id: r.actorId, name: r.actorName } : null,
    })),
    unread: await unreadCount(db, actor.id),
    nextCursor: rows.length > query.limit && last ? cursor.encode({ key: last.key, id: last.id }) : null,
  });
}

/** Marks some (or all) of a person's own notifications read; others' ids are simply not theirs to mark. */
export async function markNotificationsRead(db: Db, actor: Actor, input: NotificationsRead, now: Date = new Date()): Promise<Result<{ unread: number }>> {
  if (!can.work(actor)) return fail("forbidden", "account_inactive");
  await db
    .update(notifications)
    .set({ readAt: now })
    .where(and(eq(notifications.recipientId, actor.id), isNull(notifications.readAt), input.ids ? inArray(notifications.id, input.ids) : undefined));
  return ok({ unread: await unreadCount(db, actor.id) });
}

/** Stories still being worked on: a deadline means nothing once a story is scheduled, out or spiked. */
const OPEN_STATUSES = ["draft", "in_review", "changes_requested", "approved"] as const;
/** A deadline further in the past than this when reminders first run (a new install, a long outage) is not news. */
const STALE_HOURS = 24;

/** Reminds the owners of deadlines within the hour or just passed; safe to run as often and from as many workers as wanted. */
export async function remindDeadlines(db: Db, now: Date = new Date()): Promise<number> {
  const due = await db
    .select({ id: articles.id, deadline: articles.deadline, assignedEditorId: articles.assignedEditorId })
    .from(articles)
    .where(
      and(
        isNotNull(articles.deadline),
        inArray(articles.status, [...OPEN_STATUSES]),
        lte(articles.deadline, new Date(now.getTime() + DEADLINE_WARNING_MINUTES * 60_000)),
        gt(articles.deadline, new Date(now.getTime() - STALE_HOURS * 3_600_000)),
      ),
    );
  if (due.length === 0) return 0;
  const authors = await db
    .select({ articleId: articleAuthors.articleId, userId: articleAuthors.userId })
    .from(articleAuthors)
    .where(
      inArray(
        articleAuthors.articleId,
        due.map((d) => d.id),
      ),
    );
  const drafts = due.flatMap((story) =>
    deadlineReminders(
      {
        articleId: story.id,
        deadline: story.deadline!,
        authorIds: authors.filter((a) => a.articleId === story.id).map((a) => a.userId),
        assignedEditorId: story.assignedEditorId,
      },
      now,
    ),
  );
  await notify(db, drafts, now);
  return drafts.length;
}

export type NotificationMailItem = {
  id: number;
  kind: NotificationKind;
  to: { email: string; name: string; locale: string | null };
  story: { id: string; headline: string } | null;
  actorName: string | null;
};

/**
 * Sends the e-mail of queued notifications, a batch at a time. Rows are
 * locked with SKIP LOCKED, so several workers share the outbox and none sends
 * a message twice; each is marked sent (or given up) in the same transaction.
 */
export async function sendQueuedNotificationMail(db: Db, send: (item: NotificationMailItem) => Promise<unknown>, batch = 20): Promise<number> {
  return db.transaction(async (tx) => {
    const by = alias(users, "by");
    const rows = await tx
      .select({
        id: notifications.id,
        kind: notifications.kind,
        email: users.email,
        name: users.name,
        locale: users.locale,
        storyId: articles.id,
        headline: articles.headline,
        actorName: by.name,
      })
      .from(notifications)
      .innerJoin(users, eq(users.id, notifications.recipientId))
      .leftJoin(articles, eq(articles.id, notifications.articleId))
      .leftJoin(by, eq(by.id, notifications.actorId))
      .where(eq(notifications.mailPending, true))
      .orderBy(notifications.id)
      .limit(batch)
      .for("update", { of: notifications, skipLocked: true });
    for (const r of rows) {
      // A message that cannot be sent is given up (the mailer logs why): the bell still has it.
      await send({
        id: r.id,
        kind: r.kind as NotificationKind,
        to: { email: r.email, name: r.name, locale: r.locale },
        story: r.storyId && r.headline !== null ? { id: r.storyId, headline: r.headline } : null,
        actorName: r.actorName,
      });
    }
    if (rows.length) {
      await tx
        .update(notifications)
        .set({ mailPending: false })
        .where(
          inArray(
            notifications.id,
            rows.map((r) => r.id),
          ),
        );
    }
    return rows.length;
  });
}

/** Everyone who may be mentioned or told: active staff and, for a clear refusal, inactive staff too. */
export async function staffNames(db: Db): Promise<{ id: string; name: string; active: boolean }[]> {
  return db
    .select({ id: users.id, name: users.name, active: users.active })
    .from(users)
    .orderBy(sql`lower(${users.name})`);
}

/** Tells the people a workflow step concerns (lib/notifications/kinds.ts), in the step's transaction. */
export async function notifyStep(
  tx: Db,
  step: string,
  story: { id: string; assignedEditorId: string | null; authorIds: readonly string[] },
  actorId: string | null,
  now: Date,
): Promise<void> {
  const editors = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, "editor"), eq(users.active, true)));
  const people = { articleId: story.id, authorIds: story.authorIds, assignedEditorId: story.assignedEditorId, editorIds: editors.map((e) => e.id) };
  await notify(tx, notificationsForStep(step, people, actorId), now);
}
