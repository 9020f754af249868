import { and, count, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { toActor, type Actor } from "@/lib/authz/roles";
import { newPersonSchema, personChangeSchema } from "@/lib/validation/people";
import { openSession } from "../queries/sessions";
import { findUserByEmail } from "../queries/users";
import { auditEvents, invitations, userSessions, users } from "../schema";
import { createDemoDesk, type DemoDesk } from "../testing/demo-desk";
import { changePerson, inspectLink, invitePerson, listPeople, resetPassword, setPasswordWithLink } from "./people";

let t: DemoDesk;
let admin: Actor;
let editor: Actor;
beforeAll(async () => {
  t = await createDemoDesk();
  ({ admin, editor } = t);
});
afterAll(async () => t.drop());

const invite = (actor: Actor, fields: { name: string; email: string; role: string }, now?: Date) =>
  invitePerson(t.db, actor, newPersonSchema.parse(fields), now);
const change = (actor: Actor, id: string, fields: Record<string, unknown>) => changePerson(t.db, actor, id, personChangeSchema.parse(fields));

describe("invitations", () => {
  it("adds a person without a password and a link that sets one, once", async () => {
    const issued = await invite(admin, { name: "منى علي", email: "Mona@Example.test", role: "reporter" });
    if (!issued.ok) throw new Error(issued.reason);
    const [row] = await t.db.select().from(users).where(eq(users.id, issued.data.id));
    expect(row).toMatchObject({ email: "mona@example.test", passwordHash: null, active: true, role: "reporter" });
    const [stored] = await t.db.select().from(invitations).where(eq(invitations.userId, issued.data.id));
    expect(stored?.tokenHash).not.toContain(issued.data.token);
    expect(stored!.expiresAt.getTime() - stored!.createdAt.getTime()).toBe(72 * 3_600_000);

    expect(await inspectLink(t.db, issued.data.token)).toMatchObject({ ok: true, name: "منى علي", purpose: "invite" });
    expect(await setPasswordWithLink(t.db, issued.data.token, "short")).toMatchObject({
      ok: false,
      code: "invalid",
      fields: { password: { reason: "password_too_short", params: { min: 12 } } },
    });
    expect(await setPasswordWithLink(t.db, issued.data.token, "a-long-newsroom-phrase")).toEqual({ ok: true, data: { email: "mona@example.test" } });
    const [after] = await t.db.select().from(users).where(eq(users.id, issued.data.id));
    expect(await verifyPassword(after!.passwordHash!, "a-long-newsroom-phrase")).toBe(true);
    expect(await setPasswordWithLink(t.db, issued.data.token, "another-long-phrase")).toEqual({ ok: false, code: "conflict", reason: "link_used" });
  });

  it("refuses an expired, tampered or unknown link, and a duplicate email in any letter case", async () => {
    const past = new Date(Date.now() - 73 * 3_600_000);
    const old = await invite(admin, { name: "قديم", email: "old@example.test", role: "reporter" }, past);
    if (!old.ok) throw new Error(old.reason);
    expect(await setPasswordWithLink(t.db, old.data.token, "a-long-newsroom-phrase")).toEqual({ ok: false, code: "conflict", reason: "link_expired" });
    const tampered = `${old.data.token.slice(0, -1)}${old.data.token.endsWith("A") ? "B" : "A"}`;
    expect(await inspectLink(t.db, tampered)).toEqual({ ok: false, reason: "unknown" });
    expect(await inspectLink(t.db, "<script>")).toEqual({ ok: false, reason: "unknown" });

    expect(await invite(admin, { name: "نسخة", email: "OLD@example.TEST", role: "editor" })).toMatchObject({
      ok: false,
      code: "invalid",
      fields: { email: { reason: "email_taken" } },
    });
    const [n] = await t.db.select({ n: count() }).from(users).where(eq(users.email, "old@example.test"));
    expect(n?.n).toBe(1);
  });

  it("is for admins only", async () => {
    expect(await invite(editor, { name: "x", email: "x@example.test", role: "reporter" })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await findUserByEmail(t.db, "x@example.test")).toBeUndefined();
  });
});

describe("changing people", () => {
  it("deactivating signs the person out everywhere, keeps them, and is audited with before and after", async () => {
    const issued = await invite(admin, { name: "مراسل مؤقت", email: "temp@example.test", role: "reporter" });
    if (!issued.ok) throw new Error(issued.reason);
    await openSession(t.db, issued.data.id, new Date());
    expect(await change(admin, issued.data.id, { active: false })).toMatchObject({ ok: true, data: { active: false } });
    const open = await t.db
      .select()
      .from(userSessions)
      .where(and(eq(userSessions.userId, issued.data.id), isNull(userSessions.revokedAt)));
    expect(open).toEqual([]);
    const [audit] = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.objectId, issued.data.id), eq(auditEvents.action, "user.deactivated")));
    expect(audit).toMatchObject({ actorId: admin.id, before: { active: true }, after: { active: false } });
    expect(await change(admin, issued.data.id, { active: true, role: "editor" })).toMatchObject({ ok: true, data: { active: true, role: "editor" } });
  });

  it("keeps the last active admin: nobody can demote or deactivate them", async () => {
    expect(await change(admin, admin.id, { role: "editor" })).toMatchObject({
      ok: false,
      code: "unprocessable",
      fields: { role: { reason: "last_active_admin_self" } },
    });
    expect(await change(admin, admin.id, { active: false })).toMatchObject({ ok: false, code: "unprocessable" });
    const [row] = await t.db.select().from(users).where(eq(users.id, admin.id));
    expect(row).toMatchObject({ role: "admin", active: true });
  });

  it("two admins demoting each other at the same moment leave one admin", async () => {
    const second = await invite(admin, { name: "مديرة ثانية", email: "admin2@example.test", role: "admin" });
    if (!second.ok) throw new Error(second.reason);
    const other = toActor({ id: second.data.id, role: "admin", active: true });
    const results = await Promise.all([change(admin, other.id, { role: "editor" }), change(other, admin.id, { role: "editor" })]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const [admins] = await t.db
      .select({ n: count() })
      .from(users)
      .where(and(eq(users.role, "admin"), eq(users.active, true)));
    expect(admins?.n).toBe(1);
    // Whoever lost the race is no longer an admin; put the demo admin back for the other tests.
    const [demo] = await t.db.select().from(users).where(eq(users.id, admin.id));
    if (demo?.role !== "admin") await t.db.update(users).set({ role: "admin" }).where(eq(users.id, admin.id));
  });

  it("a password reset kills the old password, every session and the previous link", async () => {
    const issued = await invite(admin, { name: "نسيت كلمة السر", email: "forgot@example.test", role: "reporter" });
    if (!issued.ok) throw new Error(issued.reason);
    await setPasswordWithLink(t.db, issued.data.token, "first-long-password");
    await openSession(t.db, issued.data.id, new Date());
    const first = await resetPassword(t.db, admin, issued.data.id);
    const second = await resetPassword(t.db, admin, issued.data.id);
    if (!first.ok || !second.ok) throw new Error("reset failed");
    const [row] = await t.db.select().from(users).where(eq(users.id, issued.data.id));
    expect(row?.passwordHash).toBeNull();
    expect(await inspectLink(t.db, first.data.token)).toEqual({ ok: false, reason: "used" });
    expect(await inspectLink(t.db, second.data.token)).toMatchObject({ ok: true, purpose: "reset" });
    const open = await t.db
      .select()
      .from(userSessions)
      .where(and(eq(userSessions.userId, issued.data.id), isNull(userSessions.revokedAt)));
    expect(open).toEqual([]);
  });
});

describe("the roster", () => {
  it("pages by name with a cursor and finds people by name or email", async () => {
    const first = await listPeople(t.db, admin, { limit: 2 });
    if (!first.ok) throw new Error(first.reason);
    expect(first.data.items).toHaveLength(2);
    const second = await listPeople(t.db, admin, { limit: 2, cursor: first.data.nextCursor ?? undefined });
    if (!second.ok) throw new Error(second.reason);
    expect(second.data.items.map((p) => p.id)).not.toContain(first.data.items[0]!.id);
    const found = await listPeople(t.db, admin, { limit: 25, q: "REPORTER@newsroom" });
    expect(found.ok && found.data.items.map((p) => p.email)).toEqual(["reporter@newsroom.test"]);
    expect(found.ok && found.data.items[0]!.stories).toBeGreaterThan(0);
    expect(await listPeople(t.db, editor, { limit: 25 })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await listPeople(t.db, admin, { limit: 25, cursor: "garbage" })).toMatchObject({ ok: false, code: "invalid" });
  });
});
