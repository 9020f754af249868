import { describe, expect, it } from "vitest";
import { describedEnough } from "./alt-text";
import { filenameProblem } from "./filename";
import { pictureSources, thumbnailOf } from "./picture";
import { DEFAULT_MAX_UPLOAD_BYTES, MAX_PIXELS, pixelProblem, sizeProblem } from "./limits";
import { sniffImage } from "./sniff";
import { bodyPictureIds, picturesShown } from "./uses";
import { scaledHeight, variantWidths, VARIANT_WIDTHS } from "./variants";

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...new TextEncoder().encode(p)] : p)).concat(Array(64).fill(0)));

const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], "IHDR", [0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16], "JFIF", [0]);
const WEBP = bytes("RIFF", [36, 0, 0, 0], "WEBPVP8 ");
const AVIF = bytes([0, 0, 0, 28], "ftypavif", [0, 0, 0, 0], "avifmif1miaf");
const GIF = bytes("GIF89a", [1, 0, 1, 0]);

describe("sniffImage: a file is what its bytes say", () => {
  it.each([
    ["JPEG", JPEG, "jpeg"],
    ["PNG", PNG, "png"],
    ["WebP", WEBP, "webp"],
    ["AVIF", AVIF, "avif"],
  ] as const)("takes %s", async (_name, file, format) => {
    expect(await sniffImage(file)).toEqual({ ok: true, format });
  });

  it("refuses a GIF by name, an SVG (with or without a prolog), an empty file and a script renamed .jpg", async () => {
    expect(await sniffImage(GIF)).toEqual({ ok: false, reason: "media_format_refused", params: { format: "gif" } });
    expect(await sniffImage(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))).toMatchObject({
      reason: "media_svg",
    });
    expect(await sniffImage(new TextEncoder().encode('\uFEFF<?xml version="1.0"?>\n<!-- made by hand -->\n<svg viewBox="0 0 1 1"/>'))).toMatchObject({
      reason: "media_svg",
    });
    expect(await sniffImage(new TextEncoder().encode("<svg/>"))).toMatchObject({ reason: "media_svg" });
    expect(await sniffImage(new Uint8Array())).toEqual({ ok: false, reason: "media_empty" });
    expect(await sniffImage(new TextEncoder().encode("#!/bin/sh\nrm -rf / # photo.jpg"))).toEqual({ ok: false, reason: "media_not_an_image" });
  });
});

describe("limits", () => {
  it("refuses an empty file and one over the limit (20 MB unless configured), naming the limit", () => {
    expect(sizeProblem(0)).toEqual({ reason: "media_empty" });
    expect(sizeProblem(DEFAULT_MAX_UPLOAD_BYTES)).toBeNull();
    expect(sizeProblem(30 * 1024 * 1024)).toEqual({ reason: "media_too_large", params: { limitMb: 20 } });
    expect(sizeProblem(6 * 1024 * 1024, 5 * 1024 * 1024)).toEqual({ reason: "media_too_large", params: { limitMb: 5 } });
  });

  it("refuses a decompression bomb by its declared pixels, and takes a large camera frame", () => {
    expect(pixelProblem(30_000, 30_000)).toEqual({ reason: "media_too_many_pixels", params: { width: 30_000, height: 30_000, limitMegapixels: 50 } });
    expect(pixelProblem(8_256, 5_504)).toBeNull();
    expect(8_256 * 5_504).toBeLessThan(MAX_PIXELS);
  });
});

describe("variant widths", () => {
  it("makes every width the picture can fill without enlarging it", () => {
    expect(variantWidths(4000)).toEqual([...VARIANT_WIDTHS]);
    expect(variantWidths(1000)).toEqual([320, 480, 640, 800]);
    expect(variantWidths(320)).toEqual([320]);
  });

  it("keeps one variant at its own width for a picture narrower than the smallest, and the proportions for each", () => {
    expect(variantWidths(200)).toEqual([200]);
    expect(scaledHeight({ width: 4000, height: 3000 }, 800)).toBe(600);
    expect(scaledHeight({ width: 5000, height: 1 }, 320)).toBe(1);
  });
});

