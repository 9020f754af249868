import path from "node:path";
import { randomBytes } from "node:crypto";
import { and, desc, eq } from "drizzle-orm";
import { connectDatabase } from "@/db/client";
import { runningEmbeddedDatabase } from "@/db/runtime/embedded";
import { articles, auditEvents, invitations, loginAttempts, users } from "@/db/schema";
import { createUser } from "@/db/services/create-user";
import type { Role } from "@/lib/authz/roles";
import { E2E_DATA_DIR } from "./settings";

/** The end-to-end server's own database, for arranging what the UI cannot do yet. */
async function e2eDatabase() {
  const running = await runningEmbeddedDatabase(path.resolve(E2E_DATA_DIR));
  if (!running) throw new Error("The end-to-end server's database is not running.");
  return connectDatabase(running.url, { max: 1 });
}

export type TestUser = { id: string; email: string; password: string; name: string };

/** A new user of its own for a test that changes the account. */
export async function createTestUser(role: Role, options: { locale?: "ar" | "en" | null; name?: string } = {}): Promise<TestUser> {
  const { db, close } = await e2eDatabase();
  try {
    const email = `e2e-${role}-${randomBytes(5).toString("hex")}@newsroom.test`;
    const password = `pw-${randomBytes(8).toString("hex")}`;
    const name = options.name ?? `Test ${role}`;
    const result = await createUser(db, { email, name, role, password, locale: options.locale ?? null }, null);
    if (!result.ok) throw new Error(`could not create ${email}: ${result.code}`);
    return { id: result.user.id, email, password, name };
  } finally {
    await close();
  }
}

export async function updateTestUser(id: string, change: { active?: boolean; role?: Role; locale?: "ar" | "en" | null }) {
  const { db, close } = await e2eDatabase();
  try {
    await db.update(users).set(change).where(eq(users.id, id));
  } finally {
    await close();
  }
}

export async function savedLocale(id: string) {
  const { db, close } = await e2eDatabase();
  try {
    const [row] = await db.select({ locale: users.locale }).from(users).where(eq(users.id, id));
    return row?.locale ?? null;
  } finally {
    await close();
  }
}

export async function lastLoginAttempt(email: string) {
  const { db, close } = await e2eDatabase();
  try {
    const [row] = await db
      .select({ ip: loginAttempts.ip, succeeded: loginAttempts.succeeded })
      .from(loginAttempts)
      .where(eq(loginAttempts.email, email))
      .orderBy(desc(loginAttempts.id))
      .limit(1);
    return row ?? null;
  } finally {
    await close();
  }
}

export async function auditActions(actorId: string): Promise<string[]> {
  const { db, close } = await e2eDatabase();
  try {
    const rows = await db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.actorId, actorId)).orderBy(auditEvents.id);
    return rows.map((r) => r.action);
  } finally {
    await close();
  }
}

export async function auditCount(objectId: string, action: string): Promise<number> {
  const { db, close } = await e2eDatabase();
  try {
    const rows = await db
      .select({ id: auditEvents.id })
      .from(auditEvents)
      .where(and(eq(auditEvents.objectId, objectId), eq(auditEvents.action, action)));
    return rows.length;
  } finally {
    await close();
  }
}

export async function storiesCreatedBy(userId: string): Promise<number> {
  const { db, close } = await e2eDatabase();
  try {
    return (await db.select({ id: articles.id }).from(articles).where(eq(articles.createdBy, userId))).length;
  } finally {
    await close();
  }
}

/** Ages every link of a person past its expiry, as 72 hours would. */
export async function expireLinksOf(userId: string): Promise<void> {
  const { db, close } = await e2eDatabase();
  try {
    await db
      .update(invitations)
      .set({ expiresAt: new Date(Date.now() - 60_000) })
      .where(eq(invitations.userId, userId));
  } finally {
    await close();
  }
}
