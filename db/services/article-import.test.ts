import { readFileSync } from "node:fs";
import { count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toActor, type Actor } from "@/lib/authz/roles";
import { HTTP_STATUS } from "@/lib/errors";
import { refusalText } from "@/server/i18n/refusal-text";
import { parseWireText, wireBodyDocument } from "@/lib/import/wire-text";
import { MAX_DOCUMENT_CHARACTERS } from "@/lib/richtext/schema";
import { createArticleSchema } from "@/lib/validation/article";
import { MAX_IMPORT_BYTES } from "@/lib/validation/import";
import { findUserByEmail } from "../queries/users";
import { articles, auditEvents, revisions } from "../schema";
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
    const target = await createArticle(
      t.db,
      reporter,
      createArticleSchema.parse({ headline: "«اناليتيكا» تشهر افلاسها بعد «فضيحه فيسبوك»", bodyText: "نص", section: "world", language: "ar" }),
    );
    if (!target.ok) throw new Error(target.reason);

    // The demo newsroom already has this story, with this dateline: the import stops and names it.
    const twin = await importArticle(t.db, reporter, { text: fixture, year: 2018 }, "Africa/Cairo");
    expect(twin).toMatchObject({
      ok: false,
      code: "conflict",
      reason: "import_duplicate",
      params: { headline: "رغم إعلان إفلاسها.. «كامبريدج أناليتيكا» تعود للظهور في حملة إعادة انتخاب ترامب" },
    });
    const imported = await importArticle(t.db, reporter, { text: fixture, year: 2018, allowDuplicate: true }, "Africa/Cairo");
    if (!imported.ok) throw new Error(imported.reason);
    expect(imported.data.unresolved).toEqual([
      "فضيحة جديدة تهز «فيسبوك».. تسريب بيانات المستخدمين لأكبر شركات الهواتف",
      "«الجارديان» تكشف تورط مستشار ترامب الجديد في فضيحة «كامبريدج أناليتيكا»",
    ]);
    const story = await getArticle(t.db, reporter, imported.data.id);
    if (!story.ok) throw new Error(story.reason);
    expect(story.data).toMatchObject({
      status: "draft",
      language: "ar",
      headline: "رغم إعلان إفلاسها.. «كامبريدج أناليتيكا» تعود للظهور في حملة إعادة انتخاب ترامب",
      section: { slug: "world" },
    });
    expect(story.data.datelineAt?.toISOString()).toBe("2018-06-16T23:58:00.000Z");
    const body = story.data.working!.body.content;
    expect(body.filter((b) => b.type === "paragraph")).toHaveLength(24);
    expect(body.filter((b) => b.type === "relatedStory").map((b) => (b.type === "relatedStory" ? b.attrs.articleId : null))).toEqual([
      null,
      target.data.id,
      null,
    ]);
  });

  it("stops copy whose text is nearly a story's on the desk, sent again under another headline, names it, and writes nothing", async () => {
    const headline = "رغم إعلان إفلاسها.. «كامبريدج أناليتيكا» تعود للظهور في حملة إعادة انتخاب ترامب";
    const retitled = fixture.replace(headline, "موظفو شركة منهارة يعملون لحملة الرئيس الأمريكي").replace("تعمل لصالح حملة", "تعمل الآن لصالح حملة");
    expect(retitled).not.toContain(headline);
    const before = await storyCount();
    const near = await importArticle(t.db, reporter, { text: retitled, year: 2018 }, "Africa/Cairo");
    expect(near).toMatchObject({ ok: false, code: "conflict", reason: "import_near_duplicate", params: { id: expect.any(String), headline } });
    expect(await storyCount()).toBe(before);
    expect(await importArticle(t.db, reporter, { text: retitled, year: 2018, allowDuplicate: true }, "Africa/Cairo")).toMatchObject({ ok: true });
  });

  it("imports copy that shares a paragraph with a story on the desk but is another story", async () => {
    const [, , , lede] = fixture.split("\n\n");
    const other = [
      "حملة ترامب تنفي التعاقد مع شركات لتحليل البيانات",
      lede,
      "وقال متحدث باسم الحملة في بيان مكتوب إن فريق الحملة الداخلي يتولى وحده إدارة الإعلانات الرقمية وتحليل بيانات الناخبين.",
      "وأضاف المتحدث أن الحملة لم توقع أي عقد مع شركة داتا بروبريا أو مع أي شركة أخرى يديرها موظفون سابقون في شركات مماثلة.",
      "ولم ترد الشركة على طلبات متكررة للتعليق على ما نشرته الوكالة خلال الأيام الماضية بشأن عملها مع الحملة الانتخابية.",
    ].join("\n\n");
    const imported = await importArticle(t.db, reporter, { text: other, section: "world" }, "Africa/Cairo");
    expect(imported).toMatchObject({ ok: true });
  });

  it("imports English copy with the section given", async () => {
    const text = "Storm closes ports\n\n11/02 09:15\n\nAuthorities closed three ports.\n\nRead more: Ports reopen\n\nComments";
    const imported = await importArticle(t.db, reporter, { text, section: "egypt", year: 2026 }, "Africa/Cairo");
    if (!imported.ok) throw new Error(imported.reason);
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
    if (!result.ok) expect(result.reason).toMatch(/^[a-z_]+$/);
    expect(await storyCount()).toBe(before);
  });
});

