import { count, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/roles";
import { createArticleSchema, transitionSchema, updateArticleSchema } from "@/lib/validation/article";
import { findPublicStory, resolveStoryAddress } from "../queries/public-stories";
import { articleTimeline } from "../queries/timeline";
import { findUserByEmail } from "../queries/users";
import { articles, auditEvents, revisions } from "../schema";
import { seedDemo } from "../seed/seed";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { createArticle, updateArticle } from "./article-write";
import { getArticle, listArticles } from "./article-read";
import { transitionArticle } from "./article-transition";
import { addNote, listNotes } from "./article-notes";
import { createUser } from "./create-user";

let t: TestDatabase;
let reporter: Actor;
let otherReporter: Actor;
let editor: Actor;
let secondEditor: Actor;
let admin: Actor;

const asActor = (u: { id: string; role: Actor["role"]; active: boolean }): Actor => ({ id: u.id, role: u.role, active: u.active });

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDemo(t.db);
  reporter = asActor((await findUserByEmail(t.db, "reporter@newsroom.test"))!);
  editor = asActor((await findUserByEmail(t.db, "editor@newsroom.test"))!);
  admin = asActor((await findUserByEmail(t.db, "admin@newsroom.test"))!);
  for (const [email, role] of [
    ["other@newsroom.test", "reporter"],
    ["second-editor@newsroom.test", "editor"],
  ] as const) {
    const made = await createUser(t.db, { email, name: email, role, password: "long enough password" }, null);
    if (!made.ok) throw new Error("setup");
  }
  otherReporter = asActor((await findUserByEmail(t.db, "other@newsroom.test"))!);
  secondEditor = asActor((await findUserByEmail(t.db, "second-editor@newsroom.test"))!);
});
afterAll(async () => t.drop());

async function draft(by: Actor, headline = "قصة تجريبية") {
  const input = createArticleSchema.parse({ headline, bodyText: "الفقرة الأولى.\n\nالفقرة الثانية.", section: "world", language: "ar" });
  const created = await createArticle(t.db, by, input);
  if (!created.ok) throw new Error(created.reason);
  return created.data;
}

async function move(by: Actor | "system", id: string, to: string, version: number, extra: Record<string, unknown> = {}) {
  return transitionArticle(t.db, by, id, transitionSchema.parse({ to, version, ...extra }));
}

async function snapshot(id: string) {
  const [article] = await t.db.select().from(articles).where(eq(articles.id, id));
  const [{ n: revisionCount }] = (await t.db.select({ n: count() }).from(revisions).where(eq(revisions.articleId, id))) as [{ n: number }];
  const [{ n: auditCount }] = (await t.db.select({ n: count() }).from(auditEvents).where(eq(auditEvents.objectId, id))) as [{ n: number }];
  return JSON.stringify({ article, revisionCount, auditCount });
}

