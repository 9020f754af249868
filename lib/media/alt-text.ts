export type ImageDescription = { alt: string | null; decorative: boolean };

/**
 * Whether an image may go into a story sent for review: described (alt text
 * in words), or marked decorative on purpose. Nothing in between: an empty
 * alt is how an image silently fails a blind reader.
 */
export function describedEnough(image: ImageDescription): boolean {
  return image.decorative || (image.alt ?? "").trim().length > 0;
}
