import { asc, eq, sql } from "drizzle-orm";
import { users, type User } from "../schema";
import type { Db } from "../client";
import type { Locale } from "@/lib/i18n/locale";

/** Emails are unique regardless of letter case. */
export async function findUserByEmail(db: Db, email: string): Promise<User | undefined> {
  const [user] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = lower(${email})`)
    .limit(1);
  return user;
}

export async function setUserLocale(db: Db, id: string, locale: Locale): Promise<void> {
  await db.update(users).set({ locale, updatedAt: new Date() }).where(eq(users.id, id));
}

/**
 * Everyone's id and name, by name: the people a filter offers (the desk's
 * author filter, the audit log's actor filter). A newsroom's roster is
 * hundreds, not millions; the bound keeps a page from growing with it.
 */
export async function listPeopleNames(db: Db): Promise<{ id: string; name: string }[]> {
  return db.select({ id: users.id, name: users.name }).from(users).orderBy(asc(users.name)).limit(2000);
}
