import { createHash } from "node:crypto";
import sharp, { type Metadata, type OutputInfo } from "sharp";
import { pixelProblem, sizeProblem, type LimitProblem } from "@/lib/media/limits";
import { sniffImage, type Sniffed } from "@/lib/media/sniff";
import { scaledHeight, variantWidths, VARIANT_WIDTHS } from "@/lib/media/variants";

type ImageFormat = Extract<Sniffed, { ok: true }>["format"];

/** One file made from an upload, for readers: no metadata, named by a hash of its own bytes. */
export type MadeVariant = { format: "avif" | "webp" | "jpeg"; width: number; height: number; key: string; bytes: Uint8Array; contentType: string };

export type Inspected = { format: ImageFormat; width: number; height: number };

export type ImageProblem = LimitProblem | Exclude<Sniffed, { ok: true }> | { reason: "media_damaged" };

/** The width of the picture used for link previews (Open Graph, X): what those services ask for. */
const SHARE_WIDTH = 1200;

const CONTENT_TYPE = { avif: "image/avif", webp: "image/webp", jpeg: "image/jpeg" } as const;
const EXTENSION = { avif: "avif", webp: "webp", jpeg: "jpg" } as const;

/**
 * What an upload is, from its bytes and its header alone: the format, the
 * upright size (EXIF orientation applied), and a refusal before any pixel is
 * decoded when it is empty, too large, not a format we take, or declares more
 * pixels than we decode (a decompression bomb).
 */
export async function inspectImage(bytes: Uint8Array, limits: { maxBytes: number; maxPixels: number }): Promise<Inspected | ImageProblem> {
  const size = sizeProblem(bytes.byteLength, limits.maxBytes);
  if (size) return size;
  const sniffed = await sniffImage(bytes);
  if (!sniffed.ok) return { reason: sniffed.reason, ...(sniffed.params ? { params: sniffed.params } : {}) } as ImageProblem;
  let metadata: Metadata;
  try {
    metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    return { reason: "media_damaged" };
  }
  const { width, height } = metadata.autoOrient ?? metadata;
  if (!width || !height) return { reason: "media_damaged" };
  const pixels = pixelProblem(width, height, limits.maxPixels);
  if (pixels) return pixels;
  return { format: sniffed.format, width, height };
}

export function isImageProblem(value: Inspected | ImageProblem): value is ImageProblem {
  return "reason" in value;
}

/**
 * A variant named by its bytes and its picture's id: the name changes with the
 * file (so it may be cached for ever), and two pictures made from the same
 * file never share one, so replacing or deleting either leaves the other whole.
 */
function variant(pictureId: string, format: MadeVariant["format"], width: number, height: number, bytes: Uint8Array): MadeVariant {
  const hash = createHash("sha256").update(pictureId).update(bytes).digest("hex").slice(0, 32);
  return { format, width, height, bytes, key: `v/${hash}.${EXTENSION[format]}`, contentType: CONTENT_TYPE[format] };
}

/**
 * The files readers get: AVIF and WebP at each width of VARIANT_WIDTHS the
 * picture fills, and a JPEG 1200 wide for link previews. Decoded once, in
 * full (a truncated or corrupt file is refused here rather than shown half
 * grey), turned upright, in sRGB; sharp writes no metadata unless asked, so
 * EXIF, GPS and XMP stay behind in the private original.
 */
export async function makeVariants(pictureId: string, bytes: Uint8Array, inspected: Inspected): Promise<MadeVariant[] | { reason: "media_damaged" }> {
  const widest = Math.min(inspected.width, VARIANT_WIDTHS.at(-1)!);
  let master: { data: Buffer; info: OutputInfo };
  try {
    master = await sharp(bytes, { limitInputPixels: inspected.width * inspected.height, failOn: "truncated" })
      .autoOrient()
      .resize({ width: widest, withoutEnlargement: true })
      .toColourspace("srgb")
      .raw()
      .toBuffer({ resolveWithObject: true });
  } catch {
    return { reason: "media_damaged" };
  }
  const raw = { raw: { width: master.info.width, height: master.info.height, channels: master.info.channels } };
  const from = () => sharp(master.data, raw);
  const made: MadeVariant[] = [];
  for (const width of variantWidths(inspected.width)) {
    const height = scaledHeight(inspected, width);
    const sized = () => from().resize({ width, height, fit: "fill" });
    // Effort 2 keeps a 12-megapixel upload to about three seconds on two cores; higher efforts save a few per cent for several times the time.
    made.push(variant(pictureId, "avif", width, height, await sized().avif({ quality: 55, effort: 2 }).toBuffer()));
    made.push(variant(pictureId, "webp", width, height, await sized().webp({ quality: 78 }).toBuffer()));
  }
  const shareWidth = Math.min(inspected.width, SHARE_WIDTH);
  const shareHeight = scaledHeight(inspected, shareWidth);
  const share = await from()
    .resize({ width: shareWidth, height: shareHeight, fit: "fill" })
    .flatten({ background: "#ffffff" })
    .jpeg({ quality: 82, mozjpeg: true })
    .toBuffer();
  made.push(variant(pictureId, "jpeg", shareWidth, shareHeight, share));
  return made;
}
