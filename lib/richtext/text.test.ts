import { describe, expect, it } from "vitest";
import { paragraph, relatedStory } from "./build";
import { checkDocument, type RichTextDocument } from "./schema";
import { documentFromText, documentOwnText, documentToText, isPlainDocument, openingParagraph } from "./text";
import { countWords } from "../arabic/count";

const linked = "0b7f3c6e-1d2a-4c5b-9e8f-a1b2c3d4e5f6";

describe("text box round trip", () => {
  it("turns paragraphs and «اقرأ المزيد» lines into a valid document", () => {
    const doc = documentFromText("الفقرة الأولى.\n\nاقرأ المزيد: قصة ذات صلة\n\nسطر\nملفوف.\n\n\n");
    expect(doc.content).toEqual([paragraph("الفقرة الأولى."), relatedStory("قصة ذات صلة"), paragraph("سطر ملفوف.")]);
    expect(checkDocument(doc).ok).toBe(true);
  });

  it("keeps a related story's link when its line is unchanged", () => {
    const previous: RichTextDocument = { type: "doc", content: [paragraph("نص"), relatedStory("قصة ذات صلة", linked)] };
    const text = documentToText(previous, "ar");
    expect(text).toBe("نص\n\nاقرأ المزيد: قصة ذات صلة");
    expect(documentFromText(`${text}\n\nفقرة جديدة`, previous).content[1]).toEqual(relatedStory("قصة ذات صلة", linked));
  });

  it("writes English related lines with the English label", () => {
    expect(documentToText({ type: "doc", content: [relatedStory("Ports reopen")] }, "en")).toBe("Read more: Ports reopen");
    expect(documentFromText("Read more: Ports reopen").content).toEqual([relatedStory("Ports reopen")]);
  });

  it("knows when a body has formatting a text box would lose", () => {
    expect(isPlainDocument({ type: "doc", content: [paragraph("a"), relatedStory("b")] })).toBe(true);
    expect(isPlainDocument({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "a", marks: [{ type: "bold" }] }] }] })).toBe(false);
    expect(isPlainDocument({ type: "doc", content: [{ type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "h" }] }] })).toBe(false);
  });

  it("shows every word of quotes and lists", () => {
    const doc: RichTextDocument = {
      type: "doc",
      content: [
        { type: "blockquote", content: [paragraph("قال: «لا تعليق»")] },
        {
          type: "bulletList",
          content: [
            { type: "listItem", content: [paragraph("أولًا")] },
            { type: "listItem", content: [paragraph("ثانيًا")] },
          ],
        },
      ],
    };
    expect(documentToText(doc, "ar")).toBe("قال: «لا تعليق»\n\n• أولًا\n• ثانيًا");
  });

  it("gives an empty document for empty text, which the schema refuses", () => {
    expect(checkDocument(documentFromText("  \n\n ")).ok).toBe(false);
  });
});

describe("the opening paragraph", () => {
  it("is the first paragraph with words, spaces collapsed; none when the body has only other blocks", () => {
    const doc = {
      type: "doc" as const,
      content: [relatedStory("خبر سابق"), paragraph("  "), paragraph("يبدو أن  الرئيس\nالأمريكي"), paragraph("الثانية")],
    };
    expect(openingParagraph(doc)).toBe("يبدو أن الرئيس الأمريكي");
    expect(openingParagraph({ type: "doc", content: [relatedStory("خبر")] })).toBeNull();
  });
});

describe("the story's own text", () => {
  it("leaves out related-story blocks, so they count no words and are not searched", () => {
    const doc: RichTextDocument = {
      type: "doc",
      content: [paragraph("ثلاث كلمات هنا."), relatedStory("عنوان قصة أخرى طويل", linked), paragraph("وكلمتان أخريان.")],
    };
    expect(documentOwnText(doc)).toBe("ثلاث كلمات هنا.\n\nوكلمتان أخريان.");
    expect(countWords(documentOwnText(doc), "ar")).toBe(5);
  });
});
