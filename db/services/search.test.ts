import { eq, like } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SnippetPart } from "@/lib/search/snippet";
import { createArticleSchema, transitionSchema } from "@/lib/validation/article";
import { deskSearchSchema, publicSearchSchema } from "@/lib/validation/search";
import { articles } from "../schema";
import { createDemoDesk, type DemoDesk } from "../testing/demo-desk";
import { approvedStory, publishStory, scheduleStory, unpublishStory } from "../testing/stories";
import { transitionArticle } from "./article-transition";
import { createArticle } from "./article-write";
import { searchDesk, searchPublic } from "./search";

const ZONE = "Africa/Cairo";
let t: DemoDesk;
let reference: string;
beforeAll(async () => {
  t = await createDemoDesk();
  const [row] = await t.db.select({ id: articles.id }).from(articles).where(like(articles.headline, "%كامبريدج%"));
  reference = row!.id;
});
afterAll(async () => t.drop());

const desk = (fields: Record<string, unknown>) => searchDesk(t.db, t.editor, deskSearchSchema(ZONE).parse(fields));
const readers = (fields: Record<string, unknown>) => searchPublic(t.db, publicSearchSchema(ZONE).parse(fields));

async function deskIds(fields: Record<string, unknown>): Promise<string[]> {
  const page = await desk(fields);
  if (!page.ok) throw new Error(`${page.reason} ${JSON.stringify(page.fields)}`);
  return page.data.items.map((item) => item.id);
}

async function readerIds(fields: Record<string, unknown>): Promise<string[]> {
  const page = await readers(fields);
  if (!page.ok) throw new Error(`${page.reason} ${JSON.stringify(page.fields)}`);
  return page.data.items.map((item) => item.id);
}

async function draft(headline: string, bodyText: string, options: { dek?: string; language?: "ar" | "en"; section?: string } = {}) {
  const created = await createArticle(
    t.db,
    t.reporter,
    createArticleSchema.parse({ headline, bodyText, dek: options.dek, section: options.section ?? "world", language: options.language ?? "ar" }),
  );
  if (!created.ok) throw new Error(created.reason);
  return created.data.id;
}

async function step(id: string, to: string, reason?: string) {
  const [row] = await t.db.select({ version: articles.version }).from(articles).where(eq(articles.id, id));
  const actor = to === "in_review" ? t.reporter : t.editor;
  const moved = await transitionArticle(t.db, actor, id, transitionSchema.parse({ to, version: row!.version, ...(reason ? { reason } : {}) }));
  if (!moved.ok) throw new Error(`${to}: ${moved.reason}`);
}

const marked = (parts: SnippetPart[]) => parts.filter((part) => part.match).map((part) => part.text);

