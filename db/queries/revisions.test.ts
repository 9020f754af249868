import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../seed/seed";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { articles, revisions, sections } from "../schema";
import { insertRevision, InvalidDocumentError } from "./revisions";

let t: TestDatabase;
let base: { articleId: string; sectionId: string };

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDemo(t.db);
  const [article] = await t.db.select().from(articles).limit(1);
  const [section] = await t.db.select().from(sections).limit(1);
  base = { articleId: article!.id, sectionId: section!.id };
});
afterAll(async () => t.drop());

async function revisionCount() {
  return (await t.db.select().from(revisions)).length;
}

describe("insertRevision", () => {
  it("stores a valid document", async () => {
    const body = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "نص" }] }] };
    const revision = await insertRevision(t.db, { ...base, headline: "H", body, status: "draft" });
    expect(revision.body).toEqual(body);
  });

  it.each([
    ["HTML", "<p onclick=alert(1)>x</p>"],
    ["a script node", { type: "doc", content: [{ type: "script", text: "alert(1)" }] }],
    [
      "a javascript: link",
      {
        type: "doc",
        content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }] }],
      },
    ],
  ])("refuses %s and writes nothing", async (_label, body) => {
    const before = await revisionCount();
    await expect(insertRevision(t.db, { ...base, headline: "H", body, status: "draft" })).rejects.toBeInstanceOf(InvalidDocumentError);
    expect(await revisionCount()).toBe(before);
  });

  it("the database itself refuses a body that is not a document", async () => {
    await expect(
      t.db.execute(sql`insert into revisions (article_id, headline, body, section_id, status)
        values (${base.articleId}, 'H', '"<b>html</b>"'::jsonb, ${base.sectionId}, 'draft')`),
    ).rejects.toMatchObject({ cause: { message: expect.stringContaining("revisions_body_is_document") } });
  });
});