describe("the workflow, end to end in the service", () => {
  it("draft → review → changes requested → resubmit → approve → publish", async () => {
    const story = await draft(reporter);
    expect(story).toMatchObject({ status: "draft", version: 1 });

    expect(await move(reporter, story.id, "in_review", 1)).toEqual({ ok: true, data: { status: "in_review", version: 2 } });
    expect(await move(editor, story.id, "changes_requested", 2)).toMatchObject({
      ok: false,
      code: "unprocessable",
      fields: { reason: { reason: expect.any(String) } },
    });
    expect(await move(editor, story.id, "changes_requested", 2, { reason: "Attribute the second quote." })).toMatchObject({ ok: true });

    const edited = await updateArticle(
      t.db,
      reporter,
      story.id,
      updateArticleSchema.parse({ version: 3, bodyText: "الفقرة الأولى.\n\nالفقرة الثانية، منسوبة." }),
    );
    expect(edited).toEqual({ ok: true, data: { version: 4 } });
    expect(await move(reporter, story.id, "in_review", 4)).toMatchObject({ ok: true });
    expect(await move(editor, story.id, "approved", 5)).toMatchObject({ ok: true });
    expect(await move(editor, story.id, "published", 6)).toEqual({ ok: true, data: { status: "published", version: 7 } });

    const [row] = await t.db.select().from(articles).where(eq(articles.id, story.id));
    expect(row?.liveRevisionId).toBe(row?.workingRevisionId);
    expect(row?.firstPublishedAt).toBeInstanceOf(Date);

    const actions = (await articleTimeline(t.db, story.id)).map((e) => e.action);
    expect(actions).toEqual([
      "article.created",
      "article.submit",
      "article.request_changes",
      "article.edited",
      "article.resubmit",
      "article.approve",
      "article.publish",
    ]);
  });

  it("editing a published story does not change what readers see until it is published again", async () => {
    const story = await draft(reporter);
    await move(reporter, story.id, "in_review", 1);
    await move(editor, story.id, "approved", 2);
    await move(editor, story.id, "published", 3);
    const [before] = await t.db.select().from(articles).where(eq(articles.id, story.id));
    await updateArticle(t.db, editor, story.id, updateArticleSchema.parse({ version: 4, headline: "عنوان مصحح" }));
    const [after] = await t.db.select().from(articles).where(eq(articles.id, story.id));
    expect(after?.liveRevisionId).toBe(before?.liveRevisionId);
    expect(after?.workingRevisionId).not.toBe(before?.workingRevisionId);
    expect(await move(editor, story.id, "published", 5)).toMatchObject({ ok: true });
    const [republished] = await t.db.select().from(articles).where(eq(articles.id, story.id));
    expect(republished?.liveRevisionId).toBe(republished?.workingRevisionId);
    const [live] = await t.db.select().from(revisions).where(eq(revisions.id, republished!.liveRevisionId!));
    expect(live?.headline).toBe("عنوان مصحح");
    expect(republished?.firstPublishedAt?.getTime()).toBe(before?.firstPublishedAt?.getTime());
  });

  it("an editor who wrote a story cannot approve it; another editor can", async () => {
    const story = await draft(editor);
    await move(editor, story.id, "in_review", 1);
    expect(await move(editor, story.id, "approved", 2, { reason: "I checked it" })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await move(secondEditor, story.id, "approved", 2)).toMatchObject({ ok: true });
  });

  it("an admin may approve their own story with a reason, and the override is audited", async () => {
    const story = await draft(admin);
    await move(admin, story.id, "in_review", 1);
    expect(await move(admin, story.id, "approved", 2)).toMatchObject({ ok: false, fields: { reason: { reason: expect.any(String) } } });
    expect(await move(admin, story.id, "approved", 2, { reason: "Only editor on shift" })).toMatchObject({ ok: true });
    const last = (await articleTimeline(t.db, story.id)).at(-1);
    expect(last).toMatchObject({ action: "article.approve", after: { override: true, reason: "Only editor on shift" } });
  });

  it("scheduling needs a future time and keeps it; unscheduling clears it", async () => {
    const story = await draft(reporter);
    await move(reporter, story.id, "in_review", 1);
    await move(editor, story.id, "approved", 2);
    expect(await move(editor, story.id, "scheduled", 3, { publishAt: "2001-01-01T00:00:00Z" })).toMatchObject({
      ok: false,
      code: "unprocessable",
      fields: { publishAt: { reason: expect.any(String) } },
    });
    const when = new Date(Date.now() + 3_600_000).toISOString();
    expect(await move(editor, story.id, "scheduled", 3, { publishAt: when })).toMatchObject({ ok: true });
    const [row] = await t.db.select().from(articles).where(eq(articles.id, story.id));
    expect(row?.publishAt?.toISOString()).toBe(when);
    await move(editor, story.id, "approved", 4);
    const [unscheduled] = await t.db.select().from(articles).where(eq(articles.id, story.id));
    expect(unscheduled?.publishAt).toBeNull();
  });
});

describe("four eyes on what goes out", () => {
  it("an editor who wrote a story cannot rewrite it after approval and put it out; another editor can", async () => {
    const story = await draft(editor);
    await move(editor, story.id, "in_review", 1);
    await move(secondEditor, story.id, "approved", 2);
    expect(await updateArticle(t.db, editor, story.id, updateArticleSchema.parse({ version: 3, headline: "نص لم يراجعه أحد" }))).toMatchObject({ ok: true });
    expect(await move(editor, story.id, "published", 4)).toMatchObject({ ok: false, code: "forbidden" });
    expect(await move(editor, story.id, "scheduled", 4, { publishAt: new Date(Date.now() + 60_000).toISOString() })).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    expect(await move(secondEditor, story.id, "published", 4)).toMatchObject({ ok: true });
  });

  it("nor publish an unreviewed update to their published story", async () => {
    const story = await draft(editor);
    await move(editor, story.id, "in_review", 1);
    await move(secondEditor, story.id, "approved", 2);
    expect(await move(editor, story.id, "published", 3)).toMatchObject({ ok: true });
    await updateArticle(t.db, editor, story.id, updateArticleSchema.parse({ version: 4, headline: "تحديث ذاتي" }));
    expect(await move(editor, story.id, "published", 5)).toMatchObject({ ok: false, code: "forbidden" });
    expect(await move(secondEditor, story.id, "published", 5)).toMatchObject({ ok: true });
  });
});

