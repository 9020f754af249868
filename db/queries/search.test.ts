import { sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, expect, it } from "vitest";
import { prepareQuery } from "@/lib/search/query";
import { createArticleSchema } from "@/lib/validation/article";
import { createDemoDesk, type DemoDesk } from "../testing/demo-desk";
import { createArticle } from "../services/article-write";
import { compileQuery, searchPage, searchTransaction, TIERS, type Tier } from "./search";

let t: DemoDesk;
let sports: string;
const WORDS = ["ألفا", "بيتا", "جاما"] as const;
// Words, an exclusion and a phrase (the words stand in this order in each part of a story).
const QUERIES = [...WORDS, "ألفا -بيتا", "«بيتا جاما»"];
beforeAll(async () => {
  t = await createDemoDesk();
  // 52 stories, each word in a headline, a summary or a body at its own rate: ألفا in most,
  // جاما in few, and always right after بيتا when both are there; the last 12 in a section of
  // their own, for searches narrowed to it.
  for (let i = 0; i < 52; i++) {
    const parts: string[][] = [[`خبر ${i}`], ["ملخص"], ["نص"]];
    WORDS.forEach((word, w) => {
      if ((i * [37, 41, 59][w]! + [0, 7, 3][w]!) % 100 < [80, 30, 12][w]!) parts[(i * 7 + Math.min(w, 1)) % 3]!.push(word);
    });
    const [headline, dek, body] = parts;
    const created = await createArticle(
      t.db,
      t.reporter,
      createArticleSchema.parse({
        headline: headline!.join(" "),
        dek: dek!.join(" "),
        bodyText: body!.join(" "),
        section: i < 40 ? "world" : "sports",
        language: "ar",
      }),
    );
    if (!created.ok) throw new Error(created.reason);
  }
  const [section] = await t.db.execute<{ id: string }>(sql`select id from sections where slug = 'sports'`);
  sports = section!.id;
});
afterAll(async () => t.drop());

/** Every match in relevance order (headline, then summary, then body; newest first in each), or newest first, as one plain statement finds them. */
/** Every match in relevance order (headline, then summary, then body; newest first in each), or newest first, as one plain statement finds them. */
async function expected(text: string, sort: "relevance" | "newest", sectionId?: string): Promise<string[]> {
  const q = sql`websearch_to_tsquery('arabic', ${text})`;
  const tier = sql`case when d.headline_vector @@ ${q} then 1 when d.lead_vector @@ ${q} then 2 else 3 end, `;
  const rows = await t.db.execute<{ id: string }>(sql`
    select d.article_id as id from search_documents d join articles a on a.id = d.article_id
    where d.desk_at is not null and d.vector @@ ${q}${sectionId ? sql` and a.section_id = ${sectionId}` : sql``}
    order by ${sort === "relevance" ? tier : sql``}d.desk_at desc, d.article_id desc`);
  return rows.map((row) => row.id);
}

it("has stories for every query of the property below, in all three tiers for a word", async () => {
  for (const q of QUERIES) expect((await expected(prepareQuery(q).text, "newest")).length, q).toBeGreaterThan(1);
  const tiers = await t.db.execute<{ n: number }>(sql`
    select count(distinct case when d.headline_vector @@ q then 1 when d.lead_vector @@ q then 2 else 3 end)::int as n
    from search_documents d, websearch_to_tsquery('arabic', ${prepareQuery("ألفا").text}) q where d.vector @@ q`);
  expect(tiers[0]!.n).toBe(3);
});

it("finds by steps (a walk, a window, all, or every tier at once) exactly what one ordered statement finds, page after page, in a section or not", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...QUERIES),
      fc.constantFrom("relevance" as const, "newest" as const),
      fc.integer({ min: 1, max: 6 }),
      fc.integer({ min: 1, max: 8 }),
      fc.boolean(),
      async (q, sort, walk, limit, narrowed) => {
        const text = prepareQuery(q).text;
        const filters = narrowed ? { sectionId: sports } : {};
        const tiers = sort === "relevance" ? TIERS : (["any"] as const);
        const found = await searchTransaction(t.db, async (tx) => {
          const query = (await compileQuery(tx, { text, prefix: false }))!;
          const ids: string[] = [];
          let start: { tier: Tier | "any"; after?: { key: string; id: string } } = { tier: tiers[0] };
          for (;;) {
            const page = await searchPage(tx, { scope: "desk", query, tiers, start, filters, limit, walk });
            ids.push(...page.map((row) => row.id));
            if (page.length < limit) return ids;
            const last = page.at(-1)!;
            start = { tier: last.tier, after: { key: last.key, id: last.id } };
          }
        });
        expect(found).toEqual(await expected(text, sort, filters.sectionId));
      },
    ),
    { numRuns: 120 },
  );
});
