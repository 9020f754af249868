import { eq, like, or, sql } from "drizzle-orm";
import { slugify } from "@/lib/arabic/slug";
import type { Db } from "../client";
import { users } from "../schema";

// Namespace for the advisory lock that makes choosing a person's address and writing it one step.
const AUTHOR_SLUG_LOCK = 7_303;

/**
 * The reader's-site address for a new person: their name as a slug, then
 * «…-2», «…-3» when taken. Call inside the transaction that inserts the
 * person: the name's slugs stay locked until it ends, so two people with the
 * same name cannot both take the same one.
 */
export async function freeAuthorSlug(db: Db, name: string): Promise<string> {
  const base = slugify(name) || "author";
  await db.execute(sql`select pg_advisory_xact_lock(${AUTHOR_SLUG_LOCK}, hashtext(${base}))`);
  const rows = await db
    .select({ slug: users.slug })
    .from(users)
    .where(or(eq(users.slug, base), like(users.slug, `${base}-%`)));
  const used = new Set(rows.map((r) => r.slug));
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}