describe("a scheduled story whose time has come", () => {
  it("is published, dated its time, before anyone acts on it; its address stays", async () => {
    const story = await draft(reporter, "خبر موعده مضى");
    await move(reporter, story.id, "in_review", 1);
    await move(editor, story.id, "approved", 2);
    await move(editor, story.id, "scheduled", 3, { publishAt: new Date(Date.now() + 60_000).toISOString() });
    const due = new Date(Date.now() - 5 * 60_000);
    await t.db.update(articles).set({ publishAt: due }).where(eq(articles.id, story.id));

    const stale = await updateArticle(t.db, editor, story.id, updateArticleSchema.parse({ version: 4, headline: "عنوان جديد" }));
    expect(stale).toMatchObject({ ok: false, code: "conflict" });
    const [row] = await t.db.select().from(articles).where(eq(articles.id, story.id));
    expect(row).toMatchObject({ status: "published", version: 5, slug: story.slug, publishAt: null });
    expect(row?.firstPublishedAt?.getTime()).toBe(due.getTime());
    expect(row?.liveRevisionId).toBe(row?.workingRevisionId);
    // The system's row is dated the scheduled time (here moved into the past, before the scheduling itself).
    expect((await articleTimeline(t.db, story.id)).find((e) => e.action === "article.publish_scheduled")).toMatchObject({ actor: null, at: due });

    expect(await updateArticle(t.db, editor, story.id, updateArticleSchema.parse({ version: 5, headline: "عنوان جديد" }))).toMatchObject({ ok: true });
    const [after] = await t.db.select().from(articles).where(eq(articles.id, story.id));
    expect(after?.slug).toBe(story.slug);
  });
});

describe("forbidden actions change nothing", () => {
  it("a reporter cannot approve or publish, even their own story", async () => {
    const story = await draft(reporter);
    await move(reporter, story.id, "in_review", 1);
    const before = await snapshot(story.id);
    expect(await move(reporter, story.id, "approved", 2)).toMatchObject({ ok: false, code: "forbidden" });
    await move(editor, story.id, "approved", 2);
    const approved = await snapshot(story.id);
    expect(await move(reporter, story.id, "published", 3)).toMatchObject({ ok: false, code: "forbidden" });
    expect(await snapshot(story.id)).toBe(approved);
    expect(before).not.toBe(approved);
  });

  it("a reporter cannot edit another reporter's story, nor their own in review", async () => {
    const story = await draft(reporter);
    const before = await snapshot(story.id);
    expect(await updateArticle(t.db, otherReporter, story.id, updateArticleSchema.parse({ version: 1, headline: "سطو" }))).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    expect(await snapshot(story.id)).toBe(before);
    await move(reporter, story.id, "in_review", 1);
    const inReview = await snapshot(story.id);
    expect(await updateArticle(t.db, reporter, story.id, updateArticleSchema.parse({ version: 2, headline: "تعديل" }))).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    expect(await snapshot(story.id)).toBe(inReview);
  });

  it("a reporter cannot set deadlines or assign editors", async () => {
    const story = await draft(reporter);
    const result = await updateArticle(t.db, reporter, story.id, updateArticleSchema.parse({ version: 1, assignedEditorId: editor.id }));
    expect(result).toMatchObject({ ok: false, code: "forbidden" });
  });

  it("a deactivated user can do nothing", async () => {
    const story = await draft(reporter);
    const gone = { ...editor, active: false };
    const before = await snapshot(story.id);
    expect(await move(gone, story.id, "archived", 1, { reason: "x" })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await updateArticle(t.db, gone, story.id, updateArticleSchema.parse({ version: 1, headline: "x" }))).toMatchObject({ ok: false, code: "forbidden" });
    expect(await addNote(t.db, gone, story.id, "x")).toMatchObject({ ok: false, code: "forbidden" });
    expect(await createArticle(t.db, gone, createArticleSchema.parse({ headline: "x", bodyText: "y", section: "world", language: "ar" }))).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    expect(await snapshot(story.id)).toBe(before);
  });
});

