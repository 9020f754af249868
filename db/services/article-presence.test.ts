import { afterAll, beforeAll, expect, it } from "vitest";
import { toActor } from "@/lib/authz/roles";
import { createArticleSchema } from "@/lib/validation/article";
import { findUserByEmail } from "../queries/users";
import { seedDemo } from "../seed/seed";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { heartbeat } from "./article-presence";
import { createArticle } from "./article-write";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await seedDemo(t.db);
});
afterAll(async () => t.drop());

it("shows who else has the story open, and forgets them after 30 seconds of silence", async () => {
  const reporter = toActor((await findUserByEmail(t.db, "reporter@newsroom.test"))!);
  const editor = toActor((await findUserByEmail(t.db, "editor@newsroom.test"))!);
  const created = await createArticle(t.db, reporter, createArticleSchema.parse({ headline: "مفتوحة", bodyText: "نص", section: "world", language: "ar" }));
  if (!created.ok) throw new Error(created.reason);
  const id = created.data.id;
  const at = (seconds: number) => new Date(Date.UTC(2026, 5, 1, 10, 0, seconds));

  expect(await heartbeat(t.db, reporter, id, at(0))).toEqual({ ok: true, data: { others: [] } });
  expect(await heartbeat(t.db, editor, id, at(5))).toEqual({ ok: true, data: { others: [{ id: reporter.id, name: "سارة منصور" }] } });
  expect(await heartbeat(t.db, reporter, id, at(10))).toEqual({ ok: true, data: { others: [{ id: editor.id, name: "خالد عبد الله" }] } });
  expect(await heartbeat(t.db, reporter, id, at(40))).toEqual({ ok: true, data: { others: [] } });
  expect(await heartbeat(t.db, reporter, "00000000-0000-4000-8000-000000000000", at(41))).toMatchObject({ ok: false, code: "not_found" });
});
