import type { PictureForReaders } from "@/lib/media/picture";

/**
 * A library picture as `<picture>`: AVIF first, WebP next, each at every
 * width made, so the browser fetches the smallest that is sharp at `sizes`;
 * the width and height reserve its place before it arrives. `lazy` for a
 * picture below the fold, eager (and fetched first) for the one a page opens with.
 */
export function ResponsivePicture({ picture, sizes, lazy, className }: { picture: PictureForReaders; sizes: string; lazy: boolean; className: string }) {
  return (
    <picture>
      <source type="image/avif" srcSet={picture.sources.avif} sizes={sizes} />
      <source type="image/webp" srcSet={picture.sources.webp} sizes={sizes} />
      <img
        src={picture.sources.fallback}
        width={picture.width}
        height={picture.height}
        alt={picture.decorative ? "" : (picture.alt ?? "")}
        lang={picture.language}
        loading={lazy ? "lazy" : "eager"}
        fetchPriority={lazy ? "auto" : "high"}
        decoding="async"
        className={className}
      />
    </picture>
  );
}
