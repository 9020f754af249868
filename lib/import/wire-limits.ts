import type { Refusal } from "../errors";
import { checkDocument, MAX_BLOCKS, MAX_DOCUMENT_CHARACTERS, MAX_RELATED_HEADLINE, MAX_TEXT_LENGTH, type RichTextDocument } from "../richtext/schema";
import { HEADLINE_MAX } from "../validation/article";

/**
 * Imported copy is held to the limits every stored story is held to, and
 * told which part of the copy to fix; before, the import built a body the
 * revision check then refused with an exception (a 500).
 *
 * - `too_large`: more than one story may hold (too many blocks, too long a
 *   body); the answer is to split the copy.
 * - `too_long`: one part (the headline, a paragraph, a «اقرأ المزيد» line) is
 *   over its own limit; the answer is to fix that part.
 * - `invalid_body`: anything else the body schema refuses. The checks above
 *   should always come first; this keeps a future schema rule from turning
 *   into an exception again.
 */
export type WireLimitProblem = { code: "too_large" | "too_long" | "invalid_body"; refusal: Refusal };

/** The first words of a part of the copy, so the person can find it (the catalogue adds the quotation marks). */
function opening(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/**
 * The first limit that `headline` and `body` break, the whole before its
 * parts; null when they fit. Refusals carry what was found (`count`,
 * `length`, the `opening` of the part) and the limit (`max`).
 */
export function wireLimitProblem(headline: string, body: RichTextDocument): WireLimitProblem | null {
  if (body.content.length > MAX_BLOCKS) {
    return { code: "too_large", refusal: { reason: "wire_too_many_blocks", params: { count: body.content.length, max: MAX_BLOCKS } } };
  }
  // Measured as the schema measures it: the stored document, markup included.
  const size = JSON.stringify(body).length;
  if (size > MAX_DOCUMENT_CHARACTERS) {
    return { code: "too_large", refusal: { reason: "wire_body_too_long", params: { length: size, max: MAX_DOCUMENT_CHARACTERS } } };
  }
  // Refused, not cut: a newsroom would rather rewrite a headline than publish half of one.
  if (headline.length > HEADLINE_MAX) {
    return { code: "too_long", refusal: { reason: "wire_headline_too_long", params: { length: headline.length, max: HEADLINE_MAX } } };
  }
  for (const block of body.content) {
    if (block.type === "relatedStory" && block.attrs.headline.length > MAX_RELATED_HEADLINE) {
      const { headline: related } = block.attrs;
      return {
        code: "too_long",
        refusal: { reason: "wire_related_too_long", params: { opening: opening(related), length: related.length, max: MAX_RELATED_HEADLINE } },
      };
    }
    // An imported paragraph is one text node, and the limit is per text node.
    const long = block.type === "paragraph" ? block.content?.find((n) => n.type === "text" && n.text.length > MAX_TEXT_LENGTH) : undefined;
    if (long?.type === "text") {
      return {
        code: "too_long",
        refusal: { reason: "wire_paragraph_too_long", params: { opening: opening(long.text), length: long.text.length, max: MAX_TEXT_LENGTH } },
      };
    }
  }
  const checked = checkDocument(body);
  if (!checked.ok) {
    // The body's own refusal, which names the place in the document.
    const { reason, params } = checked.issues[0] ?? { reason: "document_invalid", params: { path: "" } };
    return { code: "invalid_body", refusal: { reason, params } };
  }
  return null;
}
