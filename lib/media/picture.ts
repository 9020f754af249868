/** A stored variant as a page needs it. */
export type PictureVariant = { format: "avif" | "webp" | "jpeg"; width: number; height: number; key: string };

export type PictureSources = {
  /** `srcset` strings by format, smallest first. */
  avif: string;
  webp: string;
  /** For a browser that takes neither `<source>`: the WebP nearest 800 px. */
  fallback: string;
  /** The JPEG for link previews (Open Graph, X), or null for a picture stored without one. */
  share: { url: string; width: number; height: number } | null;
};

const srcset = (variants: PictureVariant[], url: (key: string) => string) =>
  variants
    .toSorted((a, b) => a.width - b.width)
    .map((v) => `${url(v.key)} ${v.width}w`)
    .join(", ");

/** A library picture as a story stores what readers get of it: its description and its variants (never the original). */
export type StoredPicture = {
  width: number;
  height: number;
  /** Null with `decorative`: the picture says nothing a reader needs, so a screen reader skips it. */
  alt: string | null;
  decorative: boolean;
  caption: string;
  credit: string;
  language: "ar" | "en";
  variants: PictureVariant[];
};

/** A picture ready for a page: its sources under the public base. */
export type PictureForReaders = Omit<StoredPicture, "variants"> & { sources: PictureSources };

/** The pictures a body places, by library id, ready for a page. */
export type BodyPictures = ReadonlyMap<string, PictureForReaders>;

export function pictureForReaders({ variants, ...picture }: StoredPicture, base: string): PictureForReaders {
  return { ...picture, sources: pictureSources(variants, base) };
}

/** The `srcset`s and URLs a `<picture>` is written with, from variants stored under `base` (/media or a CDN). */
export function pictureSources(variants: PictureVariant[], base: string): PictureSources {
  const url = (key: string) => `${base}/${key}`;
  const webp = variants.filter((v) => v.format === "webp");
  const fallback = webp.toSorted((a, b) => Math.abs(a.width - 800) - Math.abs(b.width - 800))[0];
  const share = variants.find((v) => v.format === "jpeg");
  return {
    avif: srcset(
      variants.filter((v) => v.format === "avif"),
      url,
    ),
    webp: srcset(webp, url),
    fallback: fallback ? url(fallback.key) : "",
    share: share ? { url: url(share.key), width: share.width, height: share.height } : null,
  };
}

/** The variant a grid or a picker shows: a WebP up to 480 px wide, else whatever there is. */
export function thumbnailOf<V extends { format: string; width: number }>(variants: readonly V[]): V | undefined {
  return variants.find((v) => v.format === "webp" && v.width <= 480) ?? variants[0];
}
