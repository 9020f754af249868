import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import sharp from "sharp";
import type { Db } from "@/db/client";
import { uploadMedia } from "@/db/services/media";
import type { Actor } from "@/lib/authz/roles";
import { MAX_PIXELS } from "@/lib/media/limits";
import { mediaUploadSchema } from "@/lib/validation/media";
import { diskStore } from "@/server/media/disk-store";

/**
 * Gives every story in a scratch benchmark database the same featured
 * picture, as a newsroom's pages would carry one. The page, not the image, is
 * measured, so the files go to a folder thrown away after. Sealed revisions
 * refuse changes by trigger; the fixture sets them with triggers off
 * (session_replication_role), in its own database only.
 */
export async function featurePictureEverywhere(db: Db, uploader: Actor): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), "newsroom-bench-media-"));
  try {
    const photo = await sharp({ create: { width: 2400, height: 1350, channels: 3, background: "#3a6ea5" } })
      .jpeg()
      .toBuffer();
    const setup = { store: diskStore(folder), maxBytes: 20 * 1024 * 1024, maxPixels: MAX_PIXELS, publicBase: "/media" };
    const description = mediaUploadSchema.parse({ credit: "أ ف ب", caption: "صورة لقياس الصفحات", alt: "رافعات وحاويات على رصيف الميناء" });
    const uploaded = await uploadMedia(db, setup, uploader, { file: { name: "bench.jpg", bytes: photo }, description });
    if (!uploaded.ok) throw new Error(`The benchmark's picture was refused: ${uploaded.reason}`);
    const id = uploaded.data.id;
    await db.transaction(async (tx) => {
      await tx.execute(sql`set local session_replication_role = replica`);
      await tx.execute(sql`update revisions set featured_image_id = ${id}, media_ids = array[${id}]::uuid[]`);
    });
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
