import { readFileSync } from "node:fs";
import { count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toActor, type Actor } from "@/lib/authz/roles";
import { createArticleSchema } from "@/lib/validation/article";
import { findUserByEmail } from "../queries/users";
import { articles } from "../schema";
import { seedDemo } from "../seed/seed";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { importArticle } from "./article-import";
import { getArticle } from "./article-read";
import { createArticle } from "./article-write";

const fixture = readFileSync(new URL("../seed/article-ar-wire.txt", import.meta.url), "utf8");
let t: TestDatabase;
let reporter: Actor;

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDemo(t.db);
  reporter = toActor((await findUserByEmail(t.db, "reporter@newsroom.test"))!);
});
afterAll(async () => t.drop());

async function storyCount() {
  const [row] = await t.db.select({ n: count() }).from(articles);
  return row?.n ?? 0;
}

describe("importArticle", () => {
  it("turns the reference wire copy into a draft, linking the related story it can find", async () => {
    // Spelled without hamzas and with a plain haa, as a search key would fold it.
    const target = await createArticle(t.db, reporter, createArticleSchema.parse({ headline: "«اناليتيكا» تشهر افلاسها بعد «فضيحه فيسبوك»", bodyText: "نص", section: "world", language: "ar" }));
    if (!target.ok) throw new Error(target.message);

    const imported = await importArticle(t.db, reporter, { text: fixture, year: 2018 }, "Africa/Cairo");
    if (!imported.ok) throw new Error(imported.message);
    expect(imported.data.unresolved).toEqual([
      "فضيحة جديدة تهز «فيسبوك».. تسريب بيانات المستخدمين لأكبر شركات الهواتف",
      "«الجارديان» تكشف تورط مستشار ترامب الجديد في فضيحة «كامبريدج أناليتيكا»",
    ]);
    const story = await getArticle(t.db, reporter, imported.data.id);
    if (!story.ok) throw new Error(story.message);
    expect(story.data).toMatchObject({ status: "draft", language: "ar", headline: "رغم إعلان إفلاسها.. «كامبريدج أناليتيكا» تعود للظهور في حملة إعادة انتخاب ترامب", section: { slug: "world" } });
    expect(story.data.datelineAt?.toISOString()).toBe("2018-06-16T23:58:00.000Z");
    const body = story.data.working!.body.content;
    expect(body.filter((b) => b.type === "paragraph")).toHaveLength(24);
    expect(body.filter((b) => b.type === "relatedStory").map((b) => (b.type === "relatedStory" ? b.attrs.articleId : null))).toEqual([null, target.data.id, null]);
  });

  it("imports English copy with the section given", async () => {
    const text = "Storm closes ports\n\n11/02 09:15\n\nAuthorities closed three ports.\n\nRead more: Ports reopen\n\nComments";
    const imported = await importArticle(t.db, reporter, { text, section: "egypt", year: 2026 }, "Africa/Cairo");
    if (!imported.ok) throw new Error(imported.message);
    const story = await getArticle(t.db, reporter, imported.data.id);
    expect(story.ok && [story.data.language, story.data.section.slug, story.data.headline]).toEqual(["en", "egypt", "Storm closes ports"]);
  });

  it.each([
    ["empty text", "   \n\n"],
    ["binary", "\u0000\u0001PK\u0003\u0004"],
    ["no headline, only chrome", "المحتوى الرئيسى\n\nComments\n\nعاجل"],
    ["a headline and nothing else", "عنوان وحيد"],
    ["5 MB", `عنوان\n\n${"كلمة ".repeat(1_000_000)}`],
    ["no section anywhere", "Headline\n\nA paragraph."],
  ])("refuses %s with a clear message and creates nothing", async (_label, text) => {
    const before = await storyCount();
    const result = await importArticle(t.db, reporter, { text }, "Africa/Cairo");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message.length).toBeGreaterThan(10);
    expect(await storyCount()).toBe(before);
  });
});
