import { asc, eq } from "drizzle-orm";
import { can } from "@/lib/authz/can";
import type { Actor } from "@/lib/authz/roles";
import { fail, failField, ok, type Result } from "@/lib/errors";
import { findMentions } from "@/lib/notifications/mentions";

import type { Db } from "../client";
import { transact } from "../transaction";
import { recordAudit } from "../queries/audit";
import { articles, notes, users } from "../schema";
import { notify, staffNames } from "./notifications";

export type NoteView = { id: string; body: string; createdAt: Date; author: { id: string; name: string } };

export async function listNotes(db: Db, actor: Actor, articleId: string): Promise<Result<NoteView[]>> {
  if (!can.work(actor)) return fail("forbidden", "account_inactive");
  const [exists] = await db.select({ id: articles.id }).from(articles).where(eq(articles.id, articleId));
  if (!exists) return fail("not_found", "story_not_found");
  const rows = await db
    .select({ id: notes.id, body: notes.body, createdAt: notes.createdAt, authorId: users.id, authorName: users.name })
    .from(notes)
    .innerJoin(users, eq(users.id, notes.authorId))
    .where(eq(notes.articleId, articleId))
    .orderBy(asc(notes.createdAt), asc(notes.id));
  return ok(rows.map((r) => ({ id: r.id, body: r.body, createdAt: r.createdAt, author: { id: r.authorId, name: r.authorName } })));
}

/**
 * Adds to a story's editorial discussion (never shown to readers). People
 * mentioned as `@Full Name` are told, with a link to the story; a mention of
 * someone unknown or deactivated refuses the note, and nothing is written.
 */
export async function addNote(db: Db, actor: Actor, articleId: string, body: string, now: Date = new Date()): Promise<Result<{ id: string }>> {
  if (!can.work(actor)) return fail("forbidden", "account_inactive");
  return transact(db, async (tx) => {
    const [exists] = await tx.select({ id: articles.id }).from(articles).where(eq(articles.id, articleId));
    if (!exists) return fail("not_found", "story_not_found");
    const mentions = findMentions(body, await staffNames(tx));
    if (!mentions.ok) return failField("invalid", "body", { reason: mentions.reason, params: mentions.params });
    const [note] = await tx.insert(notes).values({ articleId, authorId: actor.id, body, createdAt: now }).returning({ id: notes.id });
    if (!note) throw new Error("The note was not written.");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "article.note_added",
      objectType: "article",
      objectId: articleId,
      after: { note: note.id },
      createdAt: now,
    });
    const mentioned = mentions.ids.filter((id) => id !== actor.id);
    await notify(
      tx,
      mentioned.map((recipientId) => ({ recipientId, kind: "mentioned" as const, articleId, actorId: actor.id })),
      now,
    );
    return ok(note);
  });
}
