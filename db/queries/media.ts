import { eq, inArray } from "drizzle-orm";
import { describedEnough } from "@/lib/media/alt-text";
import type { Db } from "../client";
import { media } from "../schema";

/**
 * Whether the library has this picture, holding it until the transaction
 * ends: a delete waiting on the lock then sees the story that now shows it.
 */
export async function pictureExists(tx: Db, id: string): Promise<boolean> {
  const [row] = await tx.select({ id: media.id }).from(media).where(eq(media.id, id)).for("share");
  return row !== undefined;
}

/** Of these pictures, the ones neither described in words nor marked decorative (lib/media/alt-text). */
export async function undescribedPictures(tx: Db, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await tx.select({ id: media.id, alt: media.alt, decorative: media.decorative }).from(media).where(inArray(media.id, ids));
  return rows.filter((row) => !describedEnough(row)).map((row) => row.id);
}
