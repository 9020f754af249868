import { and, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { notificationQuerySchema, notificationsReadSchema } from "@/lib/validation/notifications";
import { transitionSchema, updateArticleSchema } from "@/lib/validation/article";
import { approvedStory, publishStory } from "../testing/stories";
import { createDemoDesk, type DemoDesk } from "../testing/demo-desk";
import { articles, notes, notifications, users } from "../schema";
import { addNote } from "./article-notes";
import { transitionArticle } from "./article-transition";
import { updateArticle } from "./article-write";
import { createUser } from "./create-user";
import { listNotifications, markNotificationsRead, remindDeadlines, sendQueuedNotificationMail, type NotificationMailItem } from "./notifications";

let desk: DemoDesk;
beforeAll(async () => {
  desk = await createDemoDesk();
});
afterAll(async () => desk.drop());

const page = (limit = 20, cursor?: string) => notificationQuerySchema.parse({ limit: String(limit), ...(cursor ? { cursor } : {}) });
const kindsOf = async (recipientId: string) =>
  (await desk.db.select({ kind: notifications.kind }).from(notifications).where(eq(notifications.recipientId, recipientId)).orderBy(notifications.id)).map(
    (r) => r.kind,
  );
const versionOf = async (id: string) => (await desk.db.select({ version: articles.version }).from(articles).where(eq(articles.id, id)))[0]!.version;

describe("workflow notifications", () => {
  it("tell the reporter what the desk did with their story, and the editors what was sent to them, in the step's transaction", async () => {
    const before = await kindsOf(desk.reporter.id);
    const story = await approvedStory(desk, `قصة للإشعارات ${Date.now()}`);
    expect((await kindsOf(desk.editor.id)).at(-1)).toBe("story_submitted");
    await publishStory(desk, story.id);
    expect((await kindsOf(desk.reporter.id)).slice(before.length)).toEqual(["story_approved", "story_published"]);

    // A step that fails writes nothing: a stale version is refused, and no one is told.
    const count = (await kindsOf(desk.reporter.id)).length;
    const stale = await transitionArticle(desk.db, desk.editor, story.id, transitionSchema.parse({ to: "unpublished", version: 1, reason: "x" }));
    expect(stale.ok).toBe(false);
    expect(await kindsOf(desk.reporter.id)).toHaveLength(count);
  });

  it("are listed newest first with the story and who did it, counted while unread, and marked read only for their owner", async () => {
    const story = await approvedStory(desk, `قصة القائمة ${Date.now()}`);
    const listed = await listNotifications(desk.db, desk.reporter, page(2));
    if (!listed.ok) throw new Error(listed.reason);
    expect(listed.data.items[0]).toMatchObject({ kind: "story_approved", read: false, story: { id: story.id }, actor: { id: desk.editor.id } });
    expect(listed.data.unread).toBeGreaterThanOrEqual(2);
    const next = await listNotifications(desk.db, desk.reporter, page(2, listed.data.nextCursor!));
    expect(next.ok && next.data.items.every((n) => !listed.data.items.some((m) => m.id === n.id))).toBe(true);

    const mine = listed.data.items[0]!.id;
    // The editor cannot mark the reporter's notification read: it is simply not theirs.
    await markNotificationsRead(desk.db, desk.editor, notificationsReadSchema.parse({ ids: [mine] }));
    expect((await desk.db.select().from(notifications).where(eq(notifications.id, mine)))[0]?.readAt).toBeNull();
    const one = await markNotificationsRead(desk.db, desk.reporter, notificationsReadSchema.parse({ ids: [mine] }));
    expect(one.ok && one.data.unread).toBe(listed.data.unread - 1);
    const all = await markNotificationsRead(desk.db, desk.reporter, notificationsReadSchema.parse({ all: true }));
    expect(all.ok && all.data.unread).toBe(0);
  });

  it("tell an editor a story was assigned to them, unless they took it themselves", async () => {
    const story = await approvedStory(desk, `قصة الإسناد ${Date.now()}`);
    const before = (await kindsOf(desk.editor.id)).length;
    const assigned = await updateArticle(
      desk.db,
      desk.admin,
      story.id,
      updateArticleSchema.parse({ version: await versionOf(story.id), assignedEditorId: desk.editor.id }),
    );
    expect(assigned.ok).toBe(true);
    expect((await kindsOf(desk.editor.id)).slice(before)).toEqual(["story_assigned"]);
  });
});

describe("mentions in notes", () => {
  it("tell the person mentioned, and refuse a mention of someone unknown or deactivated without writing anything", async () => {
    const story = await approvedStory(desk, `قصة الإشارة ${Date.now()}`);
    const ok = await addNote(desk.db, desk.reporter, story.id, "@خالد عبد الله هل تراجع الأرقام؟");
    expect(ok.ok).toBe(true);
    expect((await kindsOf(desk.editor.id)).at(-1)).toBe("mentioned");

    const gone = await createUser(
      desk.db,
      { email: `gone-${Date.now()}@newsroom.test`, name: "نادر المغادر", role: "reporter", password: "ورق-الصحف-لا-ينام-2026", locale: null },
      null,
    );
    if (!gone.ok) throw new Error(gone.code);
    await desk.db.update(users).set({ active: false }).where(eq(users.id, gone.user.id));
    const notesBefore = (await desk.db.select().from(notes).where(eq(notes.articleId, story.id))).length;
    expect(await addNote(desk.db, desk.reporter, story.id, "@نادر المغادر تعال")).toMatchObject({
      ok: false,
      code: "invalid",
      fields: { body: { reason: "mention_inactive", params: { name: "نادر المغادر" } } },
    });
    expect(await addNote(desk.db, desk.reporter, story.id, "@مجهول")).toMatchObject({ ok: false, reason: "mention_unknown" });
    expect(await desk.db.select().from(notes).where(eq(notes.articleId, story.id))).toHaveLength(notesBefore);
    expect(await kindsOf(gone.user.id)).toEqual([]);
  });
});

describe("deadline reminders", () => {
  it("remind authors and the assigned editor once within the hour and once when passed, however often they run", async () => {
    const story = await approvedStory(desk, `قصة الموعد ${Date.now()}`);
    const now = new Date();
    const deadline = new Date(now.getTime() + 30 * 60_000);
    await desk.db.update(articles).set({ deadline, assignedEditorId: desk.admin.id }).where(eq(articles.id, story.id));
    const mine = (recipientId: string) =>
      desk.db
        .select({ kind: notifications.kind })
        .from(notifications)
        .where(and(eq(notifications.recipientId, recipientId), eq(notifications.articleId, story.id), like(notifications.kind, "deadline_%")));
    await remindDeadlines(desk.db, now);
    await remindDeadlines(desk.db, new Date(now.getTime() + 60_000));
    expect((await mine(desk.reporter.id)).map((r) => r.kind)).toEqual(["deadline_soon"]);
    expect((await mine(desk.admin.id)).map((r) => r.kind)).toEqual(["deadline_soon"]);
    await remindDeadlines(desk.db, new Date(deadline.getTime() + 1000));
    await remindDeadlines(desk.db, new Date(deadline.getTime() + 2000));
    expect((await mine(desk.reporter.id)).map((r) => r.kind).sort()).toEqual(["deadline_passed", "deadline_soon"]);
  });
});

describe("notification e-mail", () => {
  it("goes out once, after commit, only to people who asked for it", async () => {
    await desk.db.update(users).set({ notifyByEmail: true }).where(eq(users.id, desk.reporter.id));
    const story = await approvedStory(desk, `قصة البريد ${Date.now()}`);
    await desk.db.update(users).set({ notifyByEmail: false }).where(eq(users.id, desk.reporter.id));
    const sent: NotificationMailItem[] = [];
    const send = async (item: NotificationMailItem) => void sent.push(item);
    while ((await sendQueuedNotificationMail(desk.db, send)) > 0);
    expect(sent.filter((m) => m.story?.id === story.id).map((m) => [m.to.email, m.kind])).toEqual([["reporter@newsroom.test", "story_approved"]]);
    expect(await sendQueuedNotificationMail(desk.db, send)).toBe(0);
  });
});
