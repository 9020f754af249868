import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { matchQuery } from "@/lib/search/phrase-pairs";
import { searchText } from "@/lib/search/search-text";
import { createArticleSchema, updateArticleSchema } from "@/lib/validation/article";
import { articles, searchDocuments, sections } from "../schema";
import { backfillSearchDocuments } from "../search-backfill";
import { createDemoDesk, type DemoDesk } from "../testing/demo-desk";
import { sectionChangeSchema } from "@/lib/validation/sections";
import { approvedStory, publishStory, unpublishStory } from "../testing/stories";
import { createArticle, updateArticle } from "../services/article-write";
import { changeSection } from "../services/sections";

let t: DemoDesk;
beforeAll(async () => {
  t = await createDemoDesk();
});
afterAll(async () => t.drop());

/** The stories whose working (desk) or live (readers) revision's document matches `query`, as plain words. */
async function found(query: string, revision: "working" | "live" = "working"): Promise<string[]> {
  const pointer = revision === "working" ? sql`a.working_revision_id` : sql`a.live_revision_id`;
  const rows = await t.db.execute<{ id: string }>(sql`
    select a.id from articles a join search_documents d on d.revision_id = ${pointer}
    where d.vector @@ plainto_tsquery(d.config::regconfig, ${searchText(query)})`);
  return rows.map((r) => r.id);
}

async function create(headline: string, bodyText: string, language: "ar" | "en" = "ar") {
  const created = await createArticle(t.db, t.reporter, createArticleSchema.parse({ headline, bodyText, section: "world", language }));
  if (!created.ok) throw new Error(created.reason);
  return created.data.id;
}

it("finds a story by its stemmed, normalised words the moment its save returns", async () => {
  const id = await create("حملة إعادة انتخاب ترامب", "استعانت الحملة بشركة «كامبريدج أناليتيكا» Data Propria.");
  for (const query of ["اعاده انتخاب", "إعادة انتخاب", "الحمله", "حملة", "والحملة", "كامبريدج", "data propria", "DATA"]) {
    expect(await found(query), query).toContain(id);
  }
  expect(await found("فيسبوك")).not.toContain(id);
});

it("follows an autosave into the same revision: the old words stop finding it, the new ones find it", async () => {
  const id = await create("خبر عن الموانئ", "نص أول");
  const saved = await updateArticle(t.db, t.reporter, id, updateArticleSchema.parse({ version: 1, headline: "خبر عن المطارات", autosave: true }));
  expect(saved.ok).toBe(true);
  expect(await found("الموانئ")).not.toContain(id);
  expect(await found("المطارات")).toContain(id);
});

it("holds each pair of neighbouring words, which a two-word phrase is asked as", async () => {
  const id = await create("جلسة طارئة", "دعا مجلس الأمن إلى جلسة");
  const [phrase] = await t.db.execute<{ q: string }>(sql`select websearch_to_tsquery('arabic', ${searchText('"مجلس الأمن"')})::text as q`);
  const pair = matchQuery(phrase!.q).text;
  expect(pair).not.toContain("<->");
  const rows = await t.db.execute<{ id: string }>(sql`select article_id as id from search_documents where vector @@ ${pair}::tsquery`);
  expect(rows.map((r) => r.id)).toContain(id);
});

it("stems an English story with the English configuration", async () => {
  const id = await create("Storms closed the ports", "Ships were waiting.", "en");
  expect(await found("storm")).toContain(id);
  expect(await found("ship waits")).toContain(id);
  const [document] = await t.db
    .select({ config: searchDocuments.config })
    .from(searchDocuments)
    .innerJoin(articles, eq(articles.workingRevisionId, searchDocuments.revisionId))
    .where(eq(articles.id, id));
  expect(document?.config).toBe("english");
});

it("keeps the readers' text apart from the desk's, and documents for current revisions only", async () => {
  const story = await approvedStory(t, "زلزال في المحيط", { bodyText: "نص منشور" });
  await publishStory(t, story.id);
  const [row] = await t.db.select({ version: articles.version }).from(articles).where(eq(articles.id, story.id));
  await updateArticle(t.db, t.editor, story.id, updateArticleSchema.parse({ version: row!.version, headline: "بركان في المحيط" }));
  expect(await found("بركان", "working")).toContain(story.id);
  expect(await found("بركان", "live")).not.toContain(story.id);
  expect(await found("زلزال", "live")).toContain(story.id);
  for (let i = 0; i < 3; i++) {
    const [current] = await t.db.select({ version: articles.version }).from(articles).where(eq(articles.id, story.id));
    await updateArticle(t.db, t.editor, story.id, updateArticleSchema.parse({ version: current!.version, headline: `بركان ${i}` }));
  }
  const documents = await t.db.select().from(searchDocuments).where(eq(searchDocuments.articleId, story.id));
  // The live and the approved revision, the working one, and at most the one it replaced.
  expect(documents.length).toBeLessThanOrEqual(4);
});

