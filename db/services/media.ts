import { createHash, randomUUID } from "node:crypto";
import { and, eq, gte, ilike, inArray, lt, or, sql } from "drizzle-orm";
import { searchKey } from "@/lib/arabic/normalize";
import { can } from "@/lib/authz/can";
import type { Actor } from "@/lib/authz/roles";
import { fail, failField, ok, type ErrorCode, type Result } from "@/lib/errors";
import { filenameProblem } from "@/lib/media/filename";
import { keysetCursor, keysetPage, type Position } from "@/lib/pagination/cursor";
import { containsPattern } from "@/lib/search/like";
import type { MediaChange, MediaQuery, MediaUpload } from "@/lib/validation/media";
import { inspectImage, isImageProblem, makeVariants, type ImageProblem, type MadeVariant } from "@/server/media/process";
import type { MediaSetup } from "@/server/media/media-setup";
import type { Db } from "../client";
import { recordAudit } from "../queries/audit";
import { announcePublicChange } from "../queries/public-changes";
import { instantKey, keysetAfter, keysetOrderBy, type KeysetOrder } from "../queries/keyset";
import { articles, media, revisions, users, type Media, type MediaVariant } from "../schema";
import { transact } from "../transaction";

export type UploadedFile = { name: string; bytes: Uint8Array };

/** A picture as the desk and the API see it: its description, its variants' URLs, who uploaded it. */
export type MediaView = Omit<Media, "originalKey" | "searchKey" | "variants" | "uploadedBy"> & {
  uploadedBy: { id: string; name: string };
  variants: (Omit<MediaVariant, "key"> & { url: string })[];
  /** The stories showing it, in their current or published version. */
  usedBy?: { id: string; headline: string; status: string }[];
};

const STATUS_OF: Record<ImageProblem["reason"], ErrorCode> = {
  media_empty: "invalid",
  media_too_large: "too_large",
  media_svg: "unsupported_media_type",
  media_format_refused: "unsupported_media_type",
  media_not_an_image: "unsupported_media_type",
  media_too_many_pixels: "unprocessable",
  media_damaged: "unprocessable",
};

const refusedFile = (problem: ImageProblem) =>
  failField(STATUS_OF[problem.reason], "file", "params" in problem && problem.params ? { reason: problem.reason, params: problem.params } : problem.reason);

const notFound = () => fail("not_found", "media_not_found");
const notYours = () => fail("forbidden", "media_not_yours");

const EXTENSION = { jpeg: "jpg", png: "png", webp: "webp", avif: "avif" } as const;

type Processed = {
  format: keyof typeof EXTENSION;
  width: number;
  height: number;
  original: { key: string; bytes: Uint8Array; contentType: string };
  variants: MadeVariant[];
};

/** Checks and converts an upload; nothing is stored, so a refusal leaves nothing behind. */
async function processFile(setup: MediaSetup, id: string, file: UploadedFile): Promise<Result<Processed>> {
  if (filenameProblem(file.name)) return failField("invalid", "file", "media_filename_refused");
  const inspected = await inspectImage(file.bytes, setup);
  if (isImageProblem(inspected)) return refusedFile(inspected);
  const variants = await makeVariants(id, file.bytes, inspected);
  if ("reason" in variants) return refusedFile(variants);
  const hash = createHash("sha256").update(file.bytes).digest("hex").slice(0, 32);
  const original = { key: `originals/${id}/${hash}.${EXTENSION[inspected.format]}`, bytes: file.bytes, contentType: `image/${inspected.format}` };
  return ok({ ...inspected, original, variants });
}

async function storeFiles(setup: MediaSetup, processed: Processed): Promise<void> {
  const files = [processed.original, ...processed.variants];
  await Promise.all(files.map((f) => setup.store.put(f.key, f.bytes, f.contentType)));
}

const keysOf = (row: Pick<Media, "originalKey" | "variants">) => [row.originalKey, ...row.variants.map((v) => v.key)];

/**
 * Files written for a change that did not commit, or no longer named by any
 * row after one that did. A failure to remove them leaves only unreachable
 * bytes, never a broken picture, so it does not undo the change.
 */
async function removeFiles(setup: MediaSetup, keys: string[]): Promise<void> {
  await setup.store.remove(keys).catch((error: unknown) => console.error("[media] could not remove files", keys, error));
}

