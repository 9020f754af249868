import { eq } from "drizzle-orm";
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
