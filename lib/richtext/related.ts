import type { RichTextDocument } from "./schema";

export const RELATED_LABEL = { ar: "اقرأ المزيد", en: "Read more" } as const;

const READ_MORE = /^(?:اقرأ|إقرأ|اقرا)\s+(?:المزيد|أيضا|أيضًا|ايضا)\s*[:：]\s*(.+)$|^read\s+(?:more|also)\s*:\s*(.+)$/iu;

/** The headline of a «اقرأ المزيد: …» / "Read more: …" line, or null for any other line. */
export function parseRelatedLine(line: string): string | null {
  const match = READ_MORE.exec(line.trim());
  const headline = (match?.[1] ?? match?.[2])?.trim();
  return headline || null;
}

/** Ids of the stories a document's related-story blocks point at. */
export function relatedStoryIds(doc: RichTextDocument): string[] {
  const ids = new Set<string>();
  for (const block of doc.content) {
    if (block.type === "relatedStory" && block.attrs.articleId) ids.add(block.attrs.articleId);
  }
  return [...ids];
}

/** Headlines of related-story blocks not yet linked to a story: what must be resolved before the story goes out. */
export function unresolvedRelated(doc: RichTextDocument): string[] {
  return doc.content.flatMap((block) => (block.type === "relatedStory" && !block.attrs.articleId ? [block.attrs.headline] : []));
}
