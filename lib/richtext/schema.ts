import { z } from "../zod";
import { refusalOf, type Params } from "../errors";
import { findNestingProblem } from "./nesting";
import { neutraliseBidiControls } from "../arabic/bidi";
import { hasLoneSurrogate } from "../validation/storable";
import { neutraliseDocumentBidi } from "./bidi";

/**
 * The stored article body: a ProseMirror/Tiptap JSON document restricted to
 * what a news story needs. Every object is strict, so an unknown node, mark or
 * attribute is refused rather than silently kept.
 */

/** Characters in one text node: a paragraph imported or pasted as plain text. */
export const MAX_TEXT_LENGTH = 20_000;
/** The stored document as JSON, formatting included. */
export const MAX_DOCUMENT_CHARACTERS = 200_000;
/** Top-level blocks: paragraphs, headings, quotes, lists, related stories and pictures. */
export const MAX_BLOCKS = 2_000;
export const MAX_RELATED_HEADLINE = 500;
/** Characters in a link target. */
const MAX_HREF_LENGTH = 2048;
export { MAX_LIST_DEPTH } from "./nesting";
const SAFE_LINK_PROTOCOLS = ["http:", "https:", "mailto:"] as const;

/** Whether a link target uses an allowed protocol (never javascript:, data: and the like). */
export function isSafeHref(href: string): boolean {
  try {
    return (SAFE_LINK_PROTOCOLS as readonly string[]).includes(new URL(href).protocol);
  } catch {
    return false;
  }
}

const storable = (text: string) => !hasLoneSurrogate(text);

const boldMark = z.strictObject({ type: z.literal("bold") });
const italicMark = z.strictObject({ type: z.literal("italic") });
const linkMark = z.strictObject({
  type: z.literal("link"),
  attrs: z.strictObject({
    href: z.string().max(MAX_HREF_LENGTH, "link_too_long").refine(isSafeHref, "link_unsafe").refine(storable, "document_text_has_lone_surrogate"),
  }),
});
const mark = z.discriminatedUnion("type", [boldMark, italicMark, linkMark]);

const textNode = z.strictObject({
  type: z.literal("text"),
  text: z
    .string()
    .min(1, "text_node_empty")
    .max(MAX_TEXT_LENGTH, "text_node_too_long")
    .refine((t) => !t.includes("\u0000"), "document_text_has_nul")
    .refine(storable, "document_text_has_lone_surrogate"),
  marks: z.array(mark).max(3).optional(),
});
const hardBreak = z.strictObject({ type: z.literal("hardBreak") });
const inline = z.discriminatedUnion("type", [textNode, hardBreak]);

const paragraph = z.strictObject({
  type: z.literal("paragraph"),
  content: z.array(inline).optional(),
});
const heading = z.strictObject({
  type: z.literal("heading"),
  attrs: z.strictObject({ level: z.union([z.literal(2), z.literal(3)]) }),
  content: z.array(inline).optional(),
});
const blockquote = z.strictObject({
  type: z.literal("blockquote"),
  content: z.array(paragraph).min(1),
});

type ListNode = {
  type: "bulletList" | "orderedList";
  attrs?: { start: number };
  content: { type: "listItem"; content: (z.infer<typeof paragraph> | ListNode)[] }[];
};
const listItem = z.strictObject({
  type: z.literal("listItem"),
  get content() {
    return z.array(z.union([paragraph, bulletList, orderedList])).min(1);
  },
});
const bulletList: z.ZodType<ListNode> = z.strictObject({
  type: z.literal("bulletList"),
  content: z.array(listItem).min(1),
});
const orderedList: z.ZodType<ListNode> = z.strictObject({
  type: z.literal("orderedList"),
  attrs: z.strictObject({ start: z.number().int().min(1).max(10_000) }).optional(),
  content: z.array(listItem).min(1),
});

/**
 * «اقرأ المزيد» / "Read more": a reference to another story. `articleId` is
 * null while the reference is unresolved (an imported line whose story was not
 * found); `headline` is the text it was written with.
 */
const relatedStory = z.strictObject({
  type: z.literal("relatedStory"),
  attrs: z.strictObject({
    articleId: z.uuid().nullable(),
    headline: z
      .string()
      .overwrite(neutraliseBidiControls) // before trim and min: a headline of stray controls only is empty
      .trim()
      .min(1, "related_headline_empty")
      .max(MAX_RELATED_HEADLINE, "related_headline_too_long")
      .refine((t) => !t.includes("\u0000"), "document_text_has_nul")
      .refine(storable, "document_text_has_lone_surrogate"),
  }),
});

/**
 * A picture from the media library, by id: its file, caption, credit and alt
 * text live in the library, so replacing or describing it there changes every
 * story that shows it. There is no attribute for an address, so a foreign
 * image cannot be stored.
 */
const image = z.strictObject({
  type: z.literal("image"),
  attrs: z.strictObject({ mediaId: z.uuid() }),
});

const block = z.union([paragraph, heading, blockquote, bulletList, orderedList, relatedStory, image]);

const documentShape = z
  .strictObject({
    type: z.literal("doc"),
    content: z.array(block).min(1, "document_empty").max(MAX_BLOCKS, "document_too_many_blocks"),
  })
  .refine((doc) => JSON.stringify(doc).length <= MAX_DOCUMENT_CHARACTERS, { message: "document_too_long", params: { max: MAX_DOCUMENT_CHARACTERS } })
  // Unpaired bidi controls removed per paragraph, not per text node (lib/richtext/bidi.ts).
  .overwrite(neutraliseDocumentBidi);

/**
 * The body schema. Nesting is checked first, without recursion: the shape
 * below recurses once per list level and would overflow the stack on a
 * hostile document before it could refuse it.
 */
export const documentSchema = z
  .unknown()
  .superRefine((input, ctx) => {
    const problem = findNestingProblem(input);
    if (problem) ctx.addIssue({ code: "custom", path: problem.path, message: problem.reason, params: problem.params });
  })
  .pipe(documentShape);

export type RichTextDocument = z.infer<typeof documentSchema>;
export type Block = RichTextDocument["content"][number];
export type InlineNode = z.infer<typeof inline>;
export type Mark = z.infer<typeof mark>;
export type Paragraph = z.infer<typeof paragraph>;
export type RelatedStory = z.infer<typeof relatedStory>;

/**
 * One problem with a body, as a refusal: a reason (i18n/refusals/fields.*.json)
 * whose params always include `path`, the place in the document ("" for the
 * document itself), such as "content.1.content.0".
 */
type DocumentIssue = { path: string; reason: string; params: Params & { path: string } };

export type DocumentCheck = { ok: true; document: RichTextDocument } | { ok: false; issues: DocumentIssue[] };

const REASON = /^[a-z][a-z0-9_]*$/;

/**
 * A zod issue about a body as a refusal. Our own checks give reasons; zod's
 * structural ones (an unknown node or attribute, a wrong type) say only
 * where the document stops being one.
 */
function documentIssue(issue: z.core.$ZodIssue): DocumentIssue {
  const path = issue.path.join(".");
  if (!REASON.test(issue.message)) return { path, reason: path ? "document_invalid_at" : "document_invalid", params: { path } };
  const { reason, params } = refusalOf(issue);
  return { path, reason, params: { ...params, path } };
}

/** Validates untrusted input as a body document. */
export function checkDocument(input: unknown): DocumentCheck {
  const result = documentSchema.safeParse(input);
  if (result.success) return { ok: true, document: result.data };
  return { ok: false, issues: result.error.issues.map(documentIssue) };
}
