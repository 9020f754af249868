import type { RichTextDocument } from "./schema";

export const RELATED_LABEL = { ar: "اقرأ المزيد", en: "Read more" } as const;

/** Ids of the stories a document's related-story blocks point at. */
export function relatedStoryIds(doc: RichTextDocument): string[] {
  const ids = new Set<string>();
  for (const block of doc.content) {
    if (block.type === "relatedStory" && block.attrs.articleId) ids.add(block.attrs.articleId);
  }
  return [...ids];
}
