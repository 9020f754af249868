import type { PictureForReaders } from "@/lib/media/picture";
import { directionOf } from "@/lib/i18n/locale";
import { siteTranslations } from "@/server/public/site-i18n";
import { ResponsivePicture } from "./responsive-picture";

/** The column the story is set in (max-w-3xl); narrower screens fill their width. */
const SIZES = "(min-width: 48rem) 48rem, 100vw";

/** A picture in a story, with its caption and credit; `lazy` below the fold. */
export async function StoryPicture({ picture, lazy = false }: { picture: PictureForReaders; lazy?: boolean }) {
  const t = await siteTranslations("site");
  const dir = directionOf(picture.language);
  return (
    <figure className="my-6" data-testid="story-picture">
      <ResponsivePicture picture={picture} sizes={SIZES} lazy={lazy} className="h-auto w-full bg-stone-100" />
      {(picture.caption || picture.credit) && (
        <figcaption className="mt-2 text-sm text-stone-600">
          {picture.caption && <bdi dir={dir}>{picture.caption}</bdi>}
          {picture.caption && picture.credit && " "}
          {picture.credit && (
            <span className="text-stone-500">
              ({t("photoBy")} <bdi>{picture.credit}</bdi>)
            </span>
          )}
        </figcaption>
      )}
    </figure>
  );
}
