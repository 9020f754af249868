import { countWords, readingMinutes } from "../arabic/count";
import type { Locale } from "../i18n/locale";
import type { RichTextDocument } from "../richtext/schema";
import { documentOwnText } from "../richtext/text";

/**
 * Minutes a reader needs for a story's body, counted as the desk counts it (lib/arabic/count.ts:
 * about 180 words a minute in Arabic, 230 in English), so the site and the editor agree. Never
 * "0 minutes": a published story always takes at least one.
 */
export function storyReadingMinutes(body: RichTextDocument, language: Locale): number {
  return Math.max(1, readingMinutes(countWords(documentOwnText(body), language), language));
}
