import { z } from "zod";
import { slugify } from "../arabic/slug";
import { cursorParam } from "../pagination/cursor";
import { checkDocument, type RichTextDocument } from "../richtext/schema";
import { documentFromText, documentToPlainText } from "../richtext/text";
import { REASON_MAX } from "../workflow/policy";
import { ARTICLE_STATUSES } from "../workflow/states";
import { typedText } from "./text";

export const HEADLINE_MAX = 300;
export const DEK_MAX = 1000;
export const NOTE_MAX = 5000;

const headline = typedText({ type: "Enter a headline." })
  .trim()
  .min(1, "Enter a headline.")
  .max(HEADLINE_MAX, `Keep the headline to ${HEADLINE_MAX} characters.`);
const dek = typedText({ type: "The summary must be text." })
  .trim()
  .max(DEK_MAX, `Keep the summary to ${DEK_MAX} characters.`)
  .transform((v) => v || null)
  .nullable();
const sectionSlug = typedText({ type: "Choose a section." }).trim().min(1, "Choose a section.").max(100, "Unknown section.");
const language = z.enum(["ar", "en"], { error: "Language must be ar or en." });
const version = z.coerce.number({ error: "Send the version you edited." }).int("Send the version you edited.").min(1, "Send the version you edited.");
/**
 * The instants a stored time (and a list cursor) can hold: years 1 to 9999 in
 * UTC. A zone can carry a valid-looking time past either end (0001-01-01 at
 * +14:00 is in year 0), which the database refuses.
 */
const [FIRST_INSTANT, LAST_INSTANT] = [Date.parse("0001-01-01T00:00:00Z"), Date.parse("9999-12-31T23:59:59.999Z")];
const instant = z.iso
  .datetime({ offset: true, error: "Use an ISO 8601 time with a zone, such as 2026-06-01T09:00:00+03:00." })
  .transform((v) => new Date(v))
  .refine((d) => d.getTime() >= FIRST_INSTANT && d.getTime() <= LAST_INSTANT, "Choose a time between the years 1 and 9999.");
const body = z.unknown();
const bodyText = typedText({ type: "The body text must be text." }).max(200_000, "The body is too long.");

/** A body with no words and no related story: what an emptied editor sends. */
function isBlank(doc: RichTextDocument): boolean {
  return documentToPlainText(doc).trim() === "";
}

/** The checked document for `candidate`, or why not, in words for the field it came from. */
export function bodyDocument(candidate: unknown, typedText?: string): { ok: true; body: RichTextDocument } | { ok: false; message: string } {
  const checked = checkDocument(candidate);
  if (checked.ok) return isBlank(checked.document) ? { ok: false, message: "Write the story's body." } : { ok: true, body: checked.document };
  if (typedText !== undefined && typedText.trim() === "") return { ok: false, message: "Write the story's body." };
  const first = checked.issues[0];
  return { ok: false, message: `The body is not a valid document${first?.path ? ` (at ${first.path})` : ""}: ${first?.message}` };
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
      ctx.addIssue({ code: "custom", path: ["body"], message: "Send either body or bodyText, not both." });
      return z.NEVER;
    }
    if (raw === undefined && text === undefined) {
      if (required) ctx.addIssue({ code: "custom", path: ["body"], message: "Write the story's body." });
      return required ? z.NEVER : rest;
    }
    if (raw === undefined && !convertText) {
      if (text?.trim() === "") {
        ctx.addIssue({ code: "custom", path: ["bodyText"], message: "Write the story's body." });
        return z.NEVER;
      }
      return { ...rest, bodyText: text };
    }
    const result = raw !== undefined ? bodyDocument(raw) : bodyDocument(documentFromText(text ?? ""), text);
    if (!result.ok) {
      ctx.addIssue({ code: "custom", path: [raw !== undefined ? "body" : "bodyText"], message: result.message });
      return z.NEVER;
    }
    return { ...rest, body: result.body };
  };
}

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
    assignedEditorId: z.uuid("Choose an editor from the list.").nullable().optional(),
    slug: typedText()
      .trim()
      .transform((v) => slugify(v))
      .refine((v) => v.length > 0, "Use letters or digits for the address, such as كامبريدج-اناليتيكا.")
      .optional(),
    /** Sent by the editor's autosave: coalesces into the author's open revision instead of making a new one. */
    autosave: z.boolean({ error: "autosave must be true or false." }).optional(),
  })
  .transform(withBody(false, false));

export const transitionSchema = z.strictObject({
  to: z.enum(ARTICLE_STATUSES, { error: `Unknown status; use one of ${ARTICLE_STATUSES.join(", ")}.` }),
  version,
  reason: typedText().trim().max(REASON_MAX, `Keep the reason to ${REASON_MAX} characters.`).optional(),
  publishAt: instant.optional(),
});

export const noteSchema = z.strictObject({
  body: typedText({ type: "Write the note." }).trim().min(1, "Write the note.").max(NOTE_MAX, `Keep the note to ${NOTE_MAX} characters.`),
});

export const LIST_SORTS = ["updated_desc", "updated_asc", "created_desc", "deadline_asc", "headline_asc"] as const;

export const listQuerySchema = z.strictObject({
  status: z.enum(ARTICLE_STATUSES, { error: `Unknown status; use one of ${ARTICLE_STATUSES.join(", ")}.` }).optional(),
  section: sectionSlug.optional(),
  author: z.union([z.literal("me"), z.uuid()], { error: "Author must be a user id or me." }).optional(),
  language: language.optional(),
  q: typedText().trim().max(200, "Keep the search to 200 characters.").optional(),
  sort: z.enum(LIST_SORTS, { error: `Sort by one of ${LIST_SORTS.join(", ")}.` }).default("updated_desc"),
  cursor: cursorParam.optional(),
  limit: z.coerce.number({ error: "Limit must be a number from 1 to 100." }).int().min(1, "Limit must be a number from 1 to 100.").max(100, "Limit must be a number from 1 to 100.").default(25),
});

export type CreateArticleInput = z.output<typeof createArticleSchema>;
export type UpdateArticleInput = z.output<typeof updateArticleSchema>;
export type TransitionInput = z.output<typeof transitionSchema>;
export type ListQuery = z.output<typeof listQuerySchema>;

/** Article ids are UUIDs; anything else cannot name a story. */
export const articleIdSchema = z.uuid("This is not a story id.");
