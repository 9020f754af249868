import { afterAll, beforeAll, expect, it } from "vitest";
import { toActor } from "@/lib/authz/roles";
import { createArticleSchema, transitionSchema, updateArticleSchema } from "@/lib/validation/article";
import { findUserByEmail } from "../queries/users";
import { seedDemo } from "../seed/seed";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { restoreRevision } from "./article-restore";
import { getRevision, listRevisions } from "./article-revisions";
import { transitionArticle } from "./article-transition";
import { createArticle, updateArticle } from "./article-write";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await seedDemo(t.db);
});
afterAll(async () => t.drop());

it("lists every saved version newest first, with who, why and the state it was in, and shows each in full", async () => {
  const reporter = toActor((await findUserByEmail(t.db, "reporter@newsroom.test"))!);
  const editor = toActor((await findUserByEmail(t.db, "editor@newsroom.test"))!);
  const at = (minutes: number) => new Date(Date.UTC(2026, 5, 1, 9, minutes));
  const created = await createArticle(
    t.db,
    reporter,
    createArticleSchema.parse({ headline: "الأولى", bodyText: "نص أول", section: "world", language: "ar" }),
    at(0),
  );
  if (!created.ok) throw new Error(created.reason);
  const id = created.data.id;
  await updateArticle(t.db, reporter, id, updateArticleSchema.parse({ version: 1, headline: "الثانية" }), at(1));
  await transitionArticle(t.db, reporter, id, transitionSchema.parse({ to: "in_review", version: 2 }), at(2));
  await updateArticle(t.db, editor, id, updateArticleSchema.parse({ version: 3, bodyText: "نص مصحح" }), at(3));

  const list = await listRevisions(t.db, editor, id);
  if (!list.ok) throw new Error(list.reason);
  expect(list.data.map((r) => [r.headline, r.author?.name, r.status, r.working])).toEqual([
    ["الثانية", "خالد عبد الله", "in_review", true],
    ["الثانية", "سارة منصور", "in_review", false],
    ["الثانية", "سارة منصور", "draft", false],
    ["الأولى", "سارة منصور", "draft", false],
  ]);
  // A workflow step's version has the same text as the one before it; an edit's does not.
  const keys = list.data.map((r) => r.textKey);
  expect(keys[1]).toBe(keys[2]);
  expect(new Set([keys[0], keys[1], keys[3]]).size).toBe(3);
  const oldest = await getRevision(t.db, editor, id, list.data[3]!.id);
  expect(oldest.ok && oldest.data.body.content).toEqual([{ type: "paragraph", content: [{ type: "text", text: "نص أول" }] }]);

  const other = await createArticle(t.db, reporter, createArticleSchema.parse({ headline: "أخرى", bodyText: "x", section: "world", language: "ar" }));
  expect(await getRevision(t.db, editor, other.ok ? other.data.id : "", list.data[0]!.id)).toMatchObject({ ok: false, code: "not_found" });
});

it("restoring an old version adds a new revision with its content and keeps every other", async () => {
  const reporter = toActor((await findUserByEmail(t.db, "reporter@newsroom.test"))!);
  const otherReporter = toActor((await findUserByEmail(t.db, "editor@newsroom.test"))!);
  const created = await createArticle(t.db, reporter, createArticleSchema.parse({ headline: "قبل", bodyText: "نص قديم", section: "world", language: "ar" }));
  if (!created.ok) throw new Error(created.reason);
  const id = created.data.id;
  await updateArticle(t.db, reporter, id, updateArticleSchema.parse({ version: 1, headline: "بعد", bodyText: "نص جديد" }));
  const before = await listRevisions(t.db, reporter, id);
  if (!before.ok) throw new Error(before.reason);
  const [newest, original] = before.data;

  expect(await restoreRevision(t.db, reporter, id, original!.id, 1)).toMatchObject({ ok: false, code: "conflict" });
  const restored = await restoreRevision(t.db, reporter, id, original!.id, 2);
  expect(restored).toMatchObject({ ok: true, data: { version: 3 } });
  const list = await listRevisions(t.db, reporter, id);
  if (!list.ok) throw new Error(list.reason);
  expect(list.data.map((r) => [r.headline, r.working])).toEqual([
    ["قبل", true],
    ["بعد", false],
    ["قبل", false],
  ]);
  expect(list.data[0]).toMatchObject({ reason: null, restoredFrom: original!.createdAt });
  expect(list.data.map((r) => r.id)).toContain(newest!.id);
  const current = await getRevision(t.db, reporter, id, list.data[0]!.id);
  expect(current.ok && current.data.body.content).toEqual([{ type: "paragraph", content: [{ type: "text", text: "نص قديم" }] }]);

  await transitionArticle(t.db, reporter, id, transitionSchema.parse({ to: "in_review", version: 3 }));
  expect(await restoreRevision(t.db, reporter, id, original!.id, 4)).toMatchObject({ ok: false, code: "forbidden" });
  expect(await restoreRevision(t.db, otherReporter, id, original!.id, 4)).toMatchObject({ ok: true });
});
