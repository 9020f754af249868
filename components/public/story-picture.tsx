import type { PictureForReaders } from "@/lib/media/picture";
import { directionOf } from "@/lib/i18n/locale";
import { siteTranslations } from "@/server/public/site-i18n";

/** The column the story is set in (max-w-3xl); narrower screens fill their width. */
const SIZES = "(min-width: 48rem) 48rem, 100vw";

/**
 * A picture with its caption and credit. AVIF first, WebP next, each at every
 * width made, so the browser fetches the smallest that is sharp on this
 * screen; the width and height reserve its place before it arrives. `lazy`
 * for a picture below the fold, eager (and fetched first) for the one at the top.
 */
export async function StoryPicture({ picture, lazy = false }: { picture: PictureForReaders; lazy?: boolean }) {
  const t = await siteTranslations("site");
  const dir = directionOf(picture.language);
  return (
    <figure className="my-6" data-testid="story-picture">
      <picture>
        <source type="image/avif" srcSet={picture.sources.avif} sizes={SIZES} />
        <source type="image/webp" srcSet={picture.sources.webp} sizes={SIZES} />
        <img
          src={picture.sources.fallback}
          width={picture.width}
          height={picture.height}
          alt={picture.decorative ? "" : (picture.alt ?? "")}
          lang={picture.language}
          loading={lazy ? "lazy" : "eager"}
          fetchPriority={lazy ? "auto" : "high"}
          decoding="async"
          className="h-auto w-full bg-stone-100"
        />
      </picture>
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
