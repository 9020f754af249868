import { eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { transitionSchema, updateArticleSchema } from "@/lib/validation/article";
import { approvedStory } from "../testing/stories";
import { createDemoDesk, type DemoDesk } from "../testing/demo-desk";
import { articles } from "../schema";
import { transitionArticle } from "./article-transition";
import { updateArticle } from "./article-write";

let desk: DemoDesk;
beforeAll(async () => {
  desk = await createDemoDesk();
});
afterAll(async () => desk.drop());

const versionOf = async (id: string) => (await desk.db.select({ version: articles.version }).from(articles).where(eq(articles.id, id)))[0]!.version;

it("refuses to publish or schedule a story with a «Read more» block that names no story, until it is linked or removed", async () => {
  const story = await approvedStory(desk, `قصة بكتلة غير مربوطة ${Date.now()}`, { bodyText: "فقرة.\n\nاقرأ المزيد: قصة لا وجود لها" });
  const publish = (version: number) => transitionArticle(desk.db, desk.editor, story.id, transitionSchema.parse({ to: "published", version }));
  const refused = await publish(await versionOf(story.id));
  expect(refused).toMatchObject({ ok: false, code: "unprocessable", reason: "related_unresolved", params: { count: 1 } });
  const scheduled = await transitionArticle(
    desk.db,
    desk.editor,
    story.id,
    transitionSchema.parse({ to: "scheduled", version: await versionOf(story.id), publishAt: new Date(Date.now() + 86_400_000).toISOString() }),
  );
  expect(scheduled).toMatchObject({ ok: false, reason: "related_unresolved" });
  expect((await desk.db.select({ status: articles.status }).from(articles).where(eq(articles.id, story.id)))[0]?.status).toBe("approved");

  await updateArticle(desk.db, desk.editor, story.id, updateArticleSchema.parse({ version: await versionOf(story.id), bodyText: "فقرة." }));
  expect(await publish(await versionOf(story.id))).toMatchObject({ ok: true });
});
