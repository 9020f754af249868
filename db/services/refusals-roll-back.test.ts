import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fail } from "@/lib/errors";
import { createArticleSchema, updateArticleSchema } from "@/lib/validation/article";
import { articles, auditEvents, revisions, sections } from "../schema";
import { createDemoDesk, type DemoDesk } from "../testing/demo-desk";
import { transact } from "../transaction";
import { createArticle, updateArticle } from "./article-write";

let desk: DemoDesk;

beforeAll(async () => {
  desk = await createDemoDesk();
});
afterAll(async () => desk.drop());

/** Everything a refused save could have touched, contents included. */
async function everything(id: string) {
  const [article] = await desk.db.select().from(articles).where(eq(articles.id, id));
  const history = await desk.db.select().from(revisions).where(eq(revisions.articleId, id)).orderBy(asc(revisions.createdAt));
  const audit = await desk.db.select().from(auditEvents).where(eq(auditEvents.objectId, id));
  return { article, history, audit };
}

describe("a refusal inside a transaction", () => {
  it("rolls back what the transaction wrote before refusing", async () => {
    const refused = await transact(desk.db, async (tx) => {
      await tx.insert(sections).values({ slug: "half-written", nameAr: "نصف", nameEn: "Half", position: 999 });
      return fail("invalid", "refused after a write");
    });
    expect(refused).toMatchObject({ ok: false, code: "invalid" });
    expect(await desk.db.select().from(sections).where(eq(sections.slug, "half-written"))).toEqual([]);
  });

  it("an autosave that also asks for a taken address changes nothing: no revision rewritten, none added", async () => {
    const made = async (headline: string) => {
      const created = await createArticle(
        desk.db,
        desk.reporter,
        createArticleSchema.parse({ headline, bodyText: "فقرة أولى.", section: "world", language: "ar" }),
      );
      if (!created.ok) throw new Error(created.reason);
      return created.data;
    };
    const taken = await made("عنوان محجوز");
    const story = await made("قصة أخرى");
    const opened = await updateArticle(
      desk.db,
      desk.reporter,
      story.id,
      updateArticleSchema.parse({ version: story.version, bodyText: "نص يُحفظ تلقائيا.", autosave: true }),
    );
    if (!opened.ok) throw new Error(opened.reason);
    const before = await everything(story.id);

    const refused = await updateArticle(
      desk.db,
      desk.reporter,
      story.id,
      updateArticleSchema.parse({ version: opened.data.version, bodyText: "نص جديد لن يُحفظ.", slug: taken.slug, autosave: true }),
    );

    expect(refused).toMatchObject({ ok: false, code: "invalid", fields: { slug: { reason: "story_slug_taken" } } });
    expect(await everything(story.id)).toEqual(before);
  });
});
