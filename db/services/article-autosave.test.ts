import { and, asc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/roles";
import { createArticleSchema, transitionSchema, updateArticleSchema } from "@/lib/validation/article";
import { articles, auditEvents, revisions } from "../schema";
import { createDemoDesk, type DemoDesk } from "../testing/demo-desk";
import { transitionArticle } from "./article-transition";
import { createArticle, updateArticle } from "./article-write";

let t: DemoDesk;
let reporter: Actor;
let editor: Actor;
beforeAll(async () => {
  t = await createDemoDesk();
  ({ reporter, editor } = t);
});
afterAll(async () => t.drop());

async function story(actor: Actor) {
  const created = await createArticle(t.db, actor, createArticleSchema.parse({ headline: "مسودة", bodyText: "نص", section: "world", language: "ar" }));
  if (!created.ok) throw new Error(created.reason);
  return created.data.id;
}

const save = (actor: Actor, id: string, fields: Record<string, unknown>) => updateArticle(t.db, actor, id, updateArticleSchema.parse(fields));

async function historyOf(id: string) {
  return t.db
    .select({ headline: revisions.headline, autosave: revisions.autosave, status: revisions.status, reason: revisions.reason, by: revisions.createdBy })
    .from(revisions)
    .where(eq(revisions.articleId, id))
    .orderBy(asc(revisions.createdAt), asc(revisions.headline));
}

async function editsAudited(id: string) {
  return (
    await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.objectId, id), eq(auditEvents.action, "article.edited")))
  ).length;
}

it("autosaves by one author coalesce into one open revision; an explicit save seals it", async () => {
  const id = await story(reporter);
  expect(await save(reporter, id, { version: 1, headline: "م", autosave: true })).toEqual({ ok: true, data: { version: 2 } });
  expect(await save(reporter, id, { version: 2, headline: "مس", autosave: true })).toEqual({ ok: true, data: { version: 3 } });
  expect(await save(reporter, id, { version: 3, headline: "مسو", autosave: true })).toEqual({ ok: true, data: { version: 4 } });
  expect((await historyOf(id)).map((r) => [r.headline, r.autosave])).toEqual([
    ["مسودة", false],
    ["مسو", true],
  ]);
  expect(await editsAudited(id)).toBe(1);

  expect(await save(reporter, id, { version: 4, headline: "مسودة ثانية" })).toMatchObject({ ok: true });
  expect((await historyOf(id)).map((r) => [r.headline, r.autosave])).toEqual([
    ["مسودة", false],
    ["مسودة ثانية", false],
  ]);
  expect(await editsAudited(id)).toBe(2);

  // After the seal, the next autosave starts a new revision rather than rewriting the saved one.
  await save(reporter, id, { version: 5, headline: "ثالثة", autosave: true });
  expect((await historyOf(id)).map((r) => r.headline)).toEqual(["مسودة", "مسودة ثانية", "ثالثة"]);
});

it("someone else's autosave never continues another person's open revision", async () => {
  const id = await story(reporter);
  await save(reporter, id, { version: 1, headline: "من المراسلة", autosave: true });
  await save(editor, id, { version: 2, headline: "من المحرر", autosave: true });
  const history = await historyOf(id);
  expect(history.map((r) => [r.headline, r.by])).toEqual([
    ["مسودة", reporter.id],
    ["من المراسلة", reporter.id],
    ["من المحرر", editor.id],
  ]);
});

it("every transition leaves a sealed revision with the state it entered and why", async () => {
  const id = await story(reporter);
  await save(reporter, id, { version: 1, headline: "جاهزة", autosave: true });
  await transitionArticle(t.db, reporter, id, transitionSchema.parse({ to: "in_review", version: 2 }));
  await transitionArticle(t.db, editor, id, transitionSchema.parse({ to: "changes_requested", version: 3, reason: "أضيفي مصدرا" }));
  // The open autosave was sealed by the step, so this starts a new revision.
  await save(reporter, id, { version: 4, headline: "جاهزة مع مصدر", autosave: true });
  expect((await historyOf(id)).map((r) => [r.headline, r.status, r.reason, r.autosave])).toEqual([
    ["مسودة", "draft", null, false],
    ["جاهزة", "draft", null, true],
    ["جاهزة", "in_review", null, false],
    ["جاهزة", "changes_requested", "أضيفي مصدرا", false],
    ["جاهزة مع مصدر", "changes_requested", null, true],
  ]);
});

it("the database refuses to rewrite a sealed revision", async () => {
  const id = await story(reporter);
  await expect(t.db.execute(sql`update revisions set headline = 'مزور' where article_id = ${id}`)).rejects.toThrow();
  expect((await historyOf(id)).map((r) => r.headline)).toEqual(["مسودة"]);
});

it("approved text is never coalesced into: edits after approval are a new revision and need approving again", async () => {
  const id = await story(reporter);
  await save(reporter, id, { version: 1, headline: "للمراجعة", autosave: true });
  await transitionArticle(t.db, reporter, id, transitionSchema.parse({ to: "in_review", version: 2 }));
  await transitionArticle(t.db, editor, id, transitionSchema.parse({ to: "approved", version: 3 }));
  const [approved] = await t.db.select({ id: articles.approvedRevisionId }).from(articles).where(eq(articles.id, id));
  await save(editor, id, { version: 4, headline: "بعد الموافقة", autosave: true });
  await save(editor, id, { version: 5, headline: "بعد الموافقة مرة أخرى", autosave: true });
  const history = await historyOf(id);
  expect(history.map((r) => [r.headline, r.status])).toEqual([
    ["مسودة", "draft"],
    ["للمراجعة", "draft"],
    ["للمراجعة", "in_review"],
    ["للمراجعة", "approved"],
    ["بعد الموافقة مرة أخرى", "approved"],
  ]);
  const [row] = await t.db.select({ approved: articles.approvedRevisionId, working: articles.workingRevisionId }).from(articles).where(eq(articles.id, id));
  expect(row?.approved).toBe(approved?.id);
  expect(row?.working).not.toBe(approved?.id);
});
