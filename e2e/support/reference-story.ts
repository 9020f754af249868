import { readFileSync } from "node:fs";
import { parseWireText } from "@/lib/import/wire-text";

/** The reference story as a reporter would type it: headline, and the body's paragraphs and «اقرأ المزيد» lines. */
export function referenceStory(): { headline: string; bodyText: string } {
  const parsed = parseWireText(readFileSync("db/seed/article-ar-wire.txt", "utf8"), [{ slug: "world", names: ["أهم أخبار العالم"] }]);
  if (!parsed.ok) throw new Error(parsed.refusal.reason);
  const blocks = parsed.story.blocks.map((b) => (b.kind === "paragraph" ? b.text : `اقرأ المزيد: ${b.headline}`));
  return { headline: parsed.story.headline, bodyText: blocks.join("\n\n") };
}