describe("addresses", () => {
  it("a published story's new slug leaves the old address redirecting, and no other story can take it", async () => {
    const story = await draft(reporter, "عنوان قبل التغيير");
    await move(reporter, story.id, "in_review", 1);
    await move(editor, story.id, "approved", 2);
    await move(editor, story.id, "published", 3);
    expect(await updateArticle(t.db, editor, story.id, updateArticleSchema.parse({ version: 4, slug: "عنوان-أوضح" }))).toMatchObject({ ok: true });
    const [row] = await t.db.select().from(articles).where(eq(articles.id, story.id));
    expect(row?.slug).toBe("عنوان-اوضح");
    // The old address still leads to the story, which now lives at the new one.
    expect(await resolveStoryAddress(t.db, "world", story.slug)).toBe(story.id);
    expect(await resolveStoryAddress(t.db, "world", "عنوان-اوضح")).toBe(story.id);
    expect((await findPublicStory(t.db, story.id))?.slug).toBe("عنوان-اوضح");

    const squatter = await draft(admin, "عنوان قبل التغيير");
    expect(squatter.slug).toBe(`${story.slug}-2`);
    const taken = await updateArticle(t.db, editor, squatter.id, updateArticleSchema.parse({ version: 1, slug: story.slug }));
    expect(taken).toMatchObject({ ok: false, code: "invalid", fields: { slug: { reason: "story_slug_taken" } } });
  });

  it("a draft's slug changes without leaving anything behind", async () => {
    const story = await draft(reporter, "مسودة بعنوان");
    expect(await updateArticle(t.db, reporter, story.id, updateArticleSchema.parse({ version: 1, slug: "عنوان آخر تماما" }))).toMatchObject({ ok: true });
    expect(await resolveStoryAddress(t.db, "world", story.slug)).toBeNull();
    const [row] = await t.db.select().from(articles).where(eq(articles.id, story.id));
    expect(row?.slug).toBe("عنوان-اخر-تماما");
  });

  it("a draft's address follows its headline until someone sets it; then a new headline leaves it alone", async () => {
    const story = await draft(reporter, "عنوان أول للمسودة");
    expect(await updateArticle(t.db, reporter, story.id, updateArticleSchema.parse({ version: 1, headline: "عنوان ثان للمسودة" }))).toMatchObject({ ok: true });
    const slugOf = async () => (await t.db.select({ slug: articles.slug, chosen: articles.slugChosen }).from(articles).where(eq(articles.id, story.id)))[0];
    expect(await slugOf()).toEqual({ slug: "عنوان-ثان-للمسوده", chosen: false });
    expect(await updateArticle(t.db, reporter, story.id, updateArticleSchema.parse({ version: 2, slug: "مسار مختار" }))).toMatchObject({ ok: true });
    expect(await updateArticle(t.db, reporter, story.id, updateArticleSchema.parse({ version: 3, headline: "عنوان ثالث للمسودة" }))).toMatchObject({
      ok: true,
    });
    expect(await slugOf()).toEqual({ slug: "مسار-مختار", chosen: true });
  });
});

describe("editing as text", () => {
  it("keeps a related story's link when the body is saved as text", async () => {
    const [target] = await t.db.select({ id: articles.id }).from(articles).limit(1);
    const input = createArticleSchema.parse({
      headline: "قصة بروابط",
      body: {
        type: "doc",
        content: [
          { type: "paragraph", content: [{ type: "text", text: "نص." }] },
          { type: "relatedStory", attrs: { articleId: target!.id, headline: "قصة مرتبطة" } },
        ],
      },
      section: "world",
      language: "ar",
    });
    const created = await createArticle(t.db, reporter, input);
    if (!created.ok) throw new Error(created.reason);
    const saved = await updateArticle(
      t.db,
      reporter,
      created.data.id,
      updateArticleSchema.parse({ version: 1, bodyText: "نص معدل.\n\nاقرأ المزيد: قصة مرتبطة" }),
    );
    expect(saved.ok).toBe(true);
    const story = await getArticle(t.db, reporter, created.data.id);
    expect(story.ok && story.data.working?.body.content[1]).toEqual({ type: "relatedStory", attrs: { articleId: target!.id, headline: "قصة مرتبطة" } });
  });
});