it("indexes the longest body a story may hold", async () => {
  const words = Array.from({ length: 30_000 }, (_, i) => `كلمة${i.toString(36)}`)
    .join(" ")
    .slice(0, 19_000);
  const bodyText = Array.from({ length: 10 }, () => words).join("\n\n");
  const id = await create("خبر طويل", bodyText);
  expect(await found("خبر طويل")).toContain(id);
});

it("builds the documents a database lacks, once, and then only reads its marker", async () => {
  const id = await create("قمة المناخ في القاهرة", "نص");
  await t.db.delete(searchDocuments).where(eq(searchDocuments.articleId, id));
  expect(await found("المناخ")).not.toContain(id);
  await t.db.execute(sql`update search_index_state set text_version = 0`);
  expect(await backfillSearchDocuments(t.db)).toBeGreaterThanOrEqual(1);
  expect(await found("المناخ")).toContain(id);
  await t.db.delete(searchDocuments).where(eq(searchDocuments.articleId, id));
  expect(await backfillSearchDocuments(t.db)).toBe(0);
});

it("collects the story's words for misspelt queries", async () => {
  await create("فضيحة أناليتيكا", "نص");
  const rows = await t.db.execute<{ word: string }>(
    sql`select word from search_words where word % ${searchText("أناليتكا")} order by similarity(word, ${searchText("أناليتكا")}) desc limit 1`,
  );
  expect(rows[0]?.word).toBe("اناليتيكا");
});

/** Each of the story's documents: which revision, and the desk's and the readers' times on it. */
async function times(articleId: string) {
  const [story] = await t.db.select().from(articles).where(eq(articles.id, articleId));
  const documents = await t.db
    .select({ revisionId: searchDocuments.revisionId, deskAt: searchDocuments.deskAt, publicAt: searchDocuments.publicAt })
    .from(searchDocuments)
    .where(eq(searchDocuments.articleId, articleId));
  const of = (revisionId: string | null) => documents.find((d) => d.revisionId === revisionId);
  return { story: story!, working: of(story!.workingRevisionId), live: of(story!.liveRevisionId), documents };
}

it("keeps on each document the times search orders by, whatever changes the story or its section", async () => {
  const story = await approvedStory(t, "سد على النهر", { bodyText: "نص" });
  let now = await times(story.id);
  expect(now.working?.deskAt).toEqual(now.story.updatedAt);
  expect(now.documents.every((d) => d.publicAt === null)).toBe(true);

  await publishStory(t, story.id);
  now = await times(story.id);
  expect(now.live?.publicAt).toEqual(now.story.firstPublishedAt);
  expect(now.working?.deskAt).toEqual(now.story.updatedAt);

  await updateArticle(t.db, t.editor, story.id, updateArticleSchema.parse({ version: now.story.version, headline: "سد جديد على النهر" }));
  now = await times(story.id);
  expect(now.working?.revisionId).not.toBe(now.live?.revisionId);
  expect(now.working).toMatchObject({ deskAt: now.story.updatedAt, publicAt: null });
  expect(now.live).toMatchObject({ deskAt: null, publicAt: now.story.firstPublishedAt });

  const [section] = await t.db.select().from(sections).where(eq(sections.id, now.story.sectionId));
  const hide = (hidden: boolean) => changeSection(t.db, t.admin, section!.id, sectionChangeSchema.parse({ hidden }));
  expect((await hide(true)).ok).toBe(true);
  expect((await times(story.id)).live?.publicAt).toBeNull();
  expect((await hide(false)).ok).toBe(true);
  expect((await times(story.id)).live?.publicAt).toEqual(now.story.firstPublishedAt);

  await unpublishStory(t, story.id);
  now = await times(story.id);
  expect(now.documents.every((d) => d.publicAt === null)).toBe(true);
  expect(now.working?.deskAt).toEqual(now.story.updatedAt);
});
