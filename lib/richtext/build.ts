import type { Paragraph, RelatedStory } from "./schema";

/** A paragraph node from plain text; an empty string gives an empty paragraph. */
export function paragraph(text: string): Paragraph {
  return text ? { type: "paragraph", content: [{ type: "text", text }] } : { type: "paragraph" };
}

export function relatedStory(headline: string, articleId: string | null = null): RelatedStory {
  return { type: "relatedStory", attrs: { articleId, headline } };
}
