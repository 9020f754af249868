import { and, count, eq } from "drizzle-orm";
import type { Position } from "@/lib/pagination/cursor";
import { correctionsCursor } from "@/lib/site/cursors";
import type { CorrectionInput } from "@/lib/validation/correction";
import type { Db } from "../client";
import { corrections, articles } from "../schema";
import { announcePublicChange } from "./public-changes";
import { instantKey, keysetAfter, keysetOrderBy, type KeysetOrder } from "./keyset";
import { isPublic } from "./public-stories";

export async function insertCorrection(
  tx: Db,
  correction: CorrectionInput & { articleId: string; revisionId: string; createdBy: string | null; createdAt: Date },
): Promise<{ id: string }> {
  const [row] = await tx.insert(corrections).values(correction).returning({ id: corrections.id });
  if (!row) throw new Error("The correction was not recorded.");
  return row;
}

/** A story that comes onto the site or leaves it changes the corrections page when it has any. */
export async function announceIfCorrected(tx: Db, articleId: string): Promise<void> {
  const [row] = await tx.select({ n: count() }).from(corrections).where(eq(corrections.articleId, articleId));
  if ((row?.n ?? 0) > 0) await announcePublicChange(tx, { type: "corrections.changed" });
}

export type PublicCorrection = { id: string; storyId: string; text: string; at: Date };

const newestFirst: KeysetOrder = { key: corrections.createdAt, id: corrections.id, direction: "desc" };

/** A page of every published story's corrections, newest first, after `after` or from the top. */
export async function listPublicCorrections(
  db: Db,
  after: Position<"uuid"> | null,
  limit: number,
): Promise<{ items: PublicCorrection[]; next: Position<"uuid"> | null }> {
  const rows = await db
    .select({
      id: corrections.id,
      storyId: corrections.articleId,
      text: corrections.publicText,
      at: corrections.createdAt,
      key: instantKey(corrections.createdAt),
    })
    .from(corrections)
    .innerJoin(articles, eq(articles.id, corrections.articleId))
    .where(and(isPublic, after ? keysetAfter(correctionsCursor, newestFirst, after) : undefined))
    .orderBy(...keysetOrderBy(newestFirst))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { items: page.map(({ key: _key, ...item }) => item), next: rows.length > limit && last ? { key: last.key, id: last.id } : null };
}
