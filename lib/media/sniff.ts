import { fileTypeFromBuffer } from "file-type/core";

/** The image formats the library stores, as their bytes say, never as a name or a client's type says. */
type ImageFormat = "jpeg" | "png" | "webp" | "avif";

const BY_MIME: Record<string, ImageFormat> = { "image/jpeg": "jpeg", "image/png": "png", "image/webp": "webp", "image/avif": "avif" };

/** Formats people try that we refuse by name, so the message can say which and why. */
const REFUSED_BY_NAME: Record<string, string> = { "image/gif": "gif", "image/heic": "heic", "image/tiff": "tiff", "image/bmp": "bmp" };

export type Sniffed =
  | { ok: true; format: ImageFormat }
  | { ok: false; reason: "media_empty" | "media_svg" | "media_format_refused" | "media_not_an_image"; params?: { format: string } };

// SVG is text (XML) that can carry script; we take no vector images (docs/api.md says why).
const SVG_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!DOCTYPE svg[^>]*>\s*)?<svg[\s/>]/i;

/** What a file is, by its first bytes. */
export async function sniffImage(bytes: Uint8Array): Promise<Sniffed> {
  if (bytes.length === 0) return { ok: false, reason: "media_empty" };
  const found = await fileTypeFromBuffer(bytes);
  const format = found ? BY_MIME[found.mime] : undefined;
  if (format) return { ok: true, format };
  if (found && REFUSED_BY_NAME[found.mime]) return { ok: false, reason: "media_format_refused", params: { format: REFUSED_BY_NAME[found.mime]! } };
  const head = new TextDecoder("utf-8", { fatal: false }).decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, "");
  if (SVG_START.test(head)) return { ok: false, reason: "media_svg" };
  return { ok: false, reason: "media_not_an_image" };
}
