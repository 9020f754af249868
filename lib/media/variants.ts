/** The widths a picture is made in for `srcset`: a phone's narrowest column to a wide screen at twice its density. */
export const VARIANT_WIDTHS = [320, 480, 640, 800, 1024, 1280, 1600] as const;

/**
 * The widths to make of an image `width` pixels wide: each of ours it can
 * fill without being enlarged, and its own width when it is narrower than the
 * smallest, so a small picture still has one variant.
 */
export function variantWidths(width: number): number[] {
  const fitting = VARIANT_WIDTHS.filter((w) => w <= width);
  return fitting.length > 0 ? fitting : [width];
}

/** A variant's height for `width`, keeping the original's proportions (whole pixels, at least one). */
export function scaledHeight(original: { width: number; height: number }, width: number): number {
  return Math.max(1, Math.round((original.height * width) / original.width));
}
