import { asc, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { publicTags as t } from "@/lib/site/public-tags";
import { homePinSchema } from "@/lib/validation/home-pin";
import { HOME_PIN_QUEUE } from "../jobs/home-queue";
import { startJobWorker } from "../jobs/worker";
import { listHomePins } from "../queries/public-stories";
import { articles, auditEvents } from "../schema";
import { withListeningDesk, type Announcements } from "../testing/announcements";
import type { DemoDesk } from "../testing/demo-desk";
import { approvedStory, publishedStory, unpublishStory } from "../testing/stories";
import { expireHomePin, pinToHome, unpinFromHome } from "./home-slots";

let desk: DemoDesk;
let announcements: Announcements;
withListeningDesk((made, listening) => {
  [desk, announcements] = [made, listening];
});

const row = async (id: string) => (await desk.db.select().from(articles).where(eq(articles.id, id)))[0]!;
const homeAudit = async (id: string) =>
  (
    await desk.db
      .select({ action: auditEvents.action, actorId: auditEvents.actorId, after: auditEvents.after })
      .from(auditEvents)
      .where(eq(auditEvents.objectId, id))
      .orderBy(asc(auditEvents.id))
  ).filter((a) => a.action.startsWith("article.home"));
const queuedJobs = async (id: string) =>
  desk.db.execute<{ start_after: Date }>(
    // pg-boss keeps its jobs in its own schema.
    sql`select start_after from pgboss.job where name = ${HOME_PIN_QUEUE} and data->>'articleId' = ${id} order by start_after`,
  );
const pin = (slot: number, minutes?: number) => homePinSchema.parse({ slot, minutes });

describe("the home page's slots", () => {
  it("an editor pins a published story as the lead for six hours by default: recorded, queued to end, and the home page told", async () => {
    const story = await publishedStory(desk, "الخبر الرئيسي اليوم");
    const now = new Date();
    const versionBefore = (await row(story.id)).version;
    let pinned: unknown;
    expect(await announcements.during(async () => (pinned = await pinToHome(desk.db, desk.editor, story.id, pin(1), now)))).toEqual([[t.home]]);
    const until = new Date(now.getTime() + 6 * 3_600_000);
    expect(pinned).toEqual({ ok: true, data: { slot: 1, until: until.toISOString() } });
    expect(await listHomePins(desk.db)).toContainEqual({ id: story.id, slot: 1 });
    expect(await homeAudit(story.id)).toEqual([{ action: "article.home_pinned", actorId: desk.editor.id, after: { slot: 1, until: until.toISOString() } }]);
    expect((await queuedJobs(story.id)).map((j) => new Date(j.start_after).getTime())).toEqual([until.getTime()]);
    // Not an edit: whoever has the story open keeps a current version.
    expect((await row(story.id)).version).toBe(versionBefore);
  });

  it("a story pinned to a taken slot takes it; the one there leaves, recorded as replaced", async () => {
    const first = await publishedStory(desk, "خبر في الموضع الثاني");
    const second = await publishedStory(desk, "خبر يأخذ الموضع الثاني");
    await pinToHome(desk.db, desk.editor, first.id, pin(2, 60));
    await pinToHome(desk.db, desk.admin, second.id, pin(2, 60));
    expect((await row(first.id)).homeSlot).toBeNull();
    expect((await row(second.id)).homeSlot).toBe(2);
    expect((await homeAudit(first.id)).at(-1)).toMatchObject({ action: "article.home_unpinned", actorId: desk.admin.id, after: { replacedBy: second.id } });
    // Moving a pinned story to another slot frees the first.
    await pinToHome(desk.db, desk.admin, second.id, pin(3, 60));
    expect((await listHomePins(desk.db)).filter((p) => p.id === second.id)).toEqual([{ id: second.id, slot: 3 }]);
  });

  it("two editors pinning different stories to one slot at once: both succeed, one after the other, and one story holds it", async () => {
    const [a, b] = await Promise.all([publishedStory(desk, "خبر أ للموضع الرابع"), publishedStory(desk, "خبر ب للموضع الرابع")]);
    const results = await Promise.all([pinToHome(desk.db, desk.editor, a.id, pin(4, 60)), pinToHome(desk.db, desk.admin, b.id, pin(4, 60))]);
    expect(results.map((r) => r.ok)).toEqual([true, true]);
    const holders = (await listHomePins(desk.db)).filter((p) => p.slot === 4);
    expect(holders).toHaveLength(1);
  });

  it("reporters may not, and only a published story may be pinned; refusals change nothing", async () => {
    const story = await publishedStory(desk, "خبر لا يثبته مراسل");
    expect(await pinToHome(desk.db, desk.reporter, story.id, pin(1))).toMatchObject({ ok: false, code: "forbidden", reason: "home_editors_only" });
    expect(await unpinFromHome(desk.db, desk.reporter, story.id)).toMatchObject({ ok: false, code: "forbidden" });
    const draft = await approvedStory(desk, "خبر لم ينشر بعد للرئيسية");
    expect(await pinToHome(desk.db, desk.admin, draft.id, pin(1))).toMatchObject({ ok: false, code: "unprocessable", reason: "home_story_not_published" });
    expect(homePinSchema.safeParse({ slot: 6 }).error?.issues[0]?.message).toBe("home_slot_invalid");
    expect(homePinSchema.safeParse({ slot: 1, minutes: 7 * 1440 + 1 }).error?.issues[0]?.message).toBe("home_minutes_invalid");
    expect((await row(story.id)).homeSlot).toBeNull();
    expect((await row(draft.id)).homeSlot).toBeNull();
    expect(await homeAudit(story.id)).toEqual([]);
    expect(await queuedJobs(draft.id)).toHaveLength(0);
  });

  it("unpinning frees the slot at once; its queued end then finds nothing to do", async () => {
    const story = await publishedStory(desk, "خبر يزال من الرئيسية");
    const now = new Date();
    await pinToHome(desk.db, desk.editor, story.id, pin(5, 30), now);
    expect(await announcements.during(() => unpinFromHome(desk.db, desk.editor, story.id, now))).toEqual([[t.home]]);
    expect((await listHomePins(desk.db)).map((p) => p.id)).not.toContain(story.id);
    const until = new Date(now.getTime() + 30 * 60_000);
    expect(await expireHomePin(desk.db, { articleId: story.id, until: until.toISOString() }, until)).toBe("superseded");
    expect((await homeAudit(story.id)).map((a) => a.action)).toEqual(["article.home_pinned", "article.home_unpinned"]);
  });

  it("the end comes by the job, not before its time, and is recorded as the system's", async () => {
    const story = await publishedStory(desk, "خبر تنتهي مدة تثبيته");
    const now = new Date();
    await pinToHome(desk.db, desk.editor, story.id, pin(5, 10), now);
    const until = new Date(now.getTime() + 10 * 60_000);
    expect(await expireHomePin(desk.db, { articleId: story.id, until: until.toISOString() }, now)).toBe("not_due");
    expect(await announcements.during(() => expireHomePin(desk.db, { articleId: story.id, until: until.toISOString() }, until))).toEqual([[t.home]]);
    expect((await row(story.id)).homeSlot).toBeNull();
    expect((await homeAudit(story.id)).at(-1)).toMatchObject({ action: "article.home_expired", actorId: null });
  });

  it("a story taken off the site leaves the home page with it", async () => {
    const story = await publishedStory(desk, "خبر يسحب وهو مثبت");
    await pinToHome(desk.db, desk.editor, story.id, pin(1));
    expect(await announcements.during(() => unpublishStory(desk, story.id))).toContainEqual([t.home]);
    expect((await row(story.id)).homeSlot).toBeNull();
  });

  it("the worker ends a pin at its time, by itself", async () => {
    const story = await publishedStory(desk, "خبر مثبت لثوان");
    const worker = await startJobWorker(desk.url, () => {});
    try {
      await pinToHome(desk.db, desk.editor, story.id, pin(1, 1), new Date(Date.now() - 59_000));
      await expect.poll(async () => (await row(story.id)).homeSlot, { timeout: 10_000 }).toBeNull();
      expect((await homeAudit(story.id)).at(-1)?.action).toBe("article.home_expired");
    } finally {
      await worker.stop();
    }
  });
});
