import { count } from "drizzle-orm";
import type { Db } from "../client";
import { auditEvents, sections, users } from "../schema";

export async function adminCounts(db: Db): Promise<{ people: number; sections: number; auditEvents: number }> {
  const [[people], [sectionCount], [audit]] = await Promise.all([
    db.select({ n: count() }).from(users),
    db.select({ n: count() }).from(sections),
    db.select({ n: count() }).from(auditEvents),
  ]);
  return { people: people?.n ?? 0, sections: sectionCount?.n ?? 0, auditEvents: audit?.n ?? 0 };
}
