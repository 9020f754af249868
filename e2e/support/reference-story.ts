import { readFileSync } from "node:fs";
import { slugify } from "@/lib/arabic/slug";
import { parseWireText } from "@/lib/import/wire-text";

/** The demo's reference story (db/seed), published in «العالم» in 2018, before anything the suite publishes. */
export const REFERENCE_HEADLINE = "رغم إعلان إفلاسها.. «كامبريدج أناليتيكا» تعود للظهور في حملة إعادة انتخاب ترامب";

/**
 * Its address. Tests that are about the story go there directly: its place
 * in the home page and the section's first page moves as the other tests
 * publish newer stories.
 */
export const REFERENCE_PATH = `/world/${encodeURIComponent(slugify(REFERENCE_HEADLINE))}`;

/** The reference story as a reporter would type it: headline, and the body's paragraphs and «اقرأ المزيد» lines. */
export function referenceStory(): { headline: string; bodyText: string; related: string[] } {
  const parsed = parseWireText(readFileSync("db/seed/article-ar-wire.txt", "utf8"), [{ slug: "world", names: ["أهم أخبار العالم"] }]);
  if (!parsed.ok) throw new Error(parsed.refusal.reason);
  const blocks = parsed.story.blocks.map((b) => (b.kind === "paragraph" ? b.text : `اقرأ المزيد: ${b.headline}`));
  const related = parsed.story.blocks.flatMap((b) => (b.kind === "related" ? [b.headline] : []));
  return { headline: parsed.story.headline, bodyText: blocks.join("\n\n"), related };
}
