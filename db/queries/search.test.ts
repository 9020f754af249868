import { sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createArticleSchema } from "@/lib/validation/article";
import { createDemoDesk, type DemoDesk } from "../testing/demo-desk";
import { createArticle } from "../services/article-write";
import { compileQuery, searchTier, searchTransaction } from "./search";

let t: DemoDesk;
const WORDS = ["ألفا", "بيتا", "جاما"] as const;
beforeAll(async () => {
  t = await createDemoDesk();
  // 40 stories, each word in a headline or a body at its own rate: ألفا in most, جاما in few.
  const next = fc.sample(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })), { numRuns: 120, seed: 12 });
  for (let i = 0; i < 40; i++) {
    const headline: string[] = [`خبر ${i}`];
    const body: string[] = ["نص"];
    WORDS.forEach((word, w) => {
      const [present, where] = next[i * 3 + w]!;
      if (present < [0.8, 0.3, 0.08][w]!) (where < 0.5 ? headline : body).push(word);
    });
    const created = await createArticle(
      t.db,
      t.reporter,
      createArticleSchema.parse({ headline: headline.join(" "), bodyText: body.join(" "), section: "world", language: "ar" }),
    );
    if (!created.ok) throw new Error(created.reason);
  }
});
afterAll(async () => t.drop());

/** Every match, newest first, as one plain statement finds them. */
async function expected(word: string, where: "headline" | "anywhere"): Promise<string[]> {
  const vector = where === "headline" ? sql`d.headline_vector` : sql`d.vector`;
  const rows = await t.db.execute<{ id: string }>(sql`
    select d.article_id as id from search_documents d
    where d.desk_at is not null and ${vector} @@ plainto_tsquery('arabic', ${word})
    order by d.desk_at desc, d.article_id desc`);
  return rows.map((row) => row.id);
}

it("finds by steps (a walk, a window, all) exactly what one ordered statement finds, page after page", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...WORDS),
      fc.constantFrom("headline" as const, "anywhere" as const),
      fc.integer({ min: 1, max: 6 }),
      fc.integer({ min: 1, max: 8 }),
      async (word, where, walk, limit) => {
        const found = await searchTransaction(t.db, async (tx) => {
          const query = (await compileQuery(tx, { text: word, prefix: false }))!;
          const ids: string[] = [];
          let after: { key: string; id: string } | undefined;
          for (;;) {
            const tier = where === "headline" ? 1 : "any";
            const page = await searchTier(tx, { scope: "desk", query, tier, filters: {}, after, limit, walk });
            ids.push(...page.map((row) => row.id));
            if (page.length < limit) return ids;
            after = page.at(-1)!;
          }
        });
        expect(found).toEqual(await expected(word, where));
      },
    ),
    { numRuns: 40 },
  );
});
