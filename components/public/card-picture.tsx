import type { StoredPicture } from "@/lib/media/picture";
import { pictureForReaders } from "@/lib/media/picture";
import { mediaPublicBase } from "@/server/media/public-base";
import { ResponsivePicture } from "./responsive-picture";

const LOOKS = {
  /** The home page's lead: three fifths of the page beside its headline from md up, fetched first. */
  lead: {
    sizes: "(min-width: 64rem) 38rem, (min-width: 48rem) 60vw, 100vw",
    className: "aspect-video w-full rounded-sm bg-stone-100 object-cover",
    lazy: false,
  },
  /** The other top stories: half the width from md up. */
  top: { sizes: "(min-width: 48rem) 32rem, 100vw", className: "aspect-video w-full rounded-sm bg-stone-100 object-cover", lazy: true },
  /** A list's thumbnail beside the headline. */
  thumb: { sizes: "(min-width: 40rem) 10rem, 7rem", className: "aspect-[4/3] w-28 rounded-sm bg-stone-100 object-cover sm:w-40", lazy: true },
} as const;

/**
 * A story's featured picture on a card, cropped to the card's shape. The
 * headline beside it is the link and says what the story is; the picture's
 * alt text still tells a screen reader what it shows.
 */
export function CardPicture({ picture, look }: { picture: StoredPicture; look: keyof typeof LOOKS }) {
  const { sizes, className, lazy } = LOOKS[look];
  return <ResponsivePicture picture={pictureForReaders(picture, mediaPublicBase())} sizes={sizes} lazy={lazy} className={className} />;
}