describe("the alt-text rule", () => {
  it("lets an image into review described in words or marked decorative on purpose, and nothing in between", () => {
    expect(describedEnough({ alt: "متظاهرون أمام مقر البرلمان في بيروت", decorative: false })).toBe(true);
    expect(describedEnough({ alt: null, decorative: true })).toBe(true);
    expect(describedEnough({ alt: null, decorative: false })).toBe(false);
    expect(describedEnough({ alt: "   ", decorative: false })).toBe(false);
  });
});

describe("file names", () => {
  it("keeps an ordinary name, Arabic or Latin, as a label", () => {
    expect(filenameProblem("مظاهرة بيروت 2026.jpg")).toBeNull();
    expect(filenameProblem("AFP_34XK2Q.v2.jpeg")).toBeNull();
  });

  it("refuses a name that is a path, hides its ending with bidi controls, or holds control characters", () => {
    for (const name of ["../../etc/passwd", "..\\boot.ini", "a/b.jpg", "photo\u202Egpj.exe", "x\u2067y.png", "a\u0000.jpg", "..", "", "x".repeat(256)]) {
      expect(filenameProblem(name), JSON.stringify(name)).toEqual({ reason: "media_filename_refused" });
    }
  });
});

describe("a picture's sources", () => {
  const v = (format: "avif" | "webp" | "jpeg", width: number) => ({ format, width, height: width / 2, key: `v/${format}${width}` });
  const variants = [v("webp", 1024), v("avif", 320), v("webp", 320), v("avif", 1024), v("webp", 640), v("avif", 640), v("jpeg", 1200)];

  it("lists each format's widths smallest first, under the base, and the JPEG for previews", () => {
    expect(pictureSources(variants, "https://cdn.example/media")).toEqual({
      avif: "https://cdn.example/media/v/avif320 320w, https://cdn.example/media/v/avif640 640w, https://cdn.example/media/v/avif1024 1024w",
      webp: "https://cdn.example/media/v/webp320 320w, https://cdn.example/media/v/webp640 640w, https://cdn.example/media/v/webp1024 1024w",
      fallback: "https://cdn.example/media/v/webp640",
      share: { url: "https://cdn.example/media/v/jpeg1200", width: 1200, height: 600 },
    });
  });
});

describe("a picture's thumbnail", () => {
  it("is a WebP no wider than 480 px when there is one, else the first variant", () => {
    const v = (format: string, width: number) => ({ format, width });
    expect(thumbnailOf([v("avif", 320), v("webp", 800), v("webp", 480)])).toEqual(v("webp", 480));
    expect(thumbnailOf([v("avif", 200), v("jpeg", 200)])).toEqual(v("avif", 200));
    expect(thumbnailOf([])).toBeUndefined();
  });
});

describe("the pictures a story shows", () => {
  const [a, b, c] = ["a1b2c3d4-0000-4000-8000-00000000000a", "a1b2c3d4-0000-4000-8000-00000000000b", "a1b2c3d4-0000-4000-8000-00000000000c"];
  const body = {
    type: "doc" as const,
    content: [
      { type: "image" as const, attrs: { mediaId: b } },
      { type: "paragraph" as const, content: [{ type: "text" as const, text: "نص" }] },
      { type: "image" as const, attrs: { mediaId: c } },
      { type: "image" as const, attrs: { mediaId: b } },
    ],
  };

  it("are the body's pictures in reading order, each once", () => {
    expect(bodyPictureIds(body)).toEqual([b, c]);
  });

  it("are the featured picture and the body's, each once, so none can be deleted while shown", () => {
    expect(picturesShown({ featuredImageId: a, body })).toEqual([a, b, c]);
    expect(picturesShown({ featuredImageId: c, body })).toEqual([c, b]);
    expect(picturesShown({ featuredImageId: null, body: { type: "doc", content: [{ type: "paragraph" }] } })).toEqual([]);
  });
});
