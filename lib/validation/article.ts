import { z } from "../zod";
import { slugify } from "../arabic/slug";
import { correctionSchema } from "./correction";
import type { Refusal } from "../errors";
import { cursorParam } from "../pagination/cursor";
import { checkDocument, type RichTextDocument } from "../richtext/schema";
import { documentFromText, documentToPlainText } from "../richtext/text";
import { REASON_MAX } from "../workflow/policy";
import { ARTICLE_STATUSES } from "../workflow/states";
import { instant } from "./instant";
import { oneOf, pageLimit, typedText } from "./text";

export const HEADLINE_MAX = 300;
const DEK_MAX = 1000;
const NOTE_MAX = 5000;

const headline = typedText({ type: "headline_required" }).trim().min(1, "headline_required").max(HEADLINE_MAX, "headline_too_long");
const dek = typedText({ type: "dek_not_text" })
  .trim()
  .max(DEK_MAX, "dek_too_long")
  .transform((v) => v || null)
  .nullable();
export const sectionSlug = typedText({ type: "section_required" }).trim().min(1, "section_required").max(100, "section_slug_unknown");
const language = z.enum(["ar", "en"], { error: "language_unknown" });
const version = z.coerce.number({ error: "version_required" }).int("version_required").min(1, "version_required");
const body = z.unknown();
const bodyText = typedText({ type: "body_text_not_text" }).max(200_000, "body_too_long");

/** A body with no words and no related story: what an emptied editor sends. */
function isBlank(doc: RichTextDocument): boolean {
  return documentToPlainText(doc).trim() === "";
}

/**
 * The checked document for `candidate`, or why not: the first problem the
 * document check found (its params name the place as `{path}`), or
 * `body_empty` for a body with nothing in it.
 */
export function bodyDocument(candidate: unknown, typedText?: string): { ok: true; body: RichTextDocument } | { ok: false; refusal: Refusal } {
  const checked = checkDocument(candidate);
  if (checked.ok) return isBlank(checked.document) ? { ok: false, refusal: { reason: "body_empty" } } : { ok: true, body: checked.document };
  if (typedText !== undefined && typedText.trim() === "") return { ok: false, refusal: { reason: "body_empty" } };
  const { reason, params } = checked.issues[0] ?? { reason: "document_invalid", params: { path: "" } };
  return { ok: false, refusal: { reason, params } };
}

/**
 * Resolves `body` (a document) or `bodyText` (paragraphs separated by blank
 * lines). When `convertText` is false, text is checked but left as text, for
 * the caller to convert against the story's previous body (which keeps its
 * related-story links).
 */
function withBody<T extends { body?: unknown; bodyText?: string }>(required: boolean, convertText: boolean) {
  return (value: T, ctx: z.RefinementCtx): (Omit<T, "body" | "bodyText"> & { body?: RichTextDocument; bodyText?: string }) | typeof z.NEVER => {
    const { body: raw, bodyText: text, ...rest } = value;
    if (raw !== undefined && text !== undefined) {
      ctx.addIssue({ code: "custom", path: ["body"], message: "body_and_body_text" });
      return z.NEVER;
    }
    if (raw === undefined && text === undefined) {
      if (required) ctx.addIssue({ code: "custom", path: ["body"], message: "body_empty" });
      return required ? z.NEVER : rest;
    }
    if (raw === undefined && !convertText) {
      if (text?.trim() === "") {
        ctx.addIssue({ code: "custom", path: ["bodyText"], message: "body_empty" });
        return z.NEVER;
      }
      return { ...rest, bodyText: text };
    }
    const result = raw !== undefined ? bodyDocument(raw) : bodyDocument(documentFromText(text ?? ""), text);
    if (!result.ok) {
      ctx.addIssue({ code: "custom", path: [raw !== undefined ? "body" : "bodyText"], message: result.refusal.reason, params: result.refusal.params });
      return z.NEVER;
    }
    return { ...rest, body: result.body };
  };
}

/** A story's address as typed: made a slug the way headlines are, and refused when nothing of it is left. */
export const storySlug = typedText()
  .trim()
  .transform((v) => slugify(v))
  .refine((v) => v.length > 0, "slug_empty");

export const createArticleSchema = z
  .strictObject({ headline, dek: dek.optional(), body: body.optional(), bodyText: bodyText.optional(), section: sectionSlug, language })
  .transform(withBody(true, true));

export const updateArticleSchema = z
  .strictObject({
    version,
    headline: headline.optional(),
    dek: dek.optional(),
    body: body.optional(),
    bodyText: bodyText.optional(),
    section: sectionSlug.optional(),
    language: language.optional(),
    deadline: instant.nullable().optional(),
    assignedEditorId: z.uuid("editor_unknown").nullable().optional(),
    slug: storySlug.optional(),
    /** A picture from the media library shown above the story and in link previews; null takes it away. */
    featuredImageId: z.uuid("featured_image_invalid").nullable().optional(),
    /** Sent by the editor's autosave: coalesces into the author's open revision instead of making a new one. */
    autosave: z.boolean({ error: "autosave_not_boolean" }).optional(),
  })
  .transform(withBody(false, false));

export const transitionSchema = z.strictObject({
  to: oneOf(ARTICLE_STATUSES, "status_unknown"),
  version,
  reason: typedText().trim().max(REASON_MAX, "transition_reason_too_long").optional(),
  publishAt: instant.optional(),
  /** Only with the publication of an update to a story readers have already seen. */
  correction: correctionSchema.optional(),
});

export const noteSchema = z.strictObject({
  body: typedText({ type: "note_required" }).trim().min(1, "note_required").max(NOTE_MAX, "note_too_long"),
});

export const LIST_SORTS = ["updated_desc", "updated_asc", "created_desc", "deadline_asc", "headline_asc"] as const;

export const listQuerySchema = z.strictObject({
  status: oneOf(ARTICLE_STATUSES, "status_unknown").optional(),
  section: sectionSlug.optional(),
  author: z.union([z.literal("me"), z.uuid("author_invalid")], { error: "author_invalid" }).optional(),
  language: language.optional(),
  q: typedText().trim().max(200, "search_too_long").optional(),
  sort: oneOf(LIST_SORTS, "sort_unknown").default("updated_desc"),
  cursor: cursorParam.optional(),
  limit: pageLimit(100, 25),
});

export type CreateArticleInput = z.output<typeof createArticleSchema>;
export type UpdateArticleInput = z.output<typeof updateArticleSchema>;
export type TransitionInput = z.output<typeof transitionSchema>;
export type ListQuery = z.output<typeof listQuerySchema>;

/** Article ids are UUIDs; anything else cannot name a story. */
export const articleIdSchema = z.uuid("story_id_invalid");