describe("the reference story", () => {
  it.each(["اعاده انتخاب", "إعادة انتخاب", "الحمله", "حملة", "كامبريدج", "«إعادة انتخاب»", "داتا بروبريا", "ترامب 2020", "ترامب ٢٠٢٠"])(
    "is found by «%s», by the desk and by readers",
    async (q) => {
      expect(await deskIds({ q })).toContain(reference);
      expect(await readerIds({ q })).toContain(reference);
    },
  );

  it("is not found when a word it holds is excluded", async () => {
    expect(await readerIds({ q: "ترامب -كامبريدج" })).not.toContain(reference);
    expect(await deskIds({ q: "ترامب -كامبريدج" })).not.toContain(reference);
  });

  it("is found through a one-letter misspelling, and the page says what it searched for instead", async () => {
    const page = await readers({ q: "أناليتكا" });
    if (!page.ok) throw new Error(page.reason);
    expect(page.data.items.map((item) => item.id)).toContain(reference);
    expect(page.data.correctedQuery).toBe("اناليتيكا");
  });

  it("is found as one types, the last word read as the start of a word", async () => {
    const page = await desk({ q: "ترامب كامبر", prefix: "true" });
    if (!page.ok) throw new Error(page.reason);
    expect(page.data.items.map((item) => item.id)).toContain(reference);
    expect(page.data.correctedQuery).toBeNull();
    // Without it, the partial word is only found as a misspelling of a whole one.
    expect(await desk({ q: "ترامب كامبر" })).toMatchObject({ ok: true, data: { correctedQuery: expect.stringContaining("كامبريدج") } });
  });

  it.each(['ترامب "كامبريدج أناليتيكا"', "ترامب «كامبريدج أناليتيكا»", '"كامبريدج أناليتيكا"', '"إعادة انتخاب ترام'])(
    "is found as one types a query that ends in a quoted phrase: «%s»",
    async (q) => {
      const page = await desk({ q, prefix: "true" });
      if (!page.ok) throw new Error(page.reason);
      expect(page.data.items.map((item) => item.id)).toContain(reference);
    },
  );

  it("shows why it matched, in its own spelling", async () => {
    const page = await readers({ q: "اعاده انتخاب ترامب" });
    if (!page.ok) throw new Error(page.reason);
    const hit = page.data.items.find((item) => item.id === reference)!;
    expect(marked(hit.snippet.headline).join(" ")).toContain("إعادة انتخاب ترامب");
    const excerptMarks = hit.snippet.excerpt.flatMap(marked);
    expect(excerptMarks.length).toBeGreaterThan(0);
    expect(excerptMarks.some((text) => text.includes("إعادة") || text.includes("ترامب"))).toBe(true);
  });
});

it("finds a phrase where its words stand together, through its word pairs, and not the same words apart", async () => {
  const together = await draft("جلسة طارئة", "دعا مجلس الأمن الدولي إلى جلسة طارئة.");
  const apart = await draft("جلسة أخرى", "قال المجلس إن الأمن في المدينة تحسن.");
  const found = await deskIds({ q: "«مجلس الأمن»" });
  expect(found).toContain(together);
  expect(found).not.toContain(apart);
  // Three words: narrowed by the pairs, confirmed by the words' positions.
  expect(await deskIds({ q: '"مجلس الأمن الدولي"' })).toContain(together);
  expect(await deskIds({ q: '"مجلس الدولي الأمن"' })).not.toContain(together);
  // Excluding the phrase leaves the story with the words apart.
  const excluded = await deskIds({ q: 'جلسة -"مجلس الأمن"' });
  expect(excluded).toContain(apart);
  expect(excluded).not.toContain(together);
});

it("finds Latin names inside Arabic text", async () => {
  const id = await draft("شركة جديدة لاستهداف الناخبين", "يعمل موظفون سابقون الآن في Data Propria التي أسسها Brad Parscale.");
  expect(await deskIds({ q: "data propria" })).toContain(id);
  expect(await deskIds({ q: "PARSCALE" })).toContain(id);
});

it("ranks headline matches above summary matches above body matches, the newest first within each, across pages", async () => {
  const word = "مرصدزلزالي";
  const body = await draft("خبر أول", `نص فيه ${word}`);
  const dek = await draft("خبر ثان", "نص", { dek: `ملخص فيه ${word}` });
  const headlineOld = await draft(`${word} قديم`, "نص");
  const headlineNew = await draft(`${word} جديد`, "نص");
  const bodyNew = await draft("خبر ثالث", `نص آخر فيه ${word}`);
  const expected = [headlineNew, headlineOld, dek, bodyNew, body];
  expect(await deskIds({ q: word })).toEqual(expected);
  const walked: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await desk({ q: word, limit: 2, ...(cursor ? { cursor } : {}) });
    if (!page.ok) throw new Error(page.reason);
    walked.push(...page.data.items.map((item) => item.id));
    cursor = page.data.nextCursor ?? undefined;
  } while (cursor);
  expect(walked).toEqual(expected);
  expect(await deskIds({ q: word, sort: "newest" })).toEqual([bodyNew, headlineNew, headlineOld, dek, body]);
});

