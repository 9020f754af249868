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
export type WireLimitProblem = { code: "too_large" | "too_long" | "invalid_body"; message: string };

function count(n: number): string {
  return n.toLocaleString("en");
}

/** The first words of a part of the copy, so the person can find it. */
function opening(text: string): string {
  return text.length > 40 ? `“${text.slice(0, 40)}…”` : `“${text}”`;
}

/** The first limit that `headline` and `body` break, the whole before its parts; null when they fit. */
export function wireLimitProblem(headline: string, body: RichTextDocument): WireLimitProblem | null {
  if (body.content.length > MAX_BLOCKS) {
    return {
      code: "too_large",
      message: `The copy has ${count(body.content.length)} paragraphs and «اقرأ المزيد» lines; a story may have at most ${count(MAX_BLOCKS)}. Split it into more than one story.`,
    };
  }
  // Measured as the schema measures it: the stored document, markup included.
  const size = JSON.stringify(body).length;
  if (size > MAX_DOCUMENT_CHARACTERS) {
    return {
      code: "too_large",
      message: `The body is longer than a story may be: ${count(size)} characters as stored, at most ${count(MAX_DOCUMENT_CHARACTERS)}. Split it into more than one story.`,
    };
  }
  // Refused, not cut: a newsroom would rather rewrite a headline than publish half of one.
  if (headline.length > HEADLINE_MAX) {
    return {
      code: "too_long",
      message: `The headline (the first line of the copy) has ${count(headline.length)} characters; a headline may have at most ${count(HEADLINE_MAX)}.`,
    };
  }
  for (const block of body.content) {
    if (block.type === "relatedStory" && block.attrs.headline.length > MAX_RELATED_HEADLINE) {
      return {
        code: "too_long",
        message: `The «اقرأ المزيد» line ${opening(block.attrs.headline)} names a headline of ${count(block.attrs.headline.length)} characters; at most ${count(MAX_RELATED_HEADLINE)}.`,
      };
    }
    // An imported paragraph is one text node, and the limit is per text node.
    const long = block.type === "paragraph" ? block.content?.find((n) => n.type === "text" && n.text.length > MAX_TEXT_LENGTH) : undefined;
    if (long?.type === "text") {
      return {
        code: "too_long",
        message: `The paragraph beginning ${opening(long.text)} has ${count(long.text.length)} characters; a paragraph may have at most ${count(MAX_TEXT_LENGTH)}. Separate paragraphs with a blank line.`,
      };
    }
  }
  const checked = checkDocument(body);
  if (!checked.ok) {
    const first = checked.issues[0];
    return { code: "invalid_body", message: `The copy cannot be stored as a body${first?.path ? ` (at ${first.path})` : ""}: ${first?.message ?? "it is not a valid document"}.` };
  }
  return null;
}