/** Arabic prose of exactly `length` characters (about 1.8 bytes each in UTF-8). */
function prose(length: number): string {
  return `${"كلمة ".repeat(Math.ceil(length / 5)).slice(0, length - 1)}.`;
}

function copy(paragraphs: string[], headline = "عنوان الخبر"): string {
  return [headline, "06/17 01:58", ...paragraphs].join("\n\n");
}

/** Everything an import writes: the story, its revision and the audit rows. */
async function rowCounts() {
  const [[a], [r], [e]] = await Promise.all([
    t.db.select({ n: count() }).from(articles),
    t.db.select({ n: count() }).from(revisions),
    t.db.select({ n: count() }).from(auditEvents),
  ]);
  return { articles: a?.n, revisions: r?.n, audit: e?.n };
}

describe("importArticle holds copy under 1 MB to the limits of a stored story", () => {
  it.each([
    [
      "one paragraph of 20,001 characters",
      "unprocessable",
      422,
      "has 20,001 characters; a paragraph may have at most 20,000",
      () => copy(["فقرة أولى.", prose(20_001)]),
    ],
    ["2,001 paragraphs", "too_large", 413, "2,001 paragraphs", () => copy(Array.from({ length: 2_001 }, (_, i) => `فقرة رقم ${i + 1}.`))],
    [
      "a body over 200,000 characters in paragraphs that each fit",
      "too_large",
      413,
      "at most 200,000",
      () => copy(Array.from({ length: 11 }, () => prose(19_000))),
    ],
    ["a headline of 301 characters", "unprocessable", 422, "a headline may have at most 300", () => copy(["نص الخبر."], prose(301))],
  ] as const)("refuses %s as %s (%i) with a message on text, and writes nothing", async (_label, code, status, words, text) => {
    const copyText = text();
    expect(new TextEncoder().encode(copyText).length).toBeLessThan(MAX_IMPORT_BYTES);
    const before = await rowCounts();
    const result = await importArticle(t.db, reporter, { text: copyText, section: "world" }, "Africa/Cairo");
    expect(result).toMatchObject({ ok: false, code, fields: { text: expect.anything() } });
    if (!result.ok) expect(refusalText(result.fields!.text!, "en")).toContain(words);
    expect(HTTP_STATUS[code]).toBe(status);
    expect(await rowCounts()).toEqual(before);
  });

  it("refuses a body that fits as read but not once its «اقرأ المزيد» lines are linked, and writes nothing", async () => {
    const target = await createArticle(
      t.db,
      reporter,
      createArticleSchema.parse({ headline: "الموانئ تعود للعمل بعد العاصفة", bodyText: "نص", section: "world", language: "ar" }),
    );
    if (!target.ok) throw new Error(target.reason);
    // Each linked line stores a 36-character id where the unlinked one has null.
    const related = Array.from({ length: 50 }, () => "اقرأ المزيد: الموانئ تعود للعمل بعد العاصفة");
    const withLast = (last: number) => copy([...Array.from({ length: 10 }, () => prose(19_000)), ...related, prose(last)]);
    const storedSize = (text: string) => {
      const parsed = parseWireText(text);
      if (!parsed.ok) throw new Error(parsed.refusal.reason);
      return JSON.stringify(wireBodyDocument(parsed.story)).length;
    };
    const text = withLast(1_000 + MAX_DOCUMENT_CHARACTERS - 10 - storedSize(withLast(1_000)));
    expect(storedSize(text)).toBe(MAX_DOCUMENT_CHARACTERS - 10);

    const before = await rowCounts();
    const result = await importArticle(t.db, reporter, { text, section: "world" }, "Africa/Cairo");
    expect(result).toMatchObject({ ok: false, code: "too_large", fields: { text: { reason: "wire_body_too_long" } } });
    if (!result.ok) expect(refusalText(result.fields!.text!, "en")).toContain("at most 200,000");
    expect(await rowCounts()).toEqual(before);
  });

  it("imports copy right at the limits: 2,000 paragraphs, one of them 20,000 characters", async () => {
    const paragraphs = [prose(20_000), ...Array.from({ length: 1_999 }, (_, i) => `فقرة رقم ${i + 1}.`)];
    const imported = await importArticle(t.db, reporter, { text: copy(paragraphs), section: "world" }, "Africa/Cairo");
    if (!imported.ok) throw new Error(imported.reason);
    const story = await getArticle(t.db, reporter, imported.data.id);
    expect(story.ok && story.data.working?.body.content).toHaveLength(2_000);
  });
});