describe("concurrency", () => {
  it("two stories with the same headline created at once get different addresses", async () => {
    const input = createArticleSchema.parse({ headline: "عنوان متزامن", bodyText: "نص", section: "world", language: "ar" });
    const results = await Promise.all([createArticle(t.db, reporter, input), createArticle(t.db, editor, input)]);
    const slugs = results.map((r) => (r.ok ? r.data.slug : r.reason));
    expect(slugs.sort()).toEqual(["عنوان-متزامن", "عنوان-متزامن-2"]);
  });

  it("two editors approving the same version at once: one succeeds, the other gets a conflict, one audit row", async () => {
    const story = await draft(reporter);
    await move(reporter, story.id, "in_review", 1);
    const results = await Promise.all([move(editor, story.id, "approved", 2), move(secondEditor, story.id, "approved", 2)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.code === "conflict")).toHaveLength(1);
    const approvals = (await articleTimeline(t.db, story.id)).filter((e) => e.action === "article.approve");
    expect(approvals).toHaveLength(1);
  });

  it("two editors publishing at once: exactly one publish", async () => {
    const story = await draft(reporter);
    await move(reporter, story.id, "in_review", 1);
    await move(editor, story.id, "approved", 2);
    const results = await Promise.all([move(editor, story.id, "published", 3), move(secondEditor, story.id, "published", 3)]);
    expect(results.map((r) => (r.ok ? "ok" : r.code)).sort()).toEqual(["conflict", "ok"]);
    expect((await articleTimeline(t.db, story.id)).filter((e) => e.action === "article.publish")).toHaveLength(1);
  });

  it("a save against a stale version is a conflict and keeps the newer text", async () => {
    const story = await draft(reporter);
    expect(await updateArticle(t.db, reporter, story.id, updateArticleSchema.parse({ version: 1, headline: "الأولى" }))).toMatchObject({ ok: true });
    expect(await updateArticle(t.db, editor, story.id, updateArticleSchema.parse({ version: 1, headline: "الثانية" }))).toMatchObject({
      ok: false,
      code: "conflict",
    });
    const [row] = await t.db.select().from(articles).where(eq(articles.id, story.id));
    expect(row?.headline).toBe("الأولى");
  });
});

describe("bad input", () => {
  it.each([
    ["an empty headline", { headline: "  ", bodyText: "x", section: "world", language: "ar" }, "headline"],
    ["a 10,000-character headline", { headline: "x".repeat(10_000), bodyText: "x", section: "world", language: "ar" }, "headline"],
    ["a body that is not a document", { headline: "h", body: { type: "doc", content: [{ type: "script" }] }, section: "world", language: "ar" }, "body"],
    ["HTML as the body", { headline: "h", body: "<p>x</p>", section: "world", language: "ar" }, "body"],
    ["no body at all", { headline: "h", section: "world", language: "ar" }, "body"],
    ["an unknown language", { headline: "h", bodyText: "x", section: "world", language: "fr" }, "language"],
    ["an unknown field", { headline: "h", bodyText: "x", section: "world", language: "ar", status: "published" }, "_"],
  ])("refuses %s with a message for that field", (_label, input, field) => {
    const result = createArticleSchema.safeParse(input);
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join(".") || "_");
    expect(paths).toContain(field);
  });

  it("refuses an unknown section and writes nothing", async () => {
    const [{ n: before }] = (await t.db.select({ n: count() }).from(articles)) as [{ n: number }];
    const result = await createArticle(t.db, reporter, createArticleSchema.parse({ headline: "h", bodyText: "x", section: "atlantis", language: "ar" }));
    expect(result).toMatchObject({ ok: false, code: "invalid", fields: { section: { reason: "section_slug_unknown" } } });
    const [{ n: after }] = (await t.db.select({ n: count() }).from(articles)) as [{ n: number }];
    expect(after).toBe(before);
  });

  it("refuses an unknown status and a missing story", async () => {
    expect(transitionSchema.safeParse({ to: "live", version: 1 }).success).toBe(false);
    expect(await move(editor, "00000000-0000-4000-8000-000000000000", "in_review", 1)).toMatchObject({ ok: false, code: "not_found" });
  });
});

