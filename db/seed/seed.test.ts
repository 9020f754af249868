import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { documentToPlainText } from "@/lib/richtext/text";
import { findBylineNames, findPublicSections, findPublicStory, findStoryCards, listLatestStoryIds, resolveStoryAddress } from "../queries/public-stories";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { seedDemo } from "./seed";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t.drop());

async function snapshot() {
  const rows = await t.db.execute(sql`
    select
      (select json_agg(u order by email) from users u) as users,
      (select json_agg(s order by slug) from sections s) as sections,
      (select json_agg(a order by id) from articles a) as articles,
      (select json_agg(r order by id) from revisions r) as revisions,
      (select json_agg(aa order by article_id) from article_authors aa) as authors,
      (select count(*) from audit_events) as audit
  `);
  return JSON.stringify(rows[0]);
}

describe("seedDemo", () => {
  it("creates the demo accounts, sections and the published reference story", async () => {
    const report = await seedDemo(t.db);
    expect(report).toEqual({ usersCreated: 3, sectionsCreated: 6, articlesCreated: 1 });

    const [story] = await findStoryCards(t.db, await listLatestStoryIds(t.db));
    expect(story).toMatchObject({
      headline: "رغم إعلان إفلاسها.. «كامبريدج أناليتيكا» تعود للظهور في حملة إعادة انتخاب ترامب",
      language: "ar",
    });
    expect((await findPublicSections(t.db, [story!.sectionId]))[0]?.slug).toBe("world");
    expect(story?.publishedAt?.toISOString()).toBe("2018-06-16T23:58:00.000Z");

    expect(await resolveStoryAddress(t.db, "world", story!.slug)).toBe(story!.id);
    const full = await findPublicStory(t.db, story!.id);
    expect((await findBylineNames(t.db, full!.authorIds)).map((a) => a.name)).toEqual(["سارة منصور"]);
    expect(full?.body.content.filter((b) => b.type === "paragraph")).toHaveLength(24);
    expect(full?.body.content.filter((b) => b.type === "relatedStory")).toHaveLength(3);
    const text = documentToPlainText(full!.body);
    for (const chrome of ["المحتوى الرئيسى", "Comments", "عاجل", "أهم أخبار العالم"]) {
      expect(text.split("\n")).not.toContain(chrome);
    }
  });

  it("changes nothing when run again", async () => {
    const before = await snapshot();
    const report = await seedDemo(t.db);
    expect(report).toEqual({ usersCreated: 0, sectionsCreated: 0, articlesCreated: 0 });
    expect(await snapshot()).toBe(before);
  });
});
