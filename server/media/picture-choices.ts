import { getDb } from "@/db";
import { getMedia, listMedia, type MediaView } from "@/db/services/media";
import type { Actor } from "@/lib/authz/roles";
import { describedEnough } from "@/lib/media/alt-text";
import { thumbnailOf } from "@/lib/media/picture";
import { mediaSetup } from "./media-setup";

/** A picture offered as a story's featured one. */
export type PictureChoice = { id: string; thumb: string | null; caption: string; credit: string; described: boolean };

const CHOICES = 24;

const choice = (image: MediaView): PictureChoice => ({
  id: image.id,
  thumb: thumbnailOf(image.variants)?.url ?? null,
  caption: image.caption,
  credit: image.credit,
  described: describedEnough(image),
});

/** The library's newest pictures to choose a featured one from, with the story's current one first when it is older. */
export async function pictureChoicesFor(actor: Actor, current: string | null): Promise<PictureChoice[]> {
  const newest = await listMedia(getDb(), mediaSetup(), actor, { limit: CHOICES, from: undefined, until: undefined, to: undefined });
  const items = newest.ok ? newest.data.items : [];
  if (current && !items.some((i) => i.id === current)) {
    const found = await getMedia(getDb(), mediaSetup(), actor, current);
    if (found.ok) items.unshift(found.data);
  }
  return items.map(choice);
}