const storedVariants = (variants: MadeVariant[]): MediaVariant[] =>
  variants.map(({ format, width, height, key, bytes }) => ({ format, width, height, key, bytes: bytes.byteLength }));

function keyFor(fields: { caption: string; credit: string; alt: string | null; filename: string }): string {
  return searchKey([fields.caption, fields.credit, fields.alt ?? "", fields.filename].join(" "));
}

function variantUrl(publicBase: string, key: string): string {
  return `${publicBase}/${key}`;
}

async function view(db: Db, setup: MediaSetup, row: Media, withUses: boolean): Promise<MediaView> {
  const [uploader] = await db.select({ id: users.id, name: users.name }).from(users).where(eq(users.id, row.uploadedBy));
  const { originalKey: _original, searchKey: _key, variants, uploadedBy: _by, ...rest } = row;
  const shown: MediaView = {
    ...rest,
    uploadedBy: uploader ?? { id: row.uploadedBy, name: "" },
    variants: variants.map(({ key, ...v }) => ({ ...v, url: variantUrl(setup.publicBase, key) })),
  };
  if (withUses) shown.usedBy = (await storiesUsing(db, [row.id])).get(row.id) ?? [];
  return shown;
}

/**
 * The stories that show each picture: through their working version (what
 * the desk edits) or their live one (what readers see). Older versions do
 * not count; restoring one that names a deleted picture shows none.
 */
async function storiesUsing(db: Db, ids: string[]): Promise<Map<string, { id: string; headline: string; status: string }[]>> {
  const uses = new Map<string, { id: string; headline: string; status: string }[]>();
  if (ids.length === 0) return uses;
  const rows = await db
    .selectDistinct({ mediaId: sql<string>`m.id`, id: articles.id, headline: articles.headline, status: articles.status })
    .from(articles)
    .innerJoin(revisions, or(eq(revisions.id, articles.workingRevisionId), eq(revisions.id, articles.liveRevisionId)))
    .innerJoin(sql`unnest(${revisions.mediaIds}) as m(id)`, sql`true`)
    .where(sql`${revisions.mediaIds} && ${sql.param(ids)}::uuid[] and m.id = any(${sql.param(ids)}::uuid[])`)
    .orderBy(articles.headline);
  for (const r of rows) uses.set(r.mediaId, [...(uses.get(r.mediaId) ?? []), { id: r.id, headline: r.headline, status: r.status }]);
  return uses;
}

/** Readers' pages showing the picture go stale with its file or its words. */
async function announcePicturedStories(tx: Db, id: string): Promise<void> {
  for (const story of (await storiesUsing(tx, [id])).get(id) ?? []) {
    if (story.status === "published" || story.status === "scheduled") await announcePublicChange(tx, { type: "story.updated", storyId: story.id });
  }
}

