import { paragraph, relatedStory } from "./build";
import { parseRelatedLine } from "./related";
import type { Block } from "./schema";

/** Whether pasted plain text holds a «اقرأ المزيد: …» / "Read more: …" line worth turning into a block. */
export function hasRelatedLines(text: string): boolean {
  return text.split(/\r\n?|\n/).some((line) => parseRelatedLine(line) !== null);
}

/**
 * Pasted plain text as blocks: each non-empty line a paragraph, each
 * «اقرأ المزيد: …» line a related-story reference for the editor to resolve.
 */
export function blocksFromPastedText(text: string): Block[] {
  return text
    .split(/\r\n?|\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const related = parseRelatedLine(line);
      return related ? relatedStory(related) : paragraph(line);
    });
}