describe("reading", () => {
  it("lists with filters and keyset pages that neither skip nor repeat", async () => {
    for (let i = 0; i < 7; i++) await draft(otherReporter, `خبر رقم ${i} عن الاقتصاد`);
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 10; page++) {
      const result = await listArticles(t.db, editor, { author: otherReporter.id, sort: "updated_desc", limit: 3, cursor });
      if (!result.ok) throw new Error(result.reason);
      seen.push(...result.data.items.map((a) => a.id));
      if (!result.data.nextCursor) break;
      cursor = result.data.nextCursor;
    }
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);

    const search = await listArticles(t.db, reporter, { q: "الإقتصاد", sort: "headline_asc", limit: 25 });
    expect(search.ok && search.data.items.length).toBe(7);
    const filtered = await listArticles(t.db, reporter, { status: "published", sort: "updated_desc", limit: 25, section: "world" });
    expect(filtered.ok && filtered.data.items.every((a) => a.status === "published")).toBe(true);
    expect(await listArticles(t.db, reporter, { sort: "updated_desc", limit: 5, cursor: "garbage" })).toMatchObject({
      ok: false,
      fields: { cursor: { reason: expect.any(String) } },
    });
  });

  it("pages through stories with equal timestamps and equal headlines without skipping any", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await draft(secondEditor, "عنوان مكرر")).id);
    // One statement, one microsecond-precise now(): five exact ties.
    await t.db.execute(sql`update articles set updated_at = now() where id in ${ids}`);
    for (const sort of ["updated_desc", "updated_asc", "headline_asc", "created_desc", "deadline_asc"] as const) {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await listArticles(t.db, editor, { author: secondEditor.id, sort, limit: 2, cursor });
        if (!page.ok) throw new Error(page.reason);
        seen.push(...page.data.items.map((a) => a.id));
        cursor = page.data.nextCursor ?? undefined;
      } while (cursor);
      expect(seen.sort(), sort).toEqual([...ids].sort());
    }
  });

  it.each([
    ["not base64 JSON", "garbage"],
    ["a value that is not a time", Buffer.from(JSON.stringify(["updated_desc", "x", "6f1c2f5e-8f0a-4d8e-9a57-2f3f0b7c1a11"])).toString("base64url")],
    ["an id of dashes", Buffer.from(JSON.stringify(["updated_desc", "2026-01-01 00:00:00+00", "------------------------------------"])).toString("base64url")],
    ["another sort's cursor", Buffer.from(JSON.stringify(["headline_asc", "abc", "6f1c2f5e-8f0a-4d8e-9a57-2f3f0b7c1a11"])).toString("base64url")],
  ])("refuses a forged cursor (%s) with a field error", async (_label, cursor) => {
    expect(await listArticles(t.db, editor, { sort: "updated_desc", limit: 5, cursor })).toMatchObject({
      ok: false,
      code: "invalid",
      fields: { cursor: { reason: expect.any(String) } },
    });
  });

  it("refuses the NUL character instead of failing the write", () => {
    const result = createArticleSchema.safeParse({ headline: "a\u0000b", bodyText: "x\u0000", section: "world", language: "ar" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path[0]).sort()).toEqual(["bodyText", "headline"]);
  });

  it("offers each user only the steps they may take", async () => {
    const story = await draft(reporter);
    await move(reporter, story.id, "in_review", 1);
    const asReporter = await getArticle(t.db, reporter, story.id);
    const asEditor = await getArticle(t.db, editor, story.id);
    expect(asReporter.ok && asReporter.data.allowedTransitions.map((a) => a.to)).toEqual(["draft"]);
    expect(asReporter.ok && asReporter.data.canEdit).toBe(false);
    expect(asEditor.ok && asEditor.data.allowedTransitions.map((a) => a.to).sort()).toEqual(["approved", "archived", "changes_requested"]);
  });

  it("keeps an editorial notes thread", async () => {
    const story = await draft(reporter);
    await addNote(t.db, reporter, story.id, "المصدر طلب عدم ذكر اسمه");
    await addNote(t.db, editor, story.id, "تمام");
    const thread = await listNotes(t.db, reporter, story.id);
    expect(thread.ok && thread.data.map((n) => [n.author.name, n.body])).toEqual([
      ["سارة منصور", "المصدر طلب عدم ذكر اسمه"],
      ["خالد عبد الله", "تمام"],
    ]);
  });
});
