import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createArticleSchema, transitionSchema } from "@/lib/validation/article";
import { articles } from "../schema";
import { seedDemo } from "../seed/seed";
import { createArticle } from "../services/article-write";
import { transitionArticle } from "../services/article-transition";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { findUserByEmail } from "./users";
import { findPublicStory, findStoryCards, listLatestStoryIds, resolveStoryAddress } from "./public-stories";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await seedDemo(t.db);
});
afterAll(async () => t.drop());

it("readers see a scheduled story from its time on, before any job runs, and never a draft", async () => {
  const reporter = (await findUserByEmail(t.db, "reporter@newsroom.test"))!;
  const editor = (await findUserByEmail(t.db, "editor@newsroom.test"))!;
  const created = await createArticle(
    t.db,
    reporter,
    createArticleSchema.parse({ headline: "خبر مجدول", bodyText: "نص الخبر.", section: "world", language: "ar" }),
  );
  if (!created.ok) throw new Error(created.reason);
  const { id, slug } = created.data;
  const step = (to: string, version: number, extra = {}) => transitionArticle(t.db, editor, id, transitionSchema.parse({ to, version, ...extra }));
  const headlines = async () => (await findStoryCards(t.db, await listLatestStoryIds(t.db))).map((s) => s.headline);

  expect(await headlines()).not.toContain("خبر مجدول");
  await transitionArticle(t.db, reporter, id, transitionSchema.parse({ to: "in_review", version: 1 }));
  await step("approved", 2);
  await step("scheduled", 3, { publishAt: new Date(Date.now() + 3_600_000).toISOString() });
  expect(await headlines()).not.toContain("خبر مجدول");
  expect(await resolveStoryAddress(t.db, "world", slug)).toBeNull();
  expect(await findPublicStory(t.db, id)).toBeNull();

  await t.db
    .update(articles)
    .set({ publishAt: sql`now() - interval '1 minute'` })
    .where(eq(articles.id, id));
  expect(await headlines()).toContain("خبر مجدول");
  expect(await resolveStoryAddress(t.db, "world", slug)).toBe(id);
  const story = await findPublicStory(t.db, id);
  expect(story?.body.content).toEqual([{ type: "paragraph", content: [{ type: "text", text: "نص الخبر." }] }]);
  expect(story?.publishedAt).toBeInstanceOf(Date);
});
