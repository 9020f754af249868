import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/roles";
import { auditQuerySchema } from "@/lib/validation/audit";
import { listQuerySchema } from "@/lib/validation/article";
import { peopleQuerySchema } from "@/lib/validation/people";
import { createDemoDesk, type DemoDesk } from "../testing/demo-desk";
import { listArticles } from "./article-read";
import { allAudit, listAudit } from "./audit-log";
import { listPeople } from "./people";

let t: DemoDesk;
let admin: Actor;
beforeAll(async () => {
  t = await createDemoDesk();
  ({ admin } = t);
});
afterAll(async () => t.drop());

const ID = "6f1c2f5e-8f0a-4d8e-9a57-2f3f0b7c1a11";
/** A cursor as an attacker writes it: any JSON, in base64url like the real ones. */
const forge = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
const refused = { ok: false, code: "invalid", fields: { cursor: { reason: expect.any(String) } } };
const auditQuery = (fields: Record<string, unknown>) => auditQuerySchema("Africa/Cairo").parse(fields);

describe("crafted cursors are refused before they reach SQL", () => {
  it("the story list answers invalid for impossible times, NUL and another list's cursor", async () => {
    const cursors = [
      // The formats the list used to accept, with values that failed inside PostgreSQL.
      ["updated_desc", forge(["updated_desc", "9999-99-99 99:99:99+99", ID])],
      ["updated_desc", forge(["updated_desc", "2026-02-30 00:00:00+00", ID])],
      ["headline_asc", forge(["headline_asc", "a\u0000b", ID])],
      ["updated_desc", forge([1, "articles/updated_desc", "2026-02-30T00:00:00.000000Z", ID])],
      ["updated_desc", forge([1, "articles/updated_desc", "9999-99-99T99:99:99.999999Z", ID])],
      ["headline_asc", forge([1, "articles/headline_asc", "a\u0000b", ID])],
      ["updated_desc", forge([1, "articles/updated_desc", "2026-01-01T00:00:00.000000Z", "-".repeat(36)])],
      ["deadline_asc", forge([1, "articles/updated_desc", "2026-01-01T00:00:00.000000Z", ID])],
      ["updated_desc", forge([1, "people", "Laila", ID])],
    ] as const;
    for (const [sort, cursor] of cursors) {
      expect(await listArticles(t.db, admin, listQuerySchema.parse({ sort, cursor })), cursor).toMatchObject(refused);
    }
  });

  it("the roster answers invalid for an id of 36 hyphens, NUL and another list's cursor", async () => {
    const cursors = [
      forge(["Laila", "-".repeat(36)]),
      forge(["La\u0000ila", ID]),
      forge([1, "people", "Laila", "-".repeat(36)]),
      forge([1, "people", "La\u0000ila", ID]),
      forge([1, "audit", "2026-01-01T00:00:00.000000Z", 1]),
    ];
    for (const cursor of cursors) expect(await listPeople(t.db, admin, peopleQuerySchema.parse({ cursor })), cursor).toMatchObject(refused);
  });

  it("the audit log answers invalid for any date JavaScript accepts but PostgreSQL does not", async () => {
    const cursors = [
      Buffer.from("+275760-09-13T00:00:00.000Z|1").toString("base64url"),
      Buffer.from("-271821-04-20T00:00:00.000Z|1").toString("base64url"),
      forge([1, "audit", "+275760-09-13T00:00:00.000000Z", 1]),
      forge([1, "audit", "2026-02-30T00:00:00.000000Z", 1]),
      forge([1, "audit", "2026-01-01T00:00:00.000000Z", 2 ** 63]),
      forge([1, "people", "Laila", ID]),
    ];
    for (const cursor of cursors) expect(await listAudit(t.db, admin, auditQuery({ cursor })), cursor).toMatchObject(refused);
  });
});

describe("audit pages keep the database's microseconds", () => {
  it("pages one event at a time without skipping events in the same millisecond", async () => {
    // Inserted out of order, with a tie, so neither id nor insertion order stands in for time.
    const times = ["10:00:00.123456", "10:00:00.123457", "10:00:00.122999", "10:00:00.123456", "10:00:00.123001", "10:00:00.124000"];
    const rows = times.map((time) => sql`('user.renamed', 'user', 'same-millisecond', ${`2026-01-01 ${time}+00`}::timestamptz)`);
    const inserted = await t.db.execute(
      sql`insert into audit_events (action, object_type, object_id, created_at) values ${sql.join(rows, sql`, `)} returning id`,
    );
    const expected = await t.db.execute<{ id: string }>(
      sql`select id from audit_events where object_id = 'same-millisecond' order by created_at desc, id desc`,
    );
    expect(inserted).toHaveLength(times.length);

    for (const limit of [1, 2]) {
      const seen: number[] = [];
      let cursor: string | undefined;
      do {
        const page = await listAudit(t.db, admin, auditQuery({ objectId: "same-millisecond", limit, ...(cursor ? { cursor } : {}) }));
        if (!page.ok) throw new Error(page.reason);
        seen.push(...page.data.items.map((e) => e.id));
        cursor = page.data.nextCursor ?? undefined;
      } while (cursor);
      expect(seen, `limit ${limit}`).toEqual(expected.map((r) => Number(r.id)));
    }

    const exported: number[] = [];
    for await (const batch of allAudit(t.db, admin, auditQuery({ objectId: "same-millisecond" }))) if (batch.ok) exported.push(...batch.data.map((e) => e.id));
    expect(exported).toEqual(expected.map((r) => Number(r.id)));
  });
});
