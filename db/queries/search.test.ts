import { sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createArticleSchema } from "@/lib/validation/article";
import { createDemoDesk, type DemoDesk } from "../testing/demo-desk";
import { createArticle } from "../services/article-write";
import { compileQuery, searchPage, searchTransaction, TIERS, type Tier } from "./search";

let t: DemoDesk;
let sports: string;
const WORDS = ["ألفا", "بيتا", "جاما"] as const;
beforeAll(async () => {
  t = await createDemoDesk();
  // 40 stories, each word in a headline, a summary or a body at its own rate: ألفا in most, جاما in few.
  const next = fc.sample(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })), { numRuns: 156, seed: 12 });
  // The last 12 in a section of their own, for searches narrowed to it.
  for (let i = 0; i < 52; i++) {
    const headline: string[] = [`خبر ${i}`];
    const body: string[] = ["نص"];
    const dek: string[] = ["ملخص"];
    WORDS.forEach((word, w) => {
      const [present, where] = next[i * 3 + w]!;
      if (present < [0.8, 0.3, 0.08][w]!) [headline, dek, body][Math.min(2, Math.floor(where * 3))]!.push(word);
    });
    const created = await createArticle(
      t.db,
      t.reporter,
      createArticleSchema.parse({
        headline: headline.join(" "),
        dek: dek.join(" "),
        bodyText: body.join(" "),
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
async function expected(word: string, sort: "relevance" | "newest", sectionId?: string): Promise<string[]> {
  const q = sql`plainto_tsquery('arabic', ${word})`;
  const tier = sql`case when d.headline_vector @@ ${q} then 1 when d.lead_vector @@ ${q} then 2 else 3 end, `;
  const rows = await t.db.execute<{ id: string }>(sql`
    select d.article_id as id from search_documents d join articles a on a.id = d.article_id
    where d.desk_at is not null and d.vector @@ ${q}${sectionId ? sql` and a.section_id = ${sectionId}` : sql``}
    order by ${sort === "relevance" ? tier : sql``}d.desk_at desc, d.article_id desc`);
  return rows.map((row) => row.id);
}

it("finds by steps (a walk, a window, all, or every tier at once) exactly what one ordered statement finds, page after page, in a section or not", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...WORDS),
      fc.constantFrom("relevance" as const, "newest" as const),
      fc.integer({ min: 1, max: 6 }),
      fc.integer({ min: 1, max: 8 }),
      fc.boolean(),
      async (word, sort, walk, limit, narrowed) => {
        const filters = narrowed ? { sectionId: sports } : {};
        const tiers = sort === "relevance" ? TIERS : (["any"] as const);
        const found = await searchTransaction(t.db, async (tx) => {
          const query = (await compileQuery(tx, { text: word, prefix: false }))!;
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
        expect(found).toEqual(await expected(word, sort, filters.sectionId));
      },
    ),
    { numRuns: 80 },
  );
});