/** A new picture in the library: checked by its bytes, turned into variants, stored, then recorded. */
export async function uploadMedia(
  db: Db,
  setup: MediaSetup,
  actor: Actor,
  input: { file: UploadedFile; description: MediaUpload },
  now: Date = new Date(),
): Promise<Result<MediaView>> {
  if (!can.useMedia(actor)) return fail("forbidden", "account_inactive");
  const id = randomUUID();
  const processed = await processFile(setup, id, input.file);
  if (!processed.ok) return processed;
  const p = processed.data;
  const d = input.description;
  await storeFiles(setup, p);
  const fields = { caption: d.caption ?? "", credit: d.credit, alt: d.alt || null, filename: input.file.name };
  try {
    const inserted = await transact(db, async (tx) => {
      const [row] = await tx
        .insert(media)
        .values({
          id,
          uploadedBy: actor.id,
          filename: input.file.name,
          format: p.format,
          width: p.width,
          height: p.height,
          bytes: p.original.bytes.byteLength,
          originalKey: p.original.key,
          variants: storedVariants(p.variants),
          language: d.language ?? "ar",
          alt: fields.alt,
          decorative: d.decorative ?? false,
          caption: fields.caption,
          credit: fields.credit,
          usageNote: d.usageNote || null,
          searchKey: keyFor(fields),
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      await recordAudit(tx, {
        actorId: actor.id,
        action: "media.uploaded",
        objectType: "media",
        objectId: id,
        after: { filename: input.file.name, caption: fields.caption, credit: fields.credit },
        createdAt: now,
      });
      return ok(row!);
    });
    return ok(await view(db, setup, inserted.data, false));
  } catch (error) {
    await removeFiles(setup, keysOf({ originalKey: p.original.key, variants: storedVariants(p.variants) }));
    throw error;
  }
}

export async function getMedia(db: Db, setup: MediaSetup, actor: Actor, id: string): Promise<Result<MediaView>> {
  if (!can.useMedia(actor)) return fail("forbidden", "account_inactive");
  const [row] = await db.select().from(media).where(eq(media.id, id));
  return row ? ok(await view(db, setup, row, true)) : notFound();
}

/** The original as uploaded, for the desk only: it keeps the camera's metadata, which readers never get. */
export async function mediaOriginal(
  db: Db,
  setup: MediaSetup,
  actor: Actor,
  id: string,
): Promise<Result<{ bytes: Uint8Array<ArrayBuffer>; contentType: string; filename: string }>> {
  if (!can.useMedia(actor)) return fail("forbidden", "account_inactive");
  const [row] = await db.select().from(media).where(eq(media.id, id));
  if (!row) return notFound();
  const bytes = await setup.store.get(row.originalKey);
  return bytes ? ok({ bytes, contentType: `image/${row.format}`, filename: row.filename }) : notFound();
}

const cursor = keysetCursor({ kind: "media", key: "instant", id: "uuid" });
const order: KeysetOrder = { key: media.createdAt, id: media.id, direction: "desc" };

/** The library, newest first in keyset pages, filtered by words in caption, credit, alt text or name, by uploader and by day. */
export async function listMedia(
  db: Db,
  setup: MediaSetup,
  actor: Actor,
  query: MediaQuery,
): Promise<Result<{ items: MediaView[]; nextCursor: string | null }>> {
  if (!can.useMedia(actor)) return fail("forbidden", "account_inactive");
  const after = query.cursor ? cursor.decode(query.cursor) : null;
  if (after && !after.ok) return after;
  const words = query.q ? searchKey(query.q) : "";
  const rows = await db
    .select({ row: media, key: instantKey(media.createdAt) })
    .from(media)
    .where(
      and(
        words ? ilike(media.searchKey, containsPattern(words)) : undefined,
        query.uploader ? eq(media.uploadedBy, query.uploader) : undefined,
        query.from ? gte(media.createdAt, query.from) : undefined,
        query.until ? lt(media.createdAt, query.until) : undefined,
        after ? keysetAfter(cursor, order, after.data as Position<"uuid">) : undefined,
      ),
    )
    .orderBy(...keysetOrderBy(order))
    .limit(query.limit + 1);
  const page = keysetPage(rows, query.limit, cursor, (r) => ({ key: r.key, id: r.row.id }));
  const uses = await storiesUsing(
    db,
    page.items.map((r) => r.row.id),
  );
  const names = await uploaderNames(
    db,
    page.items.map((r) => r.row.uploadedBy),
  );
  const items = page.items.map(({ row }) => {
    const { originalKey: _o, searchKey: _k, variants, uploadedBy, ...rest } = row;
    return {
      ...rest,
      uploadedBy: { id: uploadedBy, name: names.get(uploadedBy) ?? "" },
      variants: variants.map(({ key, ...v }) => ({ ...v, url: variantUrl(setup.publicBase, key) })),
      usedBy: uses.get(row.id) ?? [],
    };
  });
  return ok({ items, nextCursor: page.nextCursor });
}

async function uploaderNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(inArray(users.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** A row locked for a change by someone allowed to make it, at the version they saw. */
async function lockedForChange(tx: Db, actor: Actor, id: string, version: number | undefined): Promise<Result<Media>> {
  const [row] = await tx.select().from(media).where(eq(media.id, id)).for("update");
  if (!row) return notFound();
  if (!can.editMedia(actor, row)) return notYours();
  if (version !== undefined && version !== row.version) return fail("conflict", "media_changed", { params: { version: row.version } });
  return ok(row);
}

/** Changes what describes a picture; the file stays. */
export async function changeMedia(
  db: Db,
  setup: MediaSetup,
  actor: Actor,
  id: string,
  change: MediaChange,
  now: Date = new Date(),
): Promise<Result<MediaView>> {
  if (!can.useMedia(actor)) return fail("forbidden", "account_inactive");
  const changed = await transact(db, async (tx) => {
    const locked = await lockedForChange(tx, actor, id, change.version);
    if (!locked.ok) return locked;
    const before = locked.data;
    const next = {
      alt: change.alt !== undefined ? change.alt || null : before.alt,
      decorative: change.decorative ?? before.decorative,
      caption: change.caption ?? before.caption,
      credit: change.credit ?? before.credit,
      usageNote: change.usageNote !== undefined ? change.usageNote || null : before.usageNote,
      language: change.language ?? before.language,
    };
    const [row] = await tx
      .update(media)
      .set({ ...next, searchKey: keyFor({ ...next, filename: before.filename }), version: before.version + 1, updatedAt: now })
      .where(eq(media.id, id))
      .returning();
    await announcePicturedStories(tx, id);
    return ok(row!);
  });
  return changed.ok ? ok(await view(db, setup, changed.data, true)) : changed;
}

/** A new file for the same picture: every story that shows it shows the new one, under the same id. */
export async function replaceMediaFile(
  db: Db,
  setup: MediaSetup,
  actor: Actor,
  id: string,
  file: UploadedFile,
  version: number | undefined,
  now: Date = new Date(),
): Promise<Result<MediaView>> {
  if (!can.useMedia(actor)) return fail("forbidden", "account_inactive");
  const [existing] = await db.select().from(media).where(eq(media.id, id));
  if (!existing) return notFound();
  if (!can.editMedia(actor, existing)) return notYours();
  const processed = await processFile(setup, id, file);
  if (!processed.ok) return processed;
  const p = processed.data;
  await storeFiles(setup, p);
  const written = { originalKey: p.original.key, variants: storedVariants(p.variants) };
  // The same file again has the same names: a refused replacement must not take the picture's own files.
  const current = new Set(keysOf(existing));
  const unused = () => keysOf(written).filter((key) => !current.has(key));
  const replaced = await transact(db, async (tx) => {
    const locked = await lockedForChange(tx, actor, id, version);
    if (!locked.ok) return locked;
    const [row] = await tx
      .update(media)
      .set({
        ...written,
        filename: file.name,
        format: p.format,
        width: p.width,
        height: p.height,
        bytes: p.original.bytes.byteLength,
        searchKey: keyFor({ ...locked.data, filename: file.name }),
        version: locked.data.version + 1,
        updatedAt: now,
      })
      .where(eq(media.id, id))
      .returning();
    await recordAudit(tx, {
      actorId: actor.id,
      action: "media.replaced",
      objectType: "media",
      objectId: id,
      before: { filename: locked.data.filename },
      after: { filename: file.name },
      createdAt: now,
    });
    await announcePicturedStories(tx, id);
    return ok({ before: locked.data, row: row! });
  }).catch(async (error: unknown) => {
    await removeFiles(setup, unused());
    throw error;
  });
  if (!replaced.ok) {
    await removeFiles(setup, unused());
    return replaced;
  }
  const kept = new Set(keysOf(replaced.data.row));
  await removeFiles(
    setup,
    keysOf(replaced.data.before).filter((key) => !kept.has(key)),
  );
  return ok(await view(db, setup, replaced.data.row, true));
}

/** Deletes a picture no story shows; one still shown is refused with the stories named. */
export async function deleteMedia(db: Db, setup: MediaSetup, actor: Actor, id: string, now: Date = new Date()): Promise<Result<null>> {
  if (!can.useMedia(actor)) return fail("forbidden", "account_inactive");
  const deleted = await transact(db, async (tx) => {
    const locked = await lockedForChange(tx, actor, id, undefined);
    if (!locked.ok) return locked;
    const used = (await storiesUsing(tx, [id])).get(id) ?? [];
    if (used.length > 0) return fail("conflict", "media_in_use", { params: { stories: used.length, headline: used[0]!.headline } });
    await tx.delete(media).where(eq(media.id, id));
    await recordAudit(tx, {
      actorId: actor.id,
      action: "media.deleted",
      objectType: "media",
      objectId: id,
      before: { caption: locked.data.caption, credit: locked.data.credit },
      createdAt: now,
    });
    return ok(locked.data);
  });
  if (!deleted.ok) return deleted;
  await removeFiles(setup, keysOf(deleted.data));
  return ok(null);
}
