import { and, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { toActor } from "@/lib/authz/roles";
import { newPersonSchema, personChangeSchema } from "@/lib/validation/people";
import { profileSchema } from "@/lib/validation/profile";
import { openSession } from "../queries/sessions";
import { findUserByEmail } from "../queries/users";
import { userSessions, users } from "../schema";
import { seedDemo } from "../seed/seed";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { changePerson, invitePerson, setPasswordWithLink } from "./people";
import { authenticate } from "./authenticate";
import { changeOwnPassword, updateProfile } from "./profile";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await seedDemo(t.db);
});
afterAll(async () => t.drop());

async function person() {
  const admin = toActor((await findUserByEmail(t.db, "admin@newsroom.test"))!);
  const issued = await invitePerson(t.db, admin, newPersonSchema.parse({ name: "صاحب الملف", email: `p${Date.now()}@example.test`, role: "reporter" }));
  if (!issued.ok) throw new Error(issued.reason);
  await setPasswordWithLink(t.db, issued.data.token, "first-long-password");
  return { admin, me: toActor({ id: issued.data.id, role: "reporter", active: true }) };
}

it("changes one's own name and language (empty = the browser's)", async () => {
  const { me } = await person();
  expect(await updateProfile(t.db, me, profileSchema.parse({ name: "  اسم جديد ", locale: "en" }))).toEqual({ ok: true, data: null });
  expect(await t.db.select({ name: users.name, locale: users.locale }).from(users).where(eq(users.id, me.id))).toEqual([{ name: "اسم جديد", locale: "en" }]);
  await updateProfile(t.db, me, profileSchema.parse({ name: "اسم جديد", locale: "" }));
  expect((await t.db.select({ locale: users.locale }).from(users).where(eq(users.id, me.id)))[0]?.locale).toBeNull();
  expect(profileSchema.safeParse({ name: "x".repeat(201), locale: "fr" }).error?.issues.map((i) => i.path[0])).toEqual(["name", "locale"]);
});

it("a new password needs the current one, follows the policy, and ends every other session", async () => {
  const { me, admin } = await person();
  const here = await openSession(t.db, me.id, new Date());
  const elsewhere = await openSession(t.db, me.id, new Date());
  expect(await changeOwnPassword(t.db, me, here, "wrong-password", "second-long-password")).toMatchObject({
    ok: false,
    fields: { current: { reason: "current_password_wrong" } },
  });
  expect(await changeOwnPassword(t.db, me, here, "first-long-password", "password123456")).toMatchObject({
    ok: false,
    fields: { next: { reason: "password_too_common" } },
  });
  expect(await changeOwnPassword(t.db, me, here, "first-long-password", "second-long-password")).toEqual({ ok: true, data: null });
  const [row] = await t.db.select().from(users).where(eq(users.id, me.id));
  expect(await verifyPassword(row!.passwordHash!, "second-long-password")).toBe(true);
  const open = await t.db
    .select({ id: userSessions.id })
    .from(userSessions)
    .where(and(eq(userSessions.userId, me.id), isNull(userSessions.revokedAt)));
  expect(open.map((s) => s.id)).toEqual([here]);
  expect(elsewhere).not.toBe(here);

  await changePerson(t.db, admin, me.id, personChangeSchema.parse({ active: false }));
  expect(await changeOwnPassword(t.db, { ...me, active: false }, here, "second-long-password", "third-long-password")).toMatchObject({
    ok: false,
    code: "forbidden",
  });
});

it("five wrong current passwords in 15 minutes stop further tries, even with the right one", async () => {
  const { me } = await person();
  const session = await openSession(t.db, me.id, new Date());
  for (let i = 0; i < 5; i++)
    expect(await changeOwnPassword(t.db, me, session, `wrong-${i}`, "another-long-password")).toMatchObject({ ok: false, code: "invalid" });
  expect(await changeOwnPassword(t.db, me, session, "first-long-password", "another-long-password")).toMatchObject({
    ok: false,
    code: "too_many_requests",
    params: { minutes: 15 },
  });
  const later = new Date(Date.now() + 16 * 60_000);
  expect(await changeOwnPassword(t.db, me, session, "first-long-password", "another-long-password", later)).toEqual({ ok: true, data: null });
});

it("wrong current passwords and failed sign-ins share one throttle per account, and parallel guesses cannot slip under it", async () => {
  const { me } = await person();
  const [row] = await t.db.select({ email: users.email }).from(users).where(eq(users.id, me.id));
  const session = await openSession(t.db, me.id, new Date());
  for (let i = 0; i < 3; i++) expect(await authenticate(t.db, { email: row!.email, password: `wrong-${i}`, ip: null })).toMatchObject({ ok: false });
  const guesses = await Promise.all(Array.from({ length: 6 }, (_, i) => changeOwnPassword(t.db, me, session, `guess-${i}`, "another-long-password")));
  expect(guesses.filter((g) => !g.ok && g.code === "invalid")).toHaveLength(2);
  expect(guesses.filter((g) => !g.ok && g.code === "too_many_requests")).toHaveLength(4);
  expect(await authenticate(t.db, { email: row!.email, password: "first-long-password", ip: null })).toMatchObject({ ok: false, reason: "throttled" });
});
