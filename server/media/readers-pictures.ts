import { getDb } from "@/db";
import { publicPictures } from "@/db/queries/public-stories";
import { pictureForReaders, type BodyPictures, type StoredPicture } from "@/lib/media/picture";
import { mediaPublicBase } from "./public-base";

/** Stored pictures by id as a page shows them, their variants under `base` (the public one unless a feed needs it absolute). */
export function bodyPicturesFrom(stored: Record<string, StoredPicture>, base: string = mediaPublicBase()): BodyPictures {
  return new Map(Object.entries(stored).map(([id, picture]) => [id, pictureForReaders(picture, base)]));
}

/** The library pictures among `ids` for a desk page (a preview of text readers do not see yet). */
export async function picturesForDesk(ids: readonly string[]): Promise<BodyPictures> {
  return bodyPicturesFrom(await publicPictures(getDb(), ids));
}
