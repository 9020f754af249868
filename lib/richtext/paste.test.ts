import { describe, expect, it } from "vitest";
import { blocksFromPastedText, hasRelatedLines } from "./paste";

describe("pasted plain text", () => {
  it("keeps paragraphs and turns read-more lines into unresolved related stories", () => {
    const text = "الفقرة الأولى.\r\n\r\nاقرأ المزيد: قصة سابقة\n\n  الفقرة الثانية.  \nRead more: An earlier story";
    expect(hasRelatedLines(text)).toBe(true);
    expect(blocksFromPastedText(text)).toEqual([
      { type: "paragraph", content: [{ type: "text", text: "الفقرة الأولى." }] },
      { type: "relatedStory", attrs: { articleId: null, headline: "قصة سابقة" } },
      { type: "paragraph", content: [{ type: "text", text: "الفقرة الثانية." }] },
      { type: "relatedStory", attrs: { articleId: null, headline: "An earlier story" } },
    ]);
  });

  it("leaves ordinary text to the editor's own paste", () => {
    expect(hasRelatedLines("سطر\nسطر آخر يذكر اقرأ المزيد في وسطه")).toBe(false);
  });
});
