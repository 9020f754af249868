import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { publicTags as t } from "@/lib/site/public-tags";
import { newSectionSchema, sectionChangeSchema } from "@/lib/validation/sections";
import { updateArticleSchema } from "@/lib/validation/article";
import { articles, sections, users } from "../schema";
import { withListeningDesk, type Announcements } from "../testing/announcements";
import type { DemoDesk } from "../testing/demo-desk";
import { approvedStory, publishStory, scheduleStory, unpublishStory } from "../testing/stories";
import { updateArticle } from "./article-write";
import { updateProfile } from "./profile";
import { runPublishJob } from "./scheduled";
import { changeSection, createSection, deleteSection, moveSection } from "./sections";

let desk: DemoDesk;
let announcements: Announcements;
withListeningDesk((made, listening) => {
  [desk, announcements] = [made, listening];
});

const announced = (act: () => Promise<unknown>) => announcements.during(act);

async function version(id: string) {
  const [row] = await desk.db.select({ version: articles.version, slug: articles.slug }).from(articles).where(eq(articles.id, id));
  return row!;
}

const sorted = (tags: string[]) => [...tags].sort();
/** The reporter's author page: every story here is theirs. */
const byline = async () => {
  const [reporter] = await desk.db.select({ slug: users.slug }).from(users).where(eq(users.id, desk.reporter.id));
  return [t.authorList(desk.reporter.id), t.authorPath(reporter!.slug)];
};
const sectionBySlug = async (slug: string) => (await desk.db.select().from(sections).where(eq(sections.slug, slug)))[0]!;

describe("every change readers can see announces exactly the tags of what shows it", () => {
  it("publishing, updating, moving and unpublishing a story", async () => {
    const story = await approvedStory(desk, "خبر يتغير على الموقع");
    const here = t.address("world", story.slug);
    const [world, sports] = await Promise.all(["world", "sports"].map(async (slug) => t.sectionList((await sectionBySlug(slug)).id)));
    expect(await announced(() => publishStory(desk, story.id))).toEqual([sorted([t.story(story.id), here, t.latest, world!, t.sitemaps, ...(await byline())])]);

    // Working changes to a published story stay off the site until the next publication.
    expect(
      await announced(async () =>
        updateArticle(desk.db, desk.editor, story.id, updateArticleSchema.parse({ version: (await version(story.id)).version, headline: "عنوان جديد للخبر" })),
      ),
    ).toEqual([]);
    expect(await announced(() => publishStory(desk, story.id))).toEqual([sorted([t.story(story.id), t.sitemaps])]);

    const before = await version(story.id);
    expect(
      await announced(() => updateArticle(desk.db, desk.editor, story.id, updateArticleSchema.parse({ version: before.version, slug: "عنوان-منقول" }))),
    ).toEqual([sorted([t.story(story.id), here, t.address("world", "عنوان-منقول"), world!, t.sitemaps])]);
    expect(
      await announced(() => updateArticle(desk.db, desk.editor, story.id, updateArticleSchema.parse({ version: before.version + 1, section: "sports" }))),
    ).toEqual([sorted([t.story(story.id), t.address("world", "عنوان-منقول"), t.address("sports", "عنوان-منقول"), world!, sports!, t.sitemaps])]);
    // Its language is the page's direction: readers see a change at once.
    expect(
      await announced(() => updateArticle(desk.db, desk.editor, story.id, updateArticleSchema.parse({ version: before.version + 2, language: "en" }))),
    ).toEqual([sorted([t.story(story.id), t.sitemaps])]);

    expect(await announced(() => unpublishStory(desk, story.id))).toEqual([
      sorted([t.story(story.id), t.address("sports", "عنوان-منقول"), t.latest, sports!, t.sitemaps, ...(await byline())]),
    ]);
    // Off the site, a new address still retires the old one, which now leads (by redirect) elsewhere.
    expect(
      await announced(async () =>
        updateArticle(desk.db, desk.editor, story.id, updateArticleSchema.parse({ version: (await version(story.id)).version, slug: "عنوان-ثالث" })),
      ),
    ).toEqual([sorted([t.story(story.id), t.address("sports", "عنوان-منقول"), t.address("sports", "عنوان-ثالث"), sports!, t.sitemaps])]);
  });

  it("a schedule firing announces the publication; scheduling it announces nothing", async () => {
    const story = await approvedStory(desk, "خبر مجدول للإعلان");
    const at = new Date(Date.now() + 3_600_000);
    expect(await announced(() => scheduleStory(desk, story.id, at))).toEqual([]);
    expect(await announced(() => runPublishJob(desk.db, { articleId: story.id, publishAt: at.toISOString() }, new Date(at.getTime() + 100)))).toEqual([
      sorted([t.story(story.id), t.address("world", story.slug), t.latest, t.sectionList((await sectionBySlug("world")).id), t.sitemaps, ...(await byline())]),
    ]);
  });

  it("a related story's new headline reaches the pages linking to it through its own tag", async () => {
    const related = await approvedStory(desk, "الخبر المرتبط");
    await publishStory(desk, related.id);
    const { version: v } = await version(related.id);
    await updateArticle(desk.db, desk.editor, related.id, updateArticleSchema.parse({ version: v, headline: "الخبر المرتبط بعنوان أوضح" }));
    // Pages that link to it read its card under t.story(related.id) (server/public/cached-data.ts).
    expect(await announced(() => publishStory(desk, related.id))).toEqual([sorted([t.story(related.id), t.sitemaps])]);
  });

  it("renaming, hiding and re-addressing a section", async () => {
    const culture = await sectionId("culture");
    const change = (input: Record<string, unknown>) => announced(() => changeSection(desk.db, desk.admin, culture, sectionChangeSchema.parse(input)));
    expect(await change({ nameAr: "ثقافة وفنون" })).toEqual([sorted([t.section(culture), t.sections])]);
    expect(await change({ hidden: true })).toEqual([sorted([t.section(culture), t.sections])]);
    expect(await change({ slug: "arts" })).toEqual([sorted([t.section(culture), t.sections, t.sectionPath("culture"), t.sectionPath("arts")])]);
  });

  it("adding, moving and deleting a section change the navigation and the home page's rails", async () => {
    let created: Awaited<ReturnType<typeof createSection>> | undefined;
    expect(
      await announced(
        async () => (created = await createSection(desk.db, desk.admin, newSectionSchema.parse({ slug: "science", nameAr: "علوم", nameEn: "Science" }))),
      ),
    ).toEqual([[t.sections]]);
    const id = created!.ok ? created!.data.id : "";
    expect(await announced(() => moveSection(desk.db, desk.admin, id, "up"))).toEqual([[t.sections]]);
    expect(await announced(() => deleteSection(desk.db, desk.admin, id))).toEqual([[t.sections]]);
  });

  it("a byline's new name, and nothing for a change of UI language only", async () => {
    expect(await announced(() => updateProfile(desk.db, desk.reporter, { name: "سارة منصور الجديدة", locale: "ar", notifyByEmail: false }))).toEqual([
      [t.person(desk.reporter.id)],
    ]);
    expect(await announced(() => updateProfile(desk.db, desk.reporter, { name: "سارة منصور الجديدة", locale: "en", notifyByEmail: false }))).toEqual([]);
  });
});

async function sectionId(slug: string) {
  const [row] = await desk.db.select({ id: sections.id }).from(sections).where(eq(sections.slug, slug));
  return row!.id;
}
