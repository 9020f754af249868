/** The largest upload taken by default (MEDIA_MAX_BYTES can change it). */
export const DEFAULT_MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/**
 * The most pixels an image may have: decoding is what costs memory, not the
 * file's size, and a small PNG can declare 30,000 × 30,000 (a decompression
 * bomb). 50 million is past any camera a newsroom uses (a 45-megapixel body
 * makes 8,256 × 5,504).
 */
export const MAX_PIXELS = 50_000_000;

export type LimitProblem =
  | { reason: "media_empty" }
  | { reason: "media_too_large"; params: { limitMb: number } }
  | { reason: "media_too_many_pixels"; params: { width: number; height: number; limitMegapixels: number } };

export function sizeProblem(bytes: number, maxBytes: number = DEFAULT_MAX_UPLOAD_BYTES): LimitProblem | null {
  if (bytes <= 0) return { reason: "media_empty" };
  if (bytes > maxBytes) return { reason: "media_too_large", params: { limitMb: Math.floor(maxBytes / (1024 * 1024)) } };
  return null;
}

export function pixelProblem(width: number, height: number, maxPixels: number = MAX_PIXELS): LimitProblem | null {
  if (width * height > maxPixels) return { reason: "media_too_many_pixels", params: { width, height, limitMegapixels: Math.floor(maxPixels / 1_000_000) } };
  return null;
}
