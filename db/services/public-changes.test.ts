import postgres from "postgres";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publicTags as t } from "@/lib/site/public-tags";
import { sectionChangeSchema } from "@/lib/validation/sections";
import { updateArticleSchema } from "@/lib/validation/article";
import { parsePublicChangeMessage, PUBLIC_CHANGES_CHANNEL } from "../queries/public-changes";
import { articles, sections } from "../schema";
import { createDemoDesk, type DemoDesk } from "../testing/demo-desk";
import { approvedStory, publishStory, scheduleStory, unpublishStory } from "../testing/stories";
import { updateArticle } from "./article-write";
import { updateProfile } from "./profile";
import { runPublishJob } from "./scheduled";
import { changeSection } from "./sections";

let desk: DemoDesk;
let listener: postgres.Sql;
const heard: string[][] = [];

beforeAll(async () => {
  desk = await createDemoDesk();
  listener = postgres(desk.url, { max: 1, onnotice: () => {} });
  await listener.listen(PUBLIC_CHANGES_CHANNEL, (payload) => heard.push(parsePublicChangeMessage(payload)));
});
afterAll(async () => {
  await listener.end();
  await desk.drop();
});

/** The tags announced while `act` ran (notifications arrive after commit, so wait for them). */
async function announced(act: () => Promise<unknown>): Promise<string[][]> {
  heard.length = 0;
  await act();
  await new Promise((r) => setTimeout(r, 150));
  return heard.map((tags) => [...tags].sort());
}

async function version(id: string) {
  const [row] = await desk.db.select({ version: articles.version, slug: articles.slug }).from(articles).where(eq(articles.id, id));
  return row!;
}

const sorted = (tags: string[]) => [...tags].sort();

describe("every change readers can see announces exactly the tags of what shows it", () => {
  it("publishing, updating, moving and unpublishing a story", async () => {
    const story = await approvedStory(desk, "خبر يتغير على الموقع");
    const here = t.address("world", story.slug);
    expect(await announced(() => publishStory(desk, story.id))).toEqual([sorted([t.story(story.id), here, t.latest])]);

    // Working changes to a published story stay off the site until the next publication.
    expect(
      await announced(async () =>
        updateArticle(desk.db, desk.editor, story.id, updateArticleSchema.parse({ version: (await version(story.id)).version, headline: "عنوان جديد للخبر" })),
      ),
    ).toEqual([]);
    expect(await announced(() => publishStory(desk, story.id))).toEqual([[t.story(story.id)]]);

    const before = await version(story.id);
    expect(
      await announced(() => updateArticle(desk.db, desk.editor, story.id, updateArticleSchema.parse({ version: before.version, slug: "عنوان-منقول" }))),
    ).toEqual([sorted([t.story(story.id), here, t.address("world", "عنوان-منقول")])]);
    expect(
      await announced(() => updateArticle(desk.db, desk.editor, story.id, updateArticleSchema.parse({ version: before.version + 1, section: "sports" }))),
    ).toEqual([sorted([t.story(story.id), t.address("world", "عنوان-منقول"), t.address("sports", "عنوان-منقول")])]);
    // Its language is the page's direction: readers see a change at once.
    expect(
      await announced(() => updateArticle(desk.db, desk.editor, story.id, updateArticleSchema.parse({ version: before.version + 2, language: "en" }))),
    ).toEqual([[t.story(story.id)]]);

    expect(await announced(() => unpublishStory(desk, story.id))).toEqual([sorted([t.story(story.id), t.address("sports", "عنوان-منقول"), t.latest])]);
    // Off the site, a new address still retires the old one, which now leads (by redirect) elsewhere.
    expect(
      await announced(async () =>
        updateArticle(desk.db, desk.editor, story.id, updateArticleSchema.parse({ version: (await version(story.id)).version, slug: "عنوان-ثالث" })),
      ),
    ).toEqual([sorted([t.story(story.id), t.address("sports", "عنوان-منقول"), t.address("sports", "عنوان-ثالث")])]);
  });

  it("a schedule firing announces the publication; scheduling it announces nothing", async () => {
    const story = await approvedStory(desk, "خبر مجدول للإعلان");
    const at = new Date(Date.now() + 3_600_000);
    expect(await announced(() => scheduleStory(desk, story.id, at))).toEqual([]);
    expect(await announced(() => runPublishJob(desk.db, { articleId: story.id, publishAt: at.toISOString() }, new Date(at.getTime() + 100)))).toEqual([
      sorted([t.story(story.id), t.address("world", story.slug), t.latest]),
    ]);
  });

  it("a related story's new headline reaches the pages linking to it through its own tag", async () => {
    const related = await approvedStory(desk, "الخبر المرتبط");
    await publishStory(desk, related.id);
    const { version: v } = await version(related.id);
    await updateArticle(desk.db, desk.editor, related.id, updateArticleSchema.parse({ version: v, headline: "الخبر المرتبط بعنوان أوضح" }));
    // Pages that link to it read its card under t.story(related.id) (server/public/cached-data.ts).
    expect(await announced(() => publishStory(desk, related.id))).toEqual([[t.story(related.id)]]);
  });

  it("renaming, hiding and re-addressing a section", async () => {
    const culture = await sectionId("culture");
    const change = (input: Record<string, unknown>) => announced(() => changeSection(desk.db, desk.admin, culture, sectionChangeSchema.parse(input)));
    expect(await change({ nameAr: "ثقافة وفنون" })).toEqual([[t.section(culture)]]);
    expect(await change({ hidden: true })).toEqual([[t.section(culture)]]);
    expect(await change({ slug: "arts" })).toEqual([sorted([t.section(culture), t.sectionPath("culture"), t.sectionPath("arts")])]);
  });

  it("a byline's new name, and nothing for a change of UI language only", async () => {
    expect(await announced(() => updateProfile(desk.db, desk.reporter, { name: "سارة منصور الجديدة", locale: "ar" }))).toEqual([[t.person(desk.reporter.id)]]);
    expect(await announced(() => updateProfile(desk.db, desk.reporter, { name: "سارة منصور الجديدة", locale: "en" }))).toEqual([]);
  });
});

async function sectionId(slug: string) {
  const [row] = await desk.db.select({ id: sections.id }).from(sections).where(eq(sections.slug, slug));
  return row!.id;
}
