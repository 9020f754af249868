import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { publicTags as t } from "@/lib/site/public-tags";
import { transitionSchema } from "@/lib/validation/article";
import { listPublicCorrections } from "../queries/corrections";
import { findPublicStory } from "../queries/public-stories";
import { articles, auditEvents, corrections } from "../schema";
import { withListeningDesk, type Announcements } from "../testing/announcements";
import type { DemoDesk } from "../testing/demo-desk";
import { approvedStory, publishedStory, publishStory, unpublishStory } from "../testing/stories";
import { transitionArticle } from "./article-transition";

let desk: DemoDesk;
let announcements: Announcements;
withListeningDesk((made, listening) => {
  [desk, announcements] = [made, listening];
});

const version = async (id: string) => (await desk.db.select({ version: articles.version }).from(articles).where(eq(articles.id, id)))[0]!.version;
const correction = (n: number) => ({ wrong: `قيل إن عدد الضحايا ${n}`, correct: `عدد الضحايا ${n + 1}`, publicText: `صُحّح عدد الضحايا إلى ${n + 1}.` });
const publishUpdate = async (id: string, extra: Record<string, unknown>, at = new Date()) =>
  transitionArticle(desk.db, desk.editor, id, transitionSchema.parse({ to: "published", version: await version(id), ...extra }), at);

describe("corrections", () => {
  it("an update published with a correction keeps it, dated, shows it on the story in order, lists it, and records it", async () => {
    const story = await publishedStory(desk, "خبر يحتاج تصحيحين");
    const first = new Date(Date.now() + 1_000);
    let outcome: Awaited<ReturnType<typeof transitionArticle>> | undefined;
    expect(await announcements.during(async () => (outcome = await publishUpdate(story.id, { correction: correction(3) }, first)))).toEqual([
      [t.sitemaps, t.story(story.id)].sort(),
      [t.corrections],
    ]);
    expect(outcome?.ok).toBe(true);
    await publishUpdate(story.id, { correction: correction(4) }, new Date(first.getTime() + 60_000));

    const rows = await desk.db.select().from(corrections).where(eq(corrections.articleId, story.id)).orderBy(asc(corrections.createdAt));
    expect(rows.map((r) => [r.wrong, r.correct, r.publicText, r.createdBy])).toEqual([
      [correction(3).wrong, correction(3).correct, correction(3).publicText, desk.editor.id],
      [correction(4).wrong, correction(4).correct, correction(4).publicText, desk.editor.id],
    ]);
    expect((await findPublicStory(desk.db, story.id))?.corrections).toEqual([
      { text: correction(3).publicText, at: first },
      { text: correction(4).publicText, at: new Date(first.getTime() + 60_000) },
    ]);
    const listed = await listPublicCorrections(desk.db, null, 50);
    expect(listed.items.filter((c) => c.storyId === story.id).map((c) => c.text)).toEqual([correction(4).publicText, correction(3).publicText]);
    const audit = await desk.db
      .select({ action: auditEvents.action, actorId: auditEvents.actorId, after: auditEvents.after })
      .from(auditEvents)
      .where(eq(auditEvents.objectId, story.id))
      .orderBy(asc(auditEvents.id));
    expect(audit.filter((a) => a.action === "article.corrected")).toEqual([
      { action: "article.corrected", actorId: desk.editor.id, after: expect.objectContaining(correction(3)) },
      { action: "article.corrected", actorId: desk.editor.id, after: expect.objectContaining(correction(4)) },
    ]);
  });

  it("a first publication cannot carry one, and the refusal changes nothing", async () => {
    const story = await approvedStory(desk, "خبر لم يُنشر قبل");
    const before = await version(story.id);
    expect(await publishUpdate(story.id, { correction: correction(1) })).toMatchObject({
      ok: false,
      code: "unprocessable",
      reason: "correction_only_on_update",
    });
    expect(await version(story.id)).toBe(before);
    expect(await desk.db.select().from(corrections).where(eq(corrections.articleId, story.id))).toEqual([]);
  });

  it("each part is required and bounded, with a message per field", () => {
    const parsed = transitionSchema.safeParse({ to: "published", version: 1, correction: { wrong: " ", correct: "", publicText: "x".repeat(1001) } });
    expect(parsed.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["correction.wrong", "correction_wrong_required"],
      ["correction.correct", "correction_correct_required"],
      ["correction.publicText", "correction_too_long"],
    ]);
  });

  it("a corrected story taken off the site leaves the corrections page, and comes back with it", async () => {
    const story = await publishedStory(desk, "خبر مصحح يُسحب");
    await publishUpdate(story.id, { correction: correction(7) });
    expect(await announcements.during(() => unpublishStory(desk, story.id))).toContainEqual([t.corrections]);
    expect((await listPublicCorrections(desk.db, null, 100)).items.map((c) => c.storyId)).not.toContain(story.id);
    // An uncorrected story's comings and goings leave the page alone.
    const plain = await approvedStory(desk, "خبر بلا تصحيح");
    expect(await announcements.during(() => publishStory(desk, plain.id))).not.toContainEqual([t.corrections]);
  });

  it("pages through every correction newest first without skipping or repeating", async () => {
    const story = await publishedStory(desk, "خبر بتصحيحات كثيرة");
    const start = Date.now() + 10_000;
    for (let i = 0; i < 5; i++) await publishUpdate(story.id, { correction: correction(10 + i) }, new Date(start + i * 1_000));
    const seen: string[] = [];
    let after = null;
    do {
      const page: Awaited<ReturnType<typeof listPublicCorrections>> = await listPublicCorrections(desk.db, after, 2);
      seen.push(...page.items.map((c) => c.id));
      after = page.next;
    } while (after);
    const all = (await listPublicCorrections(desk.db, null, 1_000)).items.map((c) => c.id);
    expect(seen).toEqual(all);
    expect(new Set(seen).size).toBe(seen.length);
  });
});
