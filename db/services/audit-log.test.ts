import { afterAll, beforeAll, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/roles";
import { auditQuerySchema } from "@/lib/validation/audit";
import { recordAudit } from "../queries/audit";
import { createDemoDesk, type DemoDesk } from "../testing/demo-desk";
import { allAudit, listAudit } from "./audit-log";

let t: DemoDesk;
let admin: Actor;
let editor: Actor;
const query = (fields: Record<string, unknown>) => auditQuerySchema("Africa/Cairo").parse(fields);

beforeAll(async () => {
  t = await createDemoDesk();
  ({ admin, editor } = t);
  // 30 events over three Cairo days (UTC+2 in November), by two people.
  for (let i = 0; i < 30; i++) {
    await recordAudit(t.db, {
      actorId: i % 2 ? admin.id : editor.id,
      action: i % 3 ? "user.renamed" : "user.role_changed",
      objectType: "user",
      objectId: `obj-${i % 5}`,
      before: { n: i },
      after: { n: i + 1 },
      createdAt: new Date(Date.UTC(2026, 10, 20 + Math.floor(i / 10), 22, i)),
    });
  }
});
afterAll(async () => t.drop());

it("filters by person, action, object and Cairo days, newest first", async () => {
  const page = await listAudit(
    t.db,
    admin,
    query({ actor: admin.id, action: "user.renamed", objectId: "obj-1", from: "2026-11-21", to: "2026-11-22", limit: 50 }),
  );
  if (!page.ok) throw new Error(page.reason);
  // 22:xx UTC on the 20th is already the 21st in Cairo.
  expect(page.data.items.map((e) => e.after)).toEqual([{ n: 12 }, { n: 2 }]);
  expect(page.data.items.every((e) => e.actor?.name === "Laila Hassan")).toBe(true);
});

it("pages by key without gaps or repeats, and the export walks every page", async () => {
  const seen: number[] = [];
  let cursor: string | undefined;
  do {
    const page = await listAudit(t.db, admin, query({ objectType: "user", from: "2026-11-20", limit: 7, ...(cursor ? { cursor } : {}) }));
    if (!page.ok) throw new Error(page.reason);
    seen.push(...page.data.items.map((e) => e.id));
    cursor = page.data.nextCursor ?? undefined;
  } while (cursor);
  expect(seen).toHaveLength(30);
  expect(new Set(seen).size).toBe(30);
  const exported: number[] = [];
  for await (const batch of allAudit(t.db, admin, query({ objectType: "user", from: "2026-11-20" })))
    if (batch.ok) exported.push(...batch.data.map((e) => e.id));
  expect(exported).toEqual(seen);
});

it("is for admins only and refuses a forged cursor and backwards dates", async () => {
  expect(await listAudit(t.db, editor, query({}))).toMatchObject({ ok: false, code: "forbidden" });
  expect(await listAudit(t.db, admin, query({ cursor: "bm90LWEtY3Vyc29y" }))).toMatchObject({ ok: false, code: "invalid" });
  expect(auditQuerySchema("Africa/Cairo").safeParse({ from: "2026-11-22", to: "2026-11-21" }).error?.issues[0]?.message).toBe("range_reversed");
});
