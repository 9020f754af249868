import { count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { auditEvents, users } from "../schema";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { createUser } from "./create-user";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t.drop());

const valid = { email: "Chief@Example.test", name: "Chief", role: "admin", password: "a long enough password" };

describe("createUser", () => {
  it("stores an argon2id hash, never the password, and audits the creation", async () => {
    const result = await createUser(t.db, valid, null);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.user.email).toBe("chief@example.test");
    expect(result.user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(result.user.passwordHash!, valid.password)).toBe(true);
    const [audit] = await t.db.select().from(auditEvents);
    expect(audit).toMatchObject({ action: "user.created", objectId: result.user.id, after: { role: "admin" } });
  });

  it("refuses a duplicate email in any letter case", async () => {
    expect(await createUser(t.db, { ...valid, email: "CHIEF@example.TEST" }, null)).toEqual({ ok: false, code: "email_taken" });
  });

  it.each([
    ["role", { role: "superuser" }],
    ["email", { email: "not an email" }],
    ["name", { name: "x".repeat(10_000) }],
    ["password", { password: "short" }],
  ])("refuses a bad %s with a message for that field and writes nothing", async (field, change) => {
    const [before] = await t.db.select({ n: count() }).from(users);
    const result = await createUser(t.db, { ...valid, email: "new@example.test", ...change }, null);
    expect(result).toMatchObject({ ok: false, code: "invalid" });
    expect(Object.keys((result as { fields: object }).fields)).toEqual([field]);
    const [after] = await t.db.select({ n: count() }).from(users);
    expect(after?.n).toBe(before?.n);
  });

  it.each([
    ["a common password, however long", { password: "password123456" }, "password_too_common"],
    ["a common password with symbols on the end", { password: "iloveyou2026!!" }, "password_too_common"],
    ["the person's own name", { name: "Sara Mansour", password: "sara mansour 2026" }, "password_personal"],
    ["the person's own email", { password: "new@example.test!" }, "password_personal"],
  ])("refuses %s, as invitations and the profile do, and says why", async (_, change, reason) => {
    const [before] = await t.db.select({ n: count() }).from(users);
    const result = await createUser(t.db, { ...valid, email: "new@example.test", ...change }, null);
    expect(result).toEqual({ ok: false, code: "invalid", fields: { password: { reason } } });
    const [after] = await t.db.select({ n: count() }).from(users);
    expect(after?.n).toBe(before?.n);
  });
});
