import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { publicTags as t } from "@/lib/site/public-tags";
import { breakingSchema } from "@/lib/validation/breaking";
import { BREAKING_QUEUE } from "../jobs/breaking-queue";
import { startJobWorker } from "../jobs/worker";
import { listBreakingStoryIds } from "../queries/public-stories";
import { articles, auditEvents } from "../schema";
import { withListeningDesk, type Announcements } from "../testing/announcements";
import type { DemoDesk } from "../testing/demo-desk";
import { approvedStory, publishedStory, unpublishStory } from "../testing/stories";
import { clearBreaking, expireBreaking, markBreaking } from "./breaking-news";

let desk: DemoDesk;
let announcements: Announcements;
withListeningDesk((made, listening) => {
  [desk, announcements] = [made, listening];
});

const row = async (id: string) => (await desk.db.select().from(articles).where(eq(articles.id, id)))[0]!;
const auditOf = async (id: string) =>
  (await desk.db.select({ action: auditEvents.action, actorId: auditEvents.actorId }).from(auditEvents).where(eq(auditEvents.objectId, id))).filter((a) =>
    a.action.startsWith("article.breaking"),
  );
const queuedJobs = async (id: string) =>
  desk.db.execute<{ start_after: Date }>(
    // pg-boss keeps its jobs in its own schema.
    sql`select start_after from pgboss.job where name = ${BREAKING_QUEUE} and data->>'articleId' = ${id} order by start_after`,
  );
describe("the breaking-news bar", () => {
  it("an editor marks a published story for two hours by default: recorded, queued to end, and every page told", async () => {
    const story = await publishedStory(desk, "عاجل: زلزال في المنطقة");
    const now = new Date();
    const versionBefore = (await row(story.id)).version;
    let marked: unknown;
    expect(await announcements.during(async () => (marked = await markBreaking(desk.db, desk.editor, story.id, breakingSchema.parse({}), now)))).toEqual([
      [t.breaking],
    ]);
    expect(marked).toEqual({ ok: true, data: { breakingUntil: new Date(now.getTime() + 2 * 3_600_000).toISOString() } });
    expect((await row(story.id)).breakingUntil).toEqual(new Date(now.getTime() + 2 * 3_600_000));
    expect(await listBreakingStoryIds(desk.db)).toContain(story.id);
    expect(await auditOf(story.id)).toEqual([{ action: "article.breaking_marked", actorId: desk.editor.id }]);
    expect((await queuedJobs(story.id)).map((j) => new Date(j.start_after).getTime())).toEqual([now.getTime() + 2 * 3_600_000]);
    // Not an edit: whoever has the story open keeps a current version.
    expect((await row(story.id)).version).toBe(versionBefore);
  });

  it("reporters may not, and only a published story may be breaking; refusals change nothing", async () => {
    const story = await publishedStory(desk, "خبر لا يصير عاجلًا");
    expect(await markBreaking(desk.db, desk.reporter, story.id, breakingSchema.parse({}))).toMatchObject({ ok: false, code: "forbidden" });
    expect(await clearBreaking(desk.db, desk.reporter, story.id)).toMatchObject({ ok: false, code: "forbidden" });
    const draft = await approvedStory(desk, "خبر لم يُنشر");
    expect(await markBreaking(desk.db, desk.admin, draft.id, breakingSchema.parse({}))).toMatchObject({
      ok: false,
      code: "unprocessable",
      reason: "breaking_story_not_published",
    });
    const tooFar = new Date(Date.now() + 49 * 3_600_000).toISOString();
    expect(await markBreaking(desk.db, desk.editor, story.id, breakingSchema.parse({ until: tooFar }))).toMatchObject({
      ok: false,
      reason: "breaking_until_too_far",
      fields: { until: { reason: "breaking_until_too_far", params: { hours: 48 } } },
    });
    expect(await markBreaking(desk.db, desk.editor, story.id, breakingSchema.parse({ until: "2020-01-01T00:00:00Z" }))).toMatchObject({
      ok: false,
      fields: { until: { reason: "breaking_until_past" } },
    });
    expect((await row(story.id)).breakingUntil).toBeNull();
    expect(await auditOf(story.id)).toEqual([]);
    expect(await queuedJobs(story.id)).toHaveLength(0);
  });

  it("clearing takes the story out at once; its queued end then finds nothing to do", async () => {
    const story = await publishedStory(desk, "خبر يُزال من العاجل");
    const now = new Date();
    await markBreaking(desk.db, desk.editor, story.id, breakingSchema.parse({ minutes: 30 }), now);
    expect(await clearBreaking(desk.db, desk.admin, story.id, now)).toEqual({ ok: true, data: { breakingUntil: null } });
    expect(await listBreakingStoryIds(desk.db)).not.toContain(story.id);
    const until = new Date(now.getTime() + 30 * 60_000);
    expect(await expireBreaking(desk.db, { articleId: story.id, until: until.toISOString() }, until)).toBe("superseded");
    expect((await auditOf(story.id)).map((a) => a.action)).toEqual(["article.breaking_marked", "article.breaking_cleared"]);
  });

  it("the end comes by the job: not before its time, not for a mark that was moved, and recorded as the system's", async () => {
    const story = await publishedStory(desk, "خبر تنتهي مدته");
    const now = new Date();
    await markBreaking(desk.db, desk.editor, story.id, breakingSchema.parse({ minutes: 10 }), now);
    const first = new Date(now.getTime() + 10 * 60_000);
    await markBreaking(desk.db, desk.editor, story.id, breakingSchema.parse({ minutes: 20 }), now);
    const second = new Date(now.getTime() + 20 * 60_000);
    expect(await expireBreaking(desk.db, { articleId: story.id, until: first.toISOString() }, first)).toBe("superseded");
    expect(await expireBreaking(desk.db, { articleId: story.id, until: second.toISOString() }, first)).toBe("not_due");
    expect((await row(story.id)).breakingUntil).toEqual(second);
    let outcome: unknown;
    expect(
      await announcements.during(async () => (outcome = await expireBreaking(desk.db, { articleId: story.id, until: second.toISOString() }, second))),
    ).toEqual([[t.breaking]]);
    expect(outcome).toBe("expired");
    expect((await row(story.id)).breakingUntil).toBeNull();
    expect((await auditOf(story.id)).at(-1)).toEqual({ action: "article.breaking_expired", actorId: null });
  });

  it("a story taken off the site leaves the bar with it", async () => {
    const story = await publishedStory(desk, "خبر يُسحب وهو عاجل");
    await markBreaking(desk.db, desk.editor, story.id, breakingSchema.parse({}));
    expect(await announcements.during(() => unpublishStory(desk, story.id))).toContainEqual([t.breaking]);
    expect((await row(story.id)).breakingUntil).toBeNull();
    expect(await listBreakingStoryIds(desk.db)).not.toContain(story.id);
  });

  it("the worker ends a mark at its time, by itself", async () => {
    const story = await publishedStory(desk, "خبر عاجل لثوانٍ");
    const worker = await startJobWorker(desk.url, () => {});
    try {
      await markBreaking(desk.db, desk.editor, story.id, breakingSchema.parse({ until: new Date(Date.now() + 1_000).toISOString() }));
      expect(await listBreakingStoryIds(desk.db)).toContain(story.id);
      await expect.poll(async () => (await row(story.id)).breakingUntil, { timeout: 10_000 }).toBeNull();
      expect((await auditOf(story.id)).at(-1)?.action).toBe("article.breaking_expired");
    } finally {
      await worker.stop();
    }
  });
});