it("stems English stories in English and combines with the list's filters", async () => {
  const english = await draft("Storms close the ports of Alexandria", "Ships waited offshore.", { language: "en" });
  const arabic = await draft("العواصف تغلق موانئ الإسكندرية", "السفن تنتظر.", { section: "economy" });
  expect(await deskIds({ q: "storm port" })).toContain(english);
  expect(await deskIds({ q: "الإسكندرية" })).toEqual(expect.arrayContaining([arabic]));
  expect(await deskIds({ q: "الإسكندرية", section: "world" })).not.toContain(arabic);
  expect(await deskIds({ q: "الإسكندرية", section: "economy" })).toContain(arabic);
  expect(await deskIds({ q: "storm", language: "ar" })).not.toContain(english);
  expect(await deskIds({ q: "storm", status: "draft", author: "me" })).toEqual([]);
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: ZONE }).format(new Date());
  expect(await deskIds({ q: "storm", from: today, to: today })).toContain(english);
  expect(await deskIds({ q: "storm", to: "2020-01-01" })).toEqual([]);
});

it("takes any text as words: operators, quotes, backslashes and SQL never reach PostgreSQL as syntax", async () => {
  for (const q of ["ترامب & | ! <-> :*", "'; drop table articles; --", '"', "\\", "ترامب'", "a:* & !b", "(((", "-", "or or or", "ترامب <2> كامبريدج", "%_"]) {
    const page = await desk({ q });
    if (!page.ok) expect(page.fields?.q?.reason, q).toBe("search_no_words");
  }
  expect((await readerIds({ q: "'ترامب' & !كامبريدج" })).length).toBeGreaterThan(0);
});

it("refuses a cursor that is not one of its own, on the cursor field", async () => {
  await draft("ترامب يزور مصر", "نص");
  expect(await desk({ q: "ترامب", cursor: "garbage" })).toMatchObject({ ok: false, fields: { cursor: { reason: "cursor_invalid" } } });
  const page = await desk({ q: "ترامب", limit: 1 });
  if (!page.ok || !page.data.nextCursor) throw new Error("expected a second page");
  expect(await desk({ q: "ترامب", sort: "newest", cursor: page.data.nextCursor })).toMatchObject({
    ok: false,
    fields: { cursor: { reason: "cursor_other_list" } },
  });
  expect(await readers({ q: "ترامب", cursor: page.data.nextCursor })).toMatchObject({ ok: false, fields: { cursor: { reason: "cursor_other_list" } } });
});

it("gives readers published stories only, and the desk every story, whatever the states", async () => {
  const word = "تجربةحالات";
  const steps = ["draft", "in_review", "changes_requested", "approved", "scheduled", "published", "unpublished", "archived"] as const;
  await fc.assert(
    fc.asyncProperty(fc.array(fc.constantFrom(...steps), { minLength: 1, maxLength: 6 }), async (states) => {
      const ids = new Map<string, (typeof steps)[number]>();
      for (const state of states) {
        const headline = `${word} ${state}`;
        let id: string;
        if (state === "draft") id = await draft(headline, "نص");
        else if (state === "in_review" || state === "changes_requested" || state === "archived") {
          id = await draft(headline, "نص");
          await step(id, "in_review");
          if (state === "changes_requested") await step(id, "changes_requested", "Check the figures.");
          if (state === "archived") await step(id, "archived", "Not for us.");
        } else {
          id = (await approvedStory(t, headline)).id;
          if (state === "scheduled") await scheduleStory(t, id, new Date(Date.now() + 86_400_000));
          if (state === "published" || state === "unpublished") await publishStory(t, id);
          if (state === "unpublished") await unpublishStory(t, id);
        }
        ids.set(id, state);
      }
      const seenByReaders = new Set(await readerIds({ q: word }));
      const seenByDesk = new Set(await deskIds({ q: word }));
      for (const [id, state] of ids) {
        expect(seenByReaders.has(id), state).toBe(state === "published");
        expect(seenByDesk.has(id), state).toBe(true);
      }
    }),
    { numRuns: 8 },
  );
});
