import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { THROTTLE_POLICY } from "@/lib/auth/throttle";
import { auditEvents, loginAttempts, users } from "../schema";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { endSession, findSessionUser } from "../queries/sessions";
import { authenticate } from "./authenticate";
import { createUser } from "./create-user";

let t: TestDatabase;
const password = "correct horse battery";

beforeAll(async () => {
  t = await createTestDatabase();
  for (const [email, role] of [
    ["ok@example.test", "reporter"],
    ["gone@example.test", "editor"],
    ["locked@example.test", "reporter"],
  ] as const) {
    const created = await createUser(t.db, { email, name: email, role, password }, null);
    if (!created.ok) throw new Error("setup failed");
  }
  await t.db.update(users).set({ active: false }).where(eq(users.email, "gone@example.test"));
});
afterAll(async () => t.drop());

async function lastAudit() {
  const [row] = await t.db.select().from(auditEvents).orderBy(desc(auditEvents.id)).limit(1);
  return row;
}

describe("authenticate", () => {
  it("signs in with the right password, in any letter case of the email, and records it", async () => {
    const result = await authenticate(t.db, { email: " OK@Example.test", password, ip: "10.0.0.1" });
    expect(result).toMatchObject({ ok: true, user: { email: "ok@example.test", role: "reporter" } });
    expect(await lastAudit()).toMatchObject({ action: "auth.sign_in", ip: "10.0.0.1", after: { email: "ok@example.test" } });
    const [user] = await t.db.select().from(users).where(eq(users.email, "ok@example.test"));
    expect(user?.lastSignInAt).toBeInstanceOf(Date);
  });

  it("opens a server-side session that sign-out ends for good", async () => {
    const result = await authenticate(t.db, { email: "ok@example.test", password, ip: null });
    if (!result.ok) throw new Error("sign-in failed");
    const { id, sessionId } = result.user;
    expect(await findSessionUser(t.db, sessionId, id)).toMatchObject({ email: "ok@example.test" });
    await endSession(t.db, sessionId);
    expect(await findSessionUser(t.db, sessionId, id)).toBeUndefined();
    const other = await authenticate(t.db, { email: "ok@example.test", password, ip: null });
    expect(other.ok && other.user.sessionId).not.toBe(sessionId);
    expect(other.ok && (await findSessionUser(t.db, sessionId, other.user.id))).toBeUndefined();
  });

  it.each([
    ["a wrong password", "ok@example.test", "wrong password", "wrong_password"],
    ["an unknown email", "nobody@example.test", password, "unknown_email"],
    ["a deactivated account with a wrong password", "gone@example.test", "wrong password", "inactive"],
    ["a 10,000-character password", "ok@example.test", "x".repeat(10_000), "wrong_password"],
  ])("gives the same answer for %s, and audits the reason", async (_label, email, pw, reason) => {
    const result = await authenticate(t.db, { email, password: pw, ip: "10.0.0.2" });
    expect(result).toEqual({ ok: false, reason: "invalid" });
    expect(await lastAudit()).toMatchObject({ action: "auth.sign_in_failed", after: { email, reason } });
  });

  it("tells only someone with the right password that the account is deactivated, and opens no session", async () => {
    const result = await authenticate(t.db, { email: "gone@example.test", password, ip: "10.0.0.3" });
    expect(result).toEqual({ ok: false, reason: "inactive" });
    expect(await lastAudit()).toMatchObject({ action: "auth.sign_in_failed", after: { email: "gone@example.test", reason: "inactive" } });
  });

  it("throttles an email after repeated failures without checking the password, then lets it in after the window", async () => {
    const start = new Date("2030-01-01T10:00:00Z");
    for (let i = 0; i < THROTTLE_POLICY.maxFailuresPerEmail; i++) {
      const at = new Date(start.getTime() + i * 1000);
      expect(await authenticate(t.db, { email: "locked@example.test", password: "nope", ip: `10.1.0.${i}` }, at)).toMatchObject({
        ok: false,
        reason: "invalid",
      });
    }
    const later = new Date(start.getTime() + 60_000);
    const refused = await authenticate(t.db, { email: "locked@example.test", password, ip: "10.1.1.1" }, later);
    expect(refused).toEqual({ ok: false, reason: "throttled", retryAfterSeconds: THROTTLE_POLICY.windowSeconds - 60 });
    expect(await lastAudit()).toMatchObject({ action: "auth.sign_in_throttled" });

    const afterWindow = new Date(start.getTime() + (THROTTLE_POLICY.windowSeconds + 5) * 1000);
    expect(await authenticate(t.db, { email: "locked@example.test", password, ip: "10.1.1.1" }, afterWindow)).toMatchObject({ ok: true });
  });

  it("throttles a client address that fails across many emails", async () => {
    const start = new Date("2031-01-01T10:00:00Z");
    for (let i = 0; i < THROTTLE_POLICY.maxFailuresPerIp; i++) {
      await authenticate(t.db, { email: `guess${i}@example.test`, password: "nope", ip: "203.0.113.9" }, new Date(start.getTime() + i));
    }
    const result = await authenticate(t.db, { email: "ok@example.test", password, ip: "203.0.113.9" }, new Date(start.getTime() + 1000));
    expect(result).toMatchObject({ ok: false, reason: "throttled" });
    const fromElsewhere = await authenticate(t.db, { email: "ok@example.test", password, ip: "198.51.100.7" }, new Date(start.getTime() + 1000));
    expect(fromElsewhere).toMatchObject({ ok: true });
  });

  it("lets no more than the limit through when guesses arrive all at once", async () => {
    const created = await createUser(t.db, { email: "burst@example.test", name: "Burst", role: "reporter", password }, null);
    expect(created.ok).toBe(true);
    const at = new Date("2032-01-01T10:00:00Z");
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => authenticate(t.db, { email: "burst@example.test", password: `guess-${i}`, ip: `10.9.0.${i}` }, at)),
    );
    expect(results.filter((r) => !r.ok && r.reason === "invalid")).toHaveLength(THROTTLE_POLICY.maxFailuresPerEmail);
    expect(results.filter((r) => !r.ok && r.reason === "throttled")).toHaveLength(12 - THROTTLE_POLICY.maxFailuresPerEmail);
  });

  it("stores no address it cannot parse", async () => {
    await authenticate(t.db, { email: "ok@example.test", password, ip: "not-an-ip'); drop table users;--" });
    const [attempt] = await t.db.select().from(loginAttempts).orderBy(desc(loginAttempts.id)).limit(1);
    expect(attempt?.ip).toBeNull();
    const [still] = await t.db
      .select()
      .from(users)
      .where(and(eq(users.email, "ok@example.test")));
    expect(still).toBeDefined();
  });
});
