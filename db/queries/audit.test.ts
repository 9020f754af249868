import { sql } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { auditEvents } from "../schema";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { recordAudit } from "./audit";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await recordAudit(t.db, { action: "test.event", objectType: "test", after: { n: 1 } });
});
afterAll(async () => t.drop());

it.each([
  ["UPDATE", sql`update audit_events set action = 'forged'`],
  ["DELETE", sql`delete from audit_events`],
  ["TRUNCATE", sql`truncate audit_events`],
])("the database refuses to %s audit events", async (op, statement) => {
  await expect(t.db.execute(statement)).rejects.toMatchObject({ cause: { message: expect.stringContaining(`append-only (${op} refused)`) } });
  const rows = await t.db.select().from(auditEvents);
  expect(rows).toHaveLength(1);
  expect(rows[0]?.action).toBe("test.event");
});
