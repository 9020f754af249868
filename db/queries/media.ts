import { inArray } from "drizzle-orm";
import { describedEnough } from "@/lib/media/alt-text";
import type { Db } from "../client";
import { media } from "../schema";

/**
 * Of these pictures, the ones the library does not have; the others are held
 * until the transaction ends, so a delete waiting on the lock then sees the
 * story that now shows them.
 */
export async function missingPictures(tx: Db, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await tx
    .select({ id: media.id })
    .from(media)
    .where(inArray(media.id, [...ids]))
    .for("share");
  const found = new Set(rows.map((row) => row.id));
  return ids.filter((id) => !found.has(id));
}

/** Of these pictures, the ones neither described in words nor marked decorative (lib/media/alt-text). */
export async function undescribedPictures(tx: Db, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await tx.select({ id: media.id, alt: media.alt, decorative: media.decorative }).from(media).where(inArray(media.id, ids));
  return rows.filter((row) => !describedEnough(row)).map((row) => row.id);
}
