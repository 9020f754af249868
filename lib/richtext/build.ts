import type { Paragraph, RelatedStory, RichTextDocument } from "./schema";

/** A paragraph node from plain text; an empty string gives an empty paragraph. */
export function paragraph(text: string): Paragraph {
  return text ? { type: "paragraph", content: [{ type: "text", text }] } : { type: "paragraph" };
}

export function relatedStory(headline: string, articleId: string | null = null): RelatedStory {
  return { type: "relatedStory", attrs: { articleId, headline } };
}

/** Splits plain text on blank lines into a document of paragraphs. */
export function documentFromPlainText(text: string): RichTextDocument {
  const paragraphs = text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, " ").trim())
    .filter(Boolean);
  return { type: "doc", content: (paragraphs.length ? paragraphs : [""]).map(paragraph) };
}
